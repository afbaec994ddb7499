// Relations of Actor: affiliation, participations, statements, each through a per-request DataLoader.
import { Args, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { ActorRecord, ParticipationRecord, StatementRecord } from '../../domain.js';
import type { ApiContext } from '../context.js';
import { page, storeLimit } from '../page.js';
import { Actor } from '../types/actor.js';
import { PageArgs } from '../types/args.js';
import { Statement } from '../types/article.js';
import { Participation } from '../types/meeting.js';

@Resolver(() => Actor)
export class ActorResolver {
  @FieldResolver(() => Actor, { nullable: true, description: 'Persons: the state or organization they serve.' })
  async affiliation(@Root() actor: ActorRecord, @Ctx() ctx: ApiContext): Promise<ActorRecord | null> {
    return actor.affiliationId === null ? null : ctx.loaders.actor.load(actor.affiliationId);
  }

  @FieldResolver(() => [Participation])
  async participations(
    @Root() actor: ActorRecord,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: ApiContext,
  ): Promise<ParticipationRecord[]> {
    return page(await ctx.loaders.participationsByActor(storeLimit(args)).load(actor.id), args);
  }

  @FieldResolver(() => [Statement])
  async statements(
    @Root() actor: ActorRecord,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: ApiContext,
  ): Promise<StatementRecord[]> {
    return page(await ctx.loaders.statementsByActor(storeLimit(args)).load(actor.id), args);
  }

  @FieldResolver(() => Int, { description: 'How many participations, without fetching them.' })
  async participationCount(@Root() actor: ActorRecord, @Ctx() ctx: ApiContext): Promise<number> {
    return ctx.loaders.count('participationsByActor').load(actor.id);
  }

  @FieldResolver(() => Int, { description: 'How many statements, without fetching them.' })
  async statementCount(@Root() actor: ActorRecord, @Ctx() ctx: ApiContext): Promise<number> {
    return ctx.loaders.count('statementsByActor').load(actor.id);
  }
}
