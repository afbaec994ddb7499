// Relations of Article, Evidence and Statement, through per-request DataLoaders.
import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type {
  ActorRecord,
  ArticleRecord,
  Evidence as EvidenceRecord,
  MeetingRecord,
  StatementRecord,
} from '../../domain.js';
import type { ApiContext } from '../context.js';
import { evidenceLimit, page, required, storeLimit } from '../page.js';
import { Actor } from '../types/actor.js';
import { EvidenceArgs, PageArgs } from '../types/args.js';
import { Article, Evidence, Statement } from '../types/article.js';
import { Meeting } from '../types/meeting.js';

@Resolver(() => Article)
export class ArticleResolver {
  @FieldResolver(() => [Statement], { description: 'Statements extracted from this article.' })
  async statements(
    @Root() article: ArticleRecord,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: ApiContext,
  ): Promise<StatementRecord[]> {
    return page(await ctx.loaders.statementsByArticle(storeLimit(args)).load(article.id), args);
  }

  @FieldResolver(() => [Meeting], { description: 'Meetings this article created or confirmed.' })
  async meetings(@Root() article: ArticleRecord, @Ctx() ctx: ApiContext): Promise<MeetingRecord[]> {
    return ctx.loaders.meetingsByArticle.load(article.id);
  }
}

@Resolver(() => Evidence)
export class EvidenceResolver {
  @FieldResolver(() => Article)
  async article(@Root() evidence: EvidenceRecord, @Ctx() ctx: ApiContext): Promise<ArticleRecord> {
    return required(await ctx.loaders.article.load(evidence.articleId), `evidence: article ${evidence.articleId}`);
  }

  @FieldResolver(() => Boolean, { description: "The span is in the article's title (its headline), not in its text." })
  inTitle(@Root() evidence: EvidenceRecord): boolean {
    return evidence.inTitle === true;
  }
}

@Resolver(() => Statement)
export class StatementResolver {
  @FieldResolver(() => Actor)
  async speaker(@Root() s: StatementRecord, @Ctx() ctx: ApiContext): Promise<ActorRecord> {
    return required(await ctx.loaders.actor.load(s.speakerId), `statement ${s.id}: speaker`);
  }

  @FieldResolver(() => Meeting, { nullable: true, description: 'Where / about which meeting, when stated.' })
  async meeting(@Root() s: StatementRecord, @Ctx() ctx: ApiContext): Promise<MeetingRecord | null> {
    return s.meetingId === null ? null : ctx.loaders.meeting.load(s.meetingId);
  }

  @FieldResolver(() => Article)
  async article(@Root() s: StatementRecord, @Ctx() ctx: ApiContext): Promise<ArticleRecord> {
    return required(await ctx.loaders.article.load(s.articleId), `statement ${s.id}: article`);
  }

  @FieldResolver(() => [Evidence])
  async evidence(
    @Root() s: StatementRecord,
    @Args(() => EvidenceArgs) args: EvidenceArgs,
    @Ctx() ctx: ApiContext,
  ): Promise<EvidenceRecord[]> {
    return ctx.loaders.evidence('statement', evidenceLimit(args)).load(s.id);
  }
}
