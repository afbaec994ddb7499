// Extraction off the event loop: the pipeline is synchronous and a long article takes seconds, during which a server
// running it inline would answer nothing (/healthz included). Built code runs it in worker threads, a small pool;
// code run from source (tests of the pipeline's callers) has no built worker and runs it inline.
// Each worker is a composition root of its own: it loads the seed knowledge once, so only articles cross the thread
// boundary. Any other knowledge handed in (a test's own set) is run inline with exactly that knowledge.
// A worker is started only when every running one has work waiting: a server asked for one article at a time keeps
// one worker (each costs its own start-up and JIT compilation), an ingest that extracts ahead fills the pool.
// A server runs the same worker as a child process in a session of its own (runExtractionInProcesses): Linux's
// autogroup scheduler shares the CPU between sessions first, so a long extraction spends its own session's share, not
// the one of the thread that answers /healthz (in a thread it made that thread wait 350 ms for a CPU at load 20).
import { fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Article } from './domain.js';
import { AppError, ERROR_CODES, type ErrorCode } from './errors.js';
import type { ExtractRequest } from './extract-worker.js';
import { WireDecoder, type WireAnswer } from './extract-wire.js';
import { extractFacts, type PipelineResult } from './pipeline/facts.js';
import type { Knowledge } from './pipeline/knowledge.js';
import { isSeedKnowledge } from './seed.js';
import { EXTRACT_NICE_ENV, EXTRACT_SESSION_NICE_ENV, tuneCompilerForExtraction } from './threads.js';

const WORKER_FILE = new URL('./extract-worker.js', import.meta.url);
/** Looked up once: a CLI run asks for every article, and the build does not change under a running process. */
const HAS_WORKER = existsSync(WORKER_FILE);

/** The most workers the default allows: beyond it the writer, not extraction, bounds an ingest. */
const MAX_DEFAULT_WORKERS = 4;

interface Pending {
  resolve: (r: PipelineResult) => void;
  reject: (e: unknown) => void;
}

/** A running worker, thread or child process, as the pool drives it. */
interface Runner {
  post(requests: ExtractRequest[]): void;
  /** Whether an idle worker keeps the process alive (a finished CLI run must end). */
  hold(yes: boolean): void;
  terminate(): Promise<void>;
}

/** What a runner reports: an answer (extract-wire.ts's string), an error, its end. */
interface RunnerEvents {
  message: (message: string) => void;
  error: (e: Error) => void;
  exit: (how: string) => void;
}

/** Where extraction runs in a child process: how nice it is, and how many articles may wait for it in all. */
export interface ExtractionProcessOptions {
  /** The niceness of every thread of the process (threads.ts's lowerProcessPriority). */
  niceness: number;
  /** The niceness of its session's CPU share, its autogroup (0: an equal share, whatever else runs). */
  sessionNiceness?: number;
  queueLimit: number;
}

/** One worker, the articles it was given and has not answered yet, and those not yet sent to it. */
interface Slot {
  worker: Runner;
  pending: Map<number, Pending>;
  /** The calls of this turn of the event loop, sent as one message at its end (setImmediate). */
  outbox: ExtractRequest[];
  /** Decodes this worker's answers: it remembers the facts the worker sent (extract-wire.ts). */
  wire: WireDecoder;
}

const pool: Slot[] = [];
let poolSize = defaultWorkers();
let nextId = 0;
/** Set once a stopping server has abandoned extraction: every later call is refused with it. */
let refusal: AppError | null = null;
/** Null: worker threads (the CLI). Set: child processes in sessions of their own (a server). */
let inProcesses: ExtractionProcessOptions | null = null;

/**
 * From now on extraction runs in child processes, each in a session of its own (a server's choice: its main thread
 * must get a CPU while an article is extracted). At most `queueLimit` articles wait for extraction at once; one more
 * is refused at once with SERVER_BUSY (retriable) rather than queued behind minutes of work.
 */
export function runExtractionInProcesses(options: ExtractionProcessOptions): void {
  inProcesses = options;
}

/**
 * Extraction threads by default: one per core, the main thread's share left to the writer, at least one and at most
 * MAX_DEFAULT_WORKERS. DIPLOGRAPH_WORKERS overrides it.
 */
export function defaultWorkers(env: NodeJS.ProcessEnv = process.env): number {
  const set = env.DIPLOGRAPH_WORKERS;
  if (set !== undefined && set !== '') return parseWorkers(set, 'DIPLOGRAPH_WORKERS');
  return Math.max(1, Math.min(MAX_DEFAULT_WORKERS, availableParallelism() - 1));
}

/** A worker count from a flag or the environment: a whole number from 1 to 64. */
export function parseWorkers(value: string | number, what: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 1 || n > 64)
    throw new AppError('CONFIG', `${what}: expected a whole number from 1 to 64, got "${value}"`);
  return n;
}

/** How many worker threads extraction may use from now on (running ones beyond it finish their work, then idle). */
export function setExtractionWorkers(n: number): void {
  poolSize = n;
}

function remove(slot: Slot, e: unknown): void {
  const i = pool.indexOf(slot);
  if (i >= 0) pool.splice(i, 1);
  for (const p of slot.pending.values()) p.reject(e);
  slot.pending.clear();
}

function start(): Slot {
  // The events come later (a worker's first message is asynchronous), once `slot` below exists.
  const events: RunnerEvents = {
    message: (message) => {
      for (const a of slot.wire.decode(message)) settle(slot, a);
      // An idle worker must not keep a finished CLI run alive.
      if (slot.pending.size === 0) slot.worker.hold(false);
    },
    error: (e) => {
      remove(slot, new AppError('INTERNAL', `extraction failed: ${e.message}`, { cause: e }));
    },
    exit: (how) => {
      if (pool.includes(slot)) remove(slot, workerEnded(how));
    },
  };
  const slot: Slot = {
    worker: inProcesses ? processRunner(inProcesses, events) : threadRunner(events),
    pending: new Map(),
    outbox: [],
    wire: new WireDecoder(),
  };
  pool.push(slot);
  return slot;
}

/** Why the articles a worker held were not extracted. A server's client may send the article again: nothing was stored. */
function workerEnded(how: string): AppError {
  if (inProcesses === null) return new AppError('INTERNAL', `the extraction worker ${how}`);
  return new AppError(
    'SERVER_BUSY',
    `the extraction process ${how} before it answered; nothing was stored: send the article again`,
  );
}

function threadRunner(events: RunnerEvents): Runner {
  // Before the thread's isolate compiles anything (flags are process-wide: the caller's writes compile with it too).
  tuneCompilerForExtraction();
  const w = new Worker(fileURLToPath(WORKER_FILE));
  w.on('message', events.message);
  w.on('error', events.error);
  w.on('exit', (code) => {
    events.exit(`exited (${code})`);
  });
  return {
    post: (requests) => {
      w.postMessage(requests);
    },
    hold: (yes) => {
      if (yes) w.ref();
      else w.unref();
    },
    terminate: async () => {
      await w.terminate();
    },
  };
}

/**
 * The worker as a child process, `detached`: setsid, so a session and (Linux autogroup) a CPU share of its own. It
 * ends when its channel closes (extract-worker.ts), so a server that dies, even by kill -9, leaves none behind.
 */
function processRunner(options: ExtractionProcessOptions, events: RunnerEvents): Runner {
  const child = fork(fileURLToPath(WORKER_FILE), [], {
    detached: true,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    env: {
      ...process.env,
      [EXTRACT_NICE_ENV]: String(options.niceness),
      [EXTRACT_SESSION_NICE_ENV]: String(options.sessionNiceness ?? 0),
    },
  });
  child.on('message', (m) => {
    events.message(m as string);
  });
  child.on('error', events.error);
  child.on('exit', (code, signal) => {
    events.exit(signal === null ? `exited (${code})` : `was ended by ${signal}`);
  });
  const ended = new Promise<void>((resolve) => {
    child.once('exit', () => {
      resolve();
    });
  });
  return {
    post: (requests) => {
      // A child that has just died cannot take them: its exit answers them.
      if (child.connected) child.send(requests);
    },
    hold: (yes) => {
      // The child and its channel each keep the event loop alive while referenced.
      if (yes) {
        child.ref();
        child.channel?.ref();
      } else {
        child.unref();
        child.channel?.unref();
      }
    },
    terminate: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await ended;
    },
  };
}

function settle(slot: Slot, a: WireAnswer): void {
  const p = slot.pending.get(a.id);
  if (!p) return;
  slot.pending.delete(a.id);
  if ('result' in a) p.resolve(a.result);
  else {
    const code = (ERROR_CODES as readonly string[]).includes(a.error.code ?? '') ? (a.error.code as ErrorCode) : null;
    p.reject(code ? new AppError(code, a.error.message) : new Error(a.error.message));
  }
}

/** Articles given to the workers and not answered yet. */
function waiting(): number {
  return pool.reduce((n, s) => n + s.pending.size, 0);
}

/** Queues a call for the slot's worker; the first of a turn schedules the turn's message. */
function send(slot: Slot, request: ExtractRequest): void {
  if (slot.outbox.length === 0) {
    setImmediate(() => {
      const requests = slot.outbox;
      slot.outbox = [];
      // A slot cancelled meanwhile has answered its calls already (cancelExtraction); its worker is gone.
      if (pool.includes(slot)) slot.worker.post(requests);
    });
  }
  slot.outbox.push(request);
}

/** The worker with the least work waiting (the first of equals); a new one when all are busy and the pool has room. */
function pick(): Slot {
  let best: Slot | undefined;
  for (const s of pool.slice(0, poolSize)) if (!best || s.pending.size < best.pending.size) best = s;
  if (best && (best.pending.size === 0 || pool.length >= poolSize)) return best;
  return start();
}

/**
 * Abandons the extractions under way (an interrupted CLI ingest): each is answered with `reason`, and the worker
 * threads end now rather than when a long article is done (seconds to a minute on a loaded machine). A later call
 * starts a new worker.
 */
export async function cancelExtraction(reason: unknown): Promise<void> {
  const slots = pool.splice(0, pool.length);
  for (const slot of slots) {
    for (const p of slot.pending.values()) p.reject(reason);
    slot.pending.clear();
  }
  await Promise.all(slots.map((slot) => slot.worker.terminate()));
}

/** Abandons extraction for good (a server stopping): as cancelExtraction, and every later call is refused too. */
export async function stopExtraction(reason: AppError): Promise<void> {
  refusal = reason;
  await cancelExtraction(reason);
}

/** extractFacts(article, knowledge), in a worker thread when the build has one and the knowledge is the seed's. */
export function extract(article: Article, knowledge: Knowledge): Promise<PipelineResult> {
  if (refusal !== null) return Promise.reject(refusal);
  if (!HAS_WORKER || !isSeedKnowledge(knowledge)) {
    return Promise.resolve().then(() => extractFacts(article, knowledge));
  }
  if (inProcesses !== null && waiting() >= inProcesses.queueLimit) {
    return Promise.reject(
      new AppError(
        'SERVER_BUSY',
        `${waiting()} articles are waiting for extraction already; send this one again later`,
      ),
    );
  }
  const slot = pick();
  slot.worker.hold(true);
  const id = nextId++;
  return new Promise<PipelineResult>((resolve, reject) => {
    slot.pending.set(id, { resolve, reject });
    send(slot, { id, article });
  });
}
