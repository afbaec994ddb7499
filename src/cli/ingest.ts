// `diplograph ingest PATH...`: reads the inputs, extracts each article, and writes them in batches (one transaction
// each, every article all or nothing inside it), so a killed run leaves whole articles only and a re-run completes it.
// An article is acknowledged (counted, reported) when its batch commits.
import { AppError, isAppError } from '../errors.js';
import type { ArticleDelta } from '../domain.js';
import { cancelExtraction, parseWorkers, setExtractionWorkers } from '../extract.js';
import { extractDelta, prepareArticle } from '../ingest.js';
import type { Knowledge } from '../pipeline/knowledge.js';
import { loadSeedKnowledge } from '../seed.js';
import { listInputFiles, readInputs, type InputFile, type InputItem, type InputMeta } from '../input.js';
import { createProgress } from '../progress.js';
import type { BatchOutcome, GraphCounts, Store } from '../store/port.js';
import { EXIT, withStore, type Io, type StoreFlags } from './io.js';
import { printable } from './printable.js';

export interface IngestFlags extends StoreFlags, InputMeta {
  json?: boolean | undefined;
  verbose?: boolean | undefined;
  /** Articles per transaction (default BATCH_ARTICLES). */
  batch?: string | number | undefined;
  /** Extraction worker threads (default: extract.ts defaultWorkers). */
  workers?: string | number | undefined;
}

/**
 * A batch closes at this many articles or this many written rows (facts and evidence spans), whichever comes first.
 * Fewer, larger transactions cost Neo4j less per article (each batch reads and merges the facts it touches once);
 * 1,000 synthetic articles are ~20,000 rows, a few MB of parameters.
 */
export const BATCH_ARTICLES = 1000;
export const BATCH_ROWS = 25_000;

interface Pending {
  where: string;
  file: string;
  line: number;
  delta: ArticleDelta;
  warnings: string[];
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
  /** Read but not stored: their extraction was abandoned by an interrupt (SIGINT/SIGTERM). A re-run adds them. */
  abandoned: number;
  seconds: number;
}

// Store failures end the run (the next article would fail the same way); anything else rejects one article.
const FATAL = new Set(['STORE_UNAVAILABLE', 'STORE_CONFLICT', 'STORE_FAILURE', 'CONFIG']);

export async function ingestCommand(paths: string[], flags: IngestFlags, io: Io): Promise<number> {
  if (flags.workers !== undefined) setExtractionWorkers(parseWorkers(flags.workers, '--workers'));
  const knowledge = loadSeedKnowledge();
  checkMeta(flags, knowledge);
  const files = await listInputFiles(paths);
  const started = performance.now();
  const run: Run = {
    flags,
    s: emptySummary(),
    meetings: new Set(),
    progress: createProgress(
      io.stderr,
      files.reduce((n, f) => n + f.size, 0),
    ),
    done: 0,
  };
  // The first SIGINT or SIGTERM stops reading and abandons the extractions under way (a long article would hold the
  // stop for seconds to minutes); what was extracted already is written and committed, and the summary says what was
  // not. The default handler is back for a second signal.
  const onSignal = (): void => {
    run.s.interrupted = true;
    run.progress.log('diplograph: interrupted: committing what was extracted, abandoning the rest');
    void cancelExtraction(ABANDONED);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const graph = await withStore(flags, async (store) => {
      await ingestFiles(run, store, files, knowledge);
      return store.counts();
    });
    run.progress.stop();
    return report(run, graph, started, io);
  } finally {
    run.progress.stop();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

/** One ingest run's state: the summary so far, the meetings seen, the progress bar and the bytes read. */
interface Run {
  flags: IngestFlags;
  s: Omit<IngestSummary, 'graph' | 'seconds'>;
  meetings: Set<string>;
  progress: ReturnType<typeof createProgress>;
  done: number;
}

function emptySummary(): Run['s'] {
  return {
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
    abandoned: 0,
  };
}

/**
 * Articles extracted ahead of the writer, at most (and their bytes): enough to keep the extraction worker busy
 * while the main thread writes a batch (at 256 it idled during each embedded batch write), few enough to bound memory
 * and what an interrupt still writes.
 */
const EXTRACT_AHEAD = 1024;
const EXTRACT_AHEAD_BYTES = 32 * 1024 * 1024;

/** An item's extraction: the article to write, a rejection to report, a store failure that ends the run, or none. */
type Extracted = { pending: Pending } | { rejected: Rejection } | { fatal: unknown } | { abandoned: true };

/** What an extraction abandoned by an interrupt is answered with (compared by identity). */
const ABANDONED = new AppError('INTERNAL', 'extraction abandoned: the run was interrupted');

/**
 * Reads every input and extracts each article in the worker while the previous batch is written: a pipeline of
 * reading, extraction (up to EXTRACT_AHEAD articles ahead) and one batch write in flight. Outcomes are taken in input
 * order. Stops reading when interrupted: what was extracted by then is still written, the rest is abandoned.
 */
async function ingestFiles(run: Run, store: Store, files: InputFile[], knowledge: Knowledge): Promise<void> {
  const writer = new BatchWriter(run, store, batchArticles(run.flags.batch));
  const ahead: { bytes: number; result: Promise<Extracted> }[] = [];
  let aheadBytes = 0;
  const takeOne = async (): Promise<void> => {
    const next = ahead.shift();
    if (next === undefined) return;
    aheadBytes -= next.bytes;
    const r = await next.result;
    if ('fatal' in r) throw r.fatal;
    if ('abandoned' in r) run.s.abandoned += 1;
    else if ('rejected' in r) reject(run, r.rejected.file, r.rejected.line, r.rejected.reason);
    else await writer.add(r.pending);
  };
  for await (const item of readInputs(files, meta(run.flags))) {
    run.s.read += 1;
    run.done += item.bytes;
    // Interrupted while this item was read: it is not extracted (that would start a new extraction thread).
    if (interrupted(run)) {
      run.s.abandoned += 1;
      break;
    }
    const bytes = item.kind === 'rejected' ? 0 : item.bytes;
    const result: Promise<Extracted> =
      item.kind === 'rejected'
        ? Promise.resolve({ rejected: { file: item.file, line: item.line, reason: item.reason } })
        : extractItem(item, knowledge);
    ahead.push({ bytes, result });
    aheadBytes += bytes;
    while (ahead.length > EXTRACT_AHEAD || aheadBytes > EXTRACT_AHEAD_BYTES) await takeOne();
    if (interrupted(run)) break;
  }
  while (ahead.length > 0) await takeOne();
  await writer.finish();
}

/** Whether a signal came (read through a call: the signal handler sets it between any two awaits). */
function interrupted(run: Run): boolean {
  return run.s.interrupted;
}

/**
 * Collects extracted articles into batches (BATCH_ROWS or the batch size, whichever closes first) and writes each
 * while the next is being extracted: one write in flight at most, outcomes recorded in order when it commits.
 */
class BatchWriter {
  #pending: Pending[] = [];
  #rows = 0;
  /** The write in flight: settles to its failure, never rejects (nobody may be awaiting it yet). */
  #writing: Promise<{ error: unknown } | null> | null = null;

  constructor(
    private readonly run: Run,
    private readonly store: Store,
    private readonly size: number,
  ) {}

  async add(p: Pending): Promise<void> {
    this.#pending.push(p);
    this.#rows += rowCount(p.delta);
    if (this.#pending.length >= this.size || this.#rows >= BATCH_ROWS) await this.#flush();
  }

  /** Writes what is left and waits for every write to commit. */
  async finish(): Promise<void> {
    await this.#flush();
    await this.#settle();
  }

  async #flush(): Promise<void> {
    if (this.#pending.length === 0) return;
    const batch = this.#pending;
    this.#pending = [];
    this.#rows = 0;
    await this.#settle();
    this.#writing = this.#write(batch).then(
      () => null,
      (error: unknown) => ({ error }),
    );
  }

  async #write(batch: readonly Pending[]): Promise<void> {
    recordOutcomes(this.run, batch, await this.store.writeArticles(batch.map((p) => p.delta)));
    this.run.progress.update(this.run.done, this.run.s);
  }

  async #settle(): Promise<void> {
    const writing = this.#writing;
    this.#writing = null;
    const failed = writing === null ? null : await writing;
    if (failed !== null) throw failed.error;
  }
}

type ArticleItem = Extract<InputItem, { kind: 'article' }>;

/** The article's delta, or its rejection; a store failure is handed back to end the run. Never rejects. */
async function extractItem(item: ArticleItem, knowledge: Knowledge): Promise<Extracted> {
  try {
    const { delta, warnings } = await extractDelta(prepareArticle(item.input, knowledge), knowledge);
    const where = `${printable(item.file)}:${item.line}`;
    return { pending: { where, file: item.file, line: item.line, delta, warnings } };
  } catch (e) {
    if (e === ABANDONED) return { abandoned: true };
    if (isAppError(e) && FATAL.has(e.code)) return { fatal: e };
    const reason = isAppError(e) ? e.message : `could not process: ${e instanceof Error ? e.message : String(e)}`;
    return { rejected: { file: item.file, line: item.line, reason } };
  }
}

/** Counts each article of a committed batch as ingested, duplicate or rejected. */
function recordOutcomes(run: Run, batch: readonly Pending[], outcomes: readonly BatchOutcome[]): void {
  const { s, flags, progress } = run;
  batch.forEach((p, i) => {
    const outcome = outcomes[i];
    if (outcome === undefined) throw new AppError('INTERNAL', `no outcome for ${p.where}`);
    if (outcome.status === 'rejected') {
      const e = outcome.error;
      if (isAppError(e) && FATAL.has(e.code)) throw e;
      reject(run, p.file, p.line, e.message);
    } else if (outcome.status === 'duplicate') {
      s.duplicates += 1;
      const { articleId, existingId } = outcome;
      s.duplicateArticles.push({ file: p.file, line: p.line, articleId, existingId });
      if (flags.verbose) progress.log(`${p.where}: duplicate of ${existingId}`);
    } else {
      s.ingested += 1;
      for (const m of p.delta.meetings) run.meetings.add(m.id);
      s.statements += p.delta.statements.length;
      s.warnings += p.warnings.length;
      if (flags.verbose) for (const w of p.warnings) progress.log(`${p.where}: warning: ${w}`);
    }
  });
}

/** Names and reasons come from the input: their control characters are escaped before any log sees them. */
function reject(run: Run, file: string, line: number, reason: string): void {
  const shown = { file: printable(file), line, reason: printable(reason) };
  run.s.rejected += 1;
  run.s.rejections.push(shown);
  run.progress.log(`${shown.file}:${line}: ${shown.reason}`);
}

function report(run: Run, graph: GraphCounts, started: number, io: Io): number {
  const summary: IngestSummary = {
    ...run.s,
    meetings: run.meetings.size,
    graph,
    seconds: Math.round(performance.now() - started) / 1000,
  };
  io.stdout.write(
    run.flags.json ? `${JSON.stringify(summary, null, 2)}\n` : formatSummary(summary, run.flags.verbose === true),
  );
  if (run.s.interrupted) return EXIT.INTERRUPTED;
  return run.s.rejected > 0 ? EXIT.REJECTED : EXIT.OK;
}

export function formatSummary(s: IngestSummary, verbose = false): string {
  const g = s.graph;
  return [
    `${s.interrupted ? 'interrupted: ' : ''}${s.read} articles read: ${s.ingested} ingested, ${s.duplicates} duplicates, ` +
      `${s.rejected} rejected${s.abandoned > 0 ? `, ${s.abandoned} not stored (interrupted: ingest again to add them)` : ''}` +
      ` (${s.seconds.toFixed(1)} s)`,
    `from the ingested articles: ${s.meetings} meetings, ${s.statements} statements, ${s.warnings} warnings` +
      (s.warnings > 0 && !verbose ? ' (--verbose lists them)' : ''),
    `graph now: ${g.articles} articles, ${g.actors} actors, ${g.meetings} meetings, ${g.participations} participations, ` +
      `${g.statements} statements`,
    '',
  ].join('\n');
}

/** Rows an article writes: its facts and their evidence spans (what a batch's transaction holds). */
function rowCount(d: ArticleDelta): number {
  const owners = [...d.meetings, ...d.participations, ...d.statements];
  return (
    1 + d.actors.length + d.series.length + d.places.length + owners.reduce((n, o) => n + 1 + o.evidence.length, 0)
  );
}

function batchArticles(value: string | number | undefined): number {
  if (value === undefined) return BATCH_ARTICLES;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 1)
    throw new AppError('CONFIG', `--batch: expected a whole number >= 1, got "${value}"`);
  return n;
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
