// The ingestArticle mutation: the same ingest service as the CLI (validate, dedupe, pipeline, write), its
// IngestResult mapped to the contract's IngestReport. Authorization is checked before execution (limits.ts).
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { ArticleRecord, MeetingRecord, StatementRecord } from '../../domain.js';
import { ingestArticle } from '../../ingest.js';
import type { ApiContext } from '../context.js';
import { present } from '../page.js';
import { Statement } from '../types/article.js';
import { ArticleInput, IngestReport } from '../types/ingest.js';
import { Meeting } from '../types/meeting.js';

/** The report's root: what the service returned, with ids still to resolve. */
export interface IngestReportRoot {
  article: ArticleRecord;
  duplicate: boolean;
  warnings: string[];
  meetingIds: string[];
  statementIds: string[];
}

@Resolver(() => IngestReport)
export class IngestResolver {
  @Mutation(() => IngestReport, { description: 'Runs one article through the pipeline into the graph.' })
  async ingestArticle(
    @Arg('article', () => ArticleInput) input: ArticleInput,
    @Ctx() ctx: ApiContext,
  ): Promise<IngestReportRoot> {
    // A plain object: the service validates plain data, not a type-graphql class instance.
    const { id, url, title, source, publishedAt, language, text } = input;
    const result = await ingestArticle(ctx.store, ctx.knowledge, {
      id,
      url,
      title,
      source,
      publishedAt,
      language,
      text,
    });
    return {
      article: result.article,
      duplicate: result.outcome.status === 'duplicate',
      warnings: result.warnings,
      meetingIds: result.meetingIds,
      statementIds: result.statementIds,
    };
  }

  @FieldResolver(() => [Meeting], { description: 'Meetings it created or confirmed.' })
  async meetings(@Root() report: IngestReportRoot, @Ctx() ctx: ApiContext): Promise<MeetingRecord[]> {
    return present(await ctx.loaders.meeting.loadMany(report.meetingIds));
  }

  @FieldResolver(() => [Statement])
  async statements(@Root() report: IngestReportRoot, @Ctx() ctx: ApiContext): Promise<StatementRecord[]> {
    if (report.statementIds.length === 0) return [];
    const wanted = new Set(report.statementIds);
    const stored = await ctx.loaders.statementsByArticle.load(report.article.id);
    return stored.filter((s) => wanted.has(s.id));
  }
}
