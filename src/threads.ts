// Calls into a worker thread, one message each way: the caller's side (ThreadCalls) and the worker's (answerCalls).
// The work that must not hold the event loop (extraction, the embedded store's writes) runs behind it, so a server
// keeps answering (/healthz included) while an article is extracted or written. An AppError keeps its code across.
import { readdirSync, writeFileSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { parentPort, Worker } from 'node:worker_threads';
import { AppError, ERROR_CODES, isAppError, type ErrorCode } from './errors.js';

type Answer<R> = { id: number; result: R } | { id: number; error: { message: string; code: string | null } };

interface Pending<R> {
  resolve: (r: R) => void;
  reject: (e: unknown) => void;
  settled: Promise<unknown>;
}

/** One worker thread started on first call, its calls answered in turn; idle, it keeps no process alive. */
export class ThreadCalls<Q, R> {
  #worker: Worker | null = null;
  readonly #pending = new Map<number, Pending<R>>();
  #nextId = 0;

  /** `what` names the work in errors ("extraction"); `workerData` reaches the worker as its workerData. */
  constructor(
    private readonly file: URL,
    private readonly what: string,
    private readonly workerData?: unknown,
  ) {}

  call(request: Q): Promise<R> {
    this.#worker ??= this.#start();
    const w = this.#worker;
    w.ref();
    const id = this.#nextId++;
    let settle: Pick<Pending<R>, 'resolve' | 'reject'> | undefined;
    const answer = new Promise<R>((resolve, reject) => {
      settle = { resolve, reject };
    });
    if (settle === undefined) throw new AppError('INTERNAL', 'a promise did not run its executor');
    this.#pending.set(id, { ...settle, settled: answer.catch(() => undefined) });
    w.postMessage({ id, request });
    return answer;
  }

  /** Lets the calls made so far finish, then stops the thread. */
  async close(): Promise<void> {
    await Promise.all([...this.#pending.values()].map((p) => p.settled));
    const w = this.#worker;
    this.#worker = null;
    await w?.terminate();
  }

  #start(): Worker {
    const w = new Worker(this.file, { workerData: this.workerData });
    w.on('message', (a: Answer<R>) => {
      const p = this.#pending.get(a.id);
      if (!p) return;
      this.#pending.delete(a.id);
      // An idle worker must not keep a finished CLI run alive.
      if (this.#pending.size === 0) w.unref();
      if ('result' in a) p.resolve(a.result);
      else p.reject(revive(a.error));
    });
    w.on('error', (e) => {
      this.#failAll(w, new AppError('INTERNAL', `${this.what} failed: ${e.message}`, { cause: e }));
    });
    w.on('exit', (code) => {
      this.#failAll(w, new AppError('INTERNAL', `the ${this.what} worker exited (${code})`));
    });
    return w;
  }

  #failAll(w: Worker, e: unknown): void {
    if (this.#worker !== w) return;
    for (const p of this.#pending.values()) p.reject(e);
    this.#pending.clear();
    this.#worker = null;
  }
}

function revive(error: { message: string; code: string | null }): Error {
  const code = (ERROR_CODES as readonly string[]).includes(error.code ?? '') ? (error.code as ErrorCode) : null;
  return code ? new AppError(code, error.message) : new Error(error.message);
}

/** In the worker: answers each call with `handle(request)`, or with its error (message and AppError code). */
export function answerCalls(handle: (request: never) => unknown): void {
  parentPort?.on('message', ({ id, request }: { id: number; request: never }) => {
    try {
      parentPort?.postMessage({ id, result: handle(request) });
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      parentPort?.postMessage({ id, error: { message, code: isAppError(e) ? e.code : null } });
    }
  });
}

/**
 * Raises the calling thread's niceness to `niceness` (never lowers it: that needs privileges). On Linux niceness is
 * per thread and os.setPriority(0) names the calling one, so a worker can yield to the main thread without the
 * process's other threads changing; threads it starts later inherit it. Elsewhere it applies to the whole process,
 * so it is done in worker threads on Linux only. Returns the thread's niceness after.
 */
export function lowerThreadPriority(niceness: number): number {
  const now = getPriority(0);
  if (process.platform !== 'linux' || parentPort === null || niceness <= now) return now;
  try {
    setPriority(0, niceness);
  } catch {
    // A sandbox may forbid it: the thread runs at its niceness as before.
  }
  return getPriority(0);
}

/** The niceness a server's extraction process is to run at (extract.ts sets it, the process reads it at start). */
export const EXTRACT_NICE_ENV = 'DIPLOGRAPH_EXTRACT_NICE';
/** The niceness of the extraction process's session's CPU share (its autogroup), read the same way. */
export const EXTRACT_SESSION_NICE_ENV = 'DIPLOGRAPH_EXTRACT_SESSION_NICE';

/**
 * Raises the niceness of every thread of this process to `niceness` (never lowers it: that needs privileges), for a
 * server's worker process (API, extraction). Linux keeps niceness per thread: the threads Node started before our code
 * ran (V8's platform workers, which run garbage collection, and libuv's pool) would keep theirs, so each is set by its
 * id; threads started later inherit the main thread's. Where the scheduler puts the server's processes in one group (a
 * service's cgroup, or no autogroup), this is what runs the thread answering /healthz before them. Returns the main
 * thread's niceness after.
 */
export function lowerProcessPriority(niceness: number): number {
  if (!(niceness > getPriority(0))) return getPriority(0);
  const threads = process.platform === 'linux' ? taskIds() : [0];
  for (const tid of threads) {
    try {
      setPriority(tid, niceness);
    } catch {
      // A sandbox may forbid it, or the thread has just ended: it runs at its niceness as before.
    }
  }
  return getPriority(0);
}

/** This process's thread ids (/proc/self/task), or [0] (the calling thread) where it cannot be read. */
function taskIds(): number[] {
  try {
    return readdirSync('/proc/self/task').map(Number);
  } catch {
    return [0];
  }
}

/**
 * In a process that leads a session of its own (setsid): raises its autogroup's niceness to `niceness` (never lowers
 * it). Between sessions Linux shares the CPU by autogroup, weighted by the autogroup's niceness (a thread's own
 * niceness orders it within its session only), so this makes the whole session yield, to the server's and to every
 * other session on the machine alike. Raising it needs no privilege; where /proc/self/autogroup is missing or
 * refused, the session keeps its share.
 */
export function lowerSessionPriority(niceness: number): void {
  if (process.platform !== 'linux' || !(niceness > 0)) return;
  try {
    writeFileSync('/proc/self/autogroup', String(niceness));
  } catch {
    // No autogroup (a kernel without it, a container's /proc): the session still has a share of its own.
  }
}

/**
 * Makes this process's scavenges (the young generation's collections, the frequent ones) run on the thread they
 * stop, for the server's process, whose command line is whoever runs `diplograph`'s (an API process gets
 * `--single-threaded-gc` on its own). Shared with V8's helper threads, a scavenge makes the stopped thread wait for
 * helpers that, on a machine whose cores are busy, wait for a CPU: the server's main thread, which answers /healthz,
 * was seen asleep on a futex for 35–65 ms inside 100–166 ms probes (200 clients on Neo4j, load 18–30; RELIABILITY.md,
 * round 14). V8 reads this flag at each scavenge, so setting it after start is safe and takes effect from the next
 * one; the flags of marking and compaction are not, and are left alone (changing parallel marking while a concurrent
 * marking runs fails a V8 check).
 */
export function scavengeOnOneThread(): void {
  setFlagsFromString('--no-parallel-scavenge');
}

/**
 * V8's optimizing compiler inlines up to this many bytecodes into one function (V8's default 920). The pipeline's
 * large rule functions each inline dozens of helpers: with the default, V8's compiler threads spent ~3 of a 10,000
 * article ingest's 12–14 CPU-seconds compiling them (again after each deoptimization); at 200 they spend ~2 and the
 * extraction runs about as fast (BENCHMARKS.md, round 13 perf13).
 */
const EXTRACTION_INLINING_BUDGET = 200;
let compilerTuned = false;

/**
 * Tunes V8's compiler for a process that extracts (an ingest, an extraction child process). V8's flags are
 * process-wide and read when a function is compiled: called before the extraction threads start, so they compile
 * with it. Not for a server's own process, whose hot code is the API's.
 */
export function tuneCompilerForExtraction(): void {
  if (compilerTuned) return;
  compilerTuned = true;
  setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${EXTRACTION_INLINING_BUDGET}`);
}
