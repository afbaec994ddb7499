// `diplograph ingest PATH...`: reads the inputs one by one through the shared ingest service and reports a summary.
// Each article is its own transaction, so a killed run leaves whole articles only and a re-run completes it.
import { AppError, isAppError } from '../errors.js';
import { ingestArticle, prepareArticle } from '../ingest.js';
import type { Knowledge } from '../pipeline/knowledge.js';
import { loadSeedKnowledge } from '../seed.js';
import { listInputFiles, readInputs, type InputMeta } from '../input.js';
import { createProgress } from '../progress.js';
import type { GraphCounts } from '../store/port.js';
import { EXIT, withStore, type Io, type StoreFlags } from './io.js';

export interface IngestFlags extends StoreFlags, InputMeta {
  json?: boolean | undefined;
  verbose?: boolean | undefined;
}

export interface Rejection {
  file: string;
  line: number;
  reason: string;
}

export interface Duplicate {
  file: string;
  line: number;
  articleId: string;
  /** The stored article it duplicates (same id, URL or normalized text). */
  existingId: string;
}

export interface IngestSummary {
  read: number;
  ingested: number;
  duplicates: number;
  rejected: number;
  /** Distinct meetings the ingested articles created or confirmed. */
  meetings: number;
  statements: number;
  warnings: number;
  rejections: Rejection[];
  duplicateArticles: Duplicate[];
  /** The whole graph after the run. */
  graph: GraphCounts;
  interrupted: boolean;
  seconds: number;
}

// Store failures end the run (the next article would fail the same way); anything else rejects one article.
const FATAL = new Set(['STORE_UNAVAILABLE', 'STORE_CONFLICT', 'STORE_FAILURE', 'CONFIG']);

export async function ingestCommand(paths: string[], flags: IngestFlags, io: Io): Promise<number> {
  const knowledge = loadSeedKnowledge();
  checkMeta(flags, knowledge);
  const files = await listInputFiles(paths);
  const started = performance.now();
  const s: Omit<IngestSummary, 'graph' | 'seconds'> = {
    read: 0,
    ingested: 0,
    duplicates: 0,
    rejected: 0,
    meetings: 0,
    statements: 0,
    warnings: 0,
    rejections: [],
    duplicateArticles: [],
    interrupted: false,
  };
  const meetings = new Set<string>();
  // The first Ctrl-C finishes the current article and reports; the default handler is back for a second one.
  const onSignal = (): void => {
    s.interrupted = true;
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const progress = createProgress(
    io.stderr,
    files.reduce((n, f) => n + f.size, 0),
  );
  let done = 0;
  try {
    const graph = await withStore(flags, async (store) => {
      for await (const item of readInputs(files, meta(flags))) {
        s.read += 1;
        done += item.bytes;
        const where = `${item.file}:${item.line}`;
        let reason: string | null = item.kind === 'rejected' ? item.reason : null;
        if (item.kind === 'article') {
          try {
            const r = await ingestArticle(store, knowledge, item.input);
            if (r.outcome.status === 'duplicate') {
              s.duplicates += 1;
              const { articleId, existingId } = r.outcome;
              s.duplicateArticles.push({ file: item.file, line: item.line, articleId, existingId });
              if (flags.verbose) progress.log(`${where}: duplicate of ${r.outcome.existingId}`);
            } else {
              s.ingested += 1;
              for (const id of r.meetingIds) meetings.add(id);
              s.statements += r.statementIds.length;
              s.warnings += r.warnings.length;
              if (flags.verbose) for (const w of r.warnings) progress.log(`${where}: warning: ${w}`);
            }
          } catch (e) {
            if (isAppError(e) && FATAL.has(e.code)) throw e;
            reason = isAppError(e) ? e.message : `could not process: ${e instanceof Error ? e.message : String(e)}`;
          }
        }
        if (reason !== null) {
          s.rejected += 1;
          s.rejections.push({ file: item.file, line: item.line, reason });
          progress.log(`${where}: ${reason}`);
        }
        progress.update(done, s);
        if (s.interrupted) break;
      }
      return store.counts();
    });
    progress.stop();
    s.meetings = meetings.size;
    const summary: IngestSummary = { ...s, graph, seconds: Math.round(performance.now() - started) / 1000 };
    io.stdout.write(flags.json ? `${JSON.stringify(summary, null, 2)}\n` : formatSummary(summary));
    if (s.interrupted) return EXIT.INTERRUPTED;
    return s.rejected > 0 ? EXIT.REJECTED : EXIT.OK;
  } finally {
    progress.stop();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

export function formatSummary(s: IngestSummary): string {
  const g = s.graph;
  return [
    `${s.interrupted ? 'interrupted: ' : ''}${s.read} articles read: ${s.ingested} ingested, ${s.duplicates} duplicates, ` +
      `${s.rejected} rejected (${s.seconds.toFixed(1)} s)`,
    `from the ingested articles: ${s.meetings} meetings, ${s.statements} statements, ${s.warnings} warnings`,
    `graph now: ${g.articles} articles, ${g.actors} actors, ${g.meetings} meetings, ${g.participations} participations, ` +
      `${g.statements} statements`,
    '',
  ].join('\n');
}

function meta(flags: IngestFlags): InputMeta {
  return {
    publishedAt: flags.publishedAt,
    url: flags.url,
    title: flags.title,
    source: flags.source,
    language: flags.language,
  };
}

/** A bad metadata flag would reject every file it applies to: it is a usage error instead, caught before any work. */
function checkMeta(flags: IngestFlags, knowledge: Knowledge): void {
  const probe = { text: 'x', publishedAt: flags.publishedAt ?? '2000-01-01', language: flags.language ?? 'en' };
  try {
    prepareArticle(probe, knowledge);
  } catch (e) {
    const flag = /publishedAt/.test(String(e)) ? '--published-at' : '--language';
    throw new AppError('CONFIG', `${flag}: ${e instanceof Error ? e.message : String(e)}`);
  }
}
