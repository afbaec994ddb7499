// Root queries of the contract (plus article, counts). Filters go to the store port as given: it resolves
// series and actor names in any language (nameKey folding), so "أستانة" and "astana" are the same series.
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, ID, Info, Query, Resolver } from 'type-graphql';
import type { ActorRecord, ArticleRecord, MeetingRecord, SeriesRecord, StatementRecord } from '../../domain.js';
import { AppError } from '../../errors.js';
import type { GraphCounts as Counts } from '../../store/port.js';
import type { ApiContext } from '../context.js';
import { primeActors, primeMeetingsWith } from '../loaders.js';
import { markPrefetched } from '../prefetch.js';
import { meetingsInclude, meetingTreeShape } from '../selection.js';
import { page, present, storeLimit } from '../page.js';
import { Actor } from '../types/actor.js';
import { ActorsArgs, MeetingsArgs, PageArgs, StatementsArgs } from '../types/args.js';
import { Article, Statement } from '../types/article.js';
import { GraphCounts } from '../types/counts.js';
import { Meeting, MeetingSeries } from '../types/meeting.js';

@Resolver()
export class QueryResolver {
  @Query(() => [MeetingSeries])
  async series(@Ctx() ctx: ApiContext): Promise<SeriesRecord[]> {
    return ctx.store.listSeries();
  }

  @Query(() => [Meeting], { description: 'Series by id or any alias; attendee by actor id or any name.' })
  async meetings(
    @Args(() => MeetingsArgs) args: MeetingsArgs,
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<MeetingRecord[]> {
    // `first` without a cursor is cut in the store: the page is read, not the whole list (page.ts storeLimit).
    const filter = {
      series: args.series,
      round: args.round,
      from: args.from,
      to: args.to,
      attendee: args.attendee,
      first: storeLimit(args),
    };
    // A selection a meeting tree answers whole is read as one tree of just the selected properties.
    const shape = meetingTreeShape(info);
    if (shape !== null) {
      const tree = page(await ctx.store.meetingTree(filter, shape), args);
      markPrefetched(tree);
      // Partial records: they hold every property the selection reads, and their relations (prefetch.ts).
      return tree as MeetingRecord[];
    }
    // Else the levels the query selects below (participants, actors, their statements) come in the same round trip.
    const include = meetingsInclude(info);
    const found = await ctx.store.listMeetingsWith(filter, include);
    primeMeetingsWith(ctx.loaders, found, include);
    return page(found.meetings, args);
  }

  @Query(() => Meeting, { nullable: true })
  async meeting(@Arg('id', () => ID) id: string, @Ctx() ctx: ApiContext): Promise<MeetingRecord | null> {
    return ctx.loaders.meeting.load(id);
  }

  @Query(() => Actor, { nullable: true, description: 'By id, or by any name or alias in any language.' })
  async actor(
    @Arg('id', () => ID, { nullable: true }) id: string | null | undefined,
    @Arg('name', () => String, { nullable: true }) name: string | null | undefined,
    @Ctx() ctx: ApiContext,
  ): Promise<ActorRecord | null> {
    if (id) return ctx.loaders.actor.load(id);
    if (!name || name.trim() === '') throw new AppError('BAD_USER_INPUT', 'actor: give an "id" or a "name"');
    // An ambiguous name yields several ids; the store orders them, so the answer is stable.
    const ids = await ctx.store.resolveActor(name);
    const first = ids[0];
    return first === undefined ? null : ctx.loaders.actor.load(first);
  }

  @Query(() => [Actor])
  async actors(@Args(() => ActorsArgs) args: ActorsArgs, @Ctx() ctx: ApiContext): Promise<ActorRecord[]> {
    const found = await ctx.store.listActors({ kind: args.kind, search: args.search, first: storeLimit(args) });
    primeActors(ctx.loaders, found);
    return page(found, args);
  }

  @Query(() => [Statement], { description: 'Speaker by id or any name; search is full-text over the statement.' })
  async statements(
    @Args(() => StatementsArgs) args: StatementsArgs,
    @Ctx() ctx: ApiContext,
  ): Promise<StatementRecord[]> {
    const found = await ctx.store.listStatements({
      speaker: args.speaker,
      meetingId: args.meeting,
      from: args.from,
      to: args.to,
      search: args.search,
      first: storeLimit(args),
    });
    return page(found, args);
  }

  @Query(() => [Article])
  async articles(@Args(() => PageArgs) args: PageArgs, @Ctx() ctx: ApiContext): Promise<ArticleRecord[]> {
    const found = await ctx.store.listArticles({ first: storeLimit(args) });
    for (const a of found) ctx.loaders.article.prime(a.id, a);
    return page(found, args);
  }

  @Query(() => Article, { nullable: true })
  async article(@Arg('id', () => ID) id: string, @Ctx() ctx: ApiContext): Promise<ArticleRecord | null> {
    return ctx.loaders.article.load(id);
  }

  @Query(() => [Actor], {
    description: 'Every actor a name or alias (any language) may mean: more than one when ambiguous.',
  })
  async actorsByName(@Arg('name', () => String) name: string, @Ctx() ctx: ApiContext): Promise<ActorRecord[]> {
    const ids = await ctx.store.resolveActor(name);
    return present(await ctx.loaders.actor.loadMany(ids));
  }

  @Query(() => GraphCounts, { description: 'How many of each kind of node the graph holds.' })
  async counts(@Ctx() ctx: ApiContext): Promise<Counts> {
    return ctx.store.counts();
  }
}
