// GraphQL off the server's event loop (issue 12: /healthz under 100 ms whatever the API is doing). The main thread
// reads and writes HTTP and answers /healthz; parsing, validation and execution run in a few API threads
// (api-worker.ts), each with its own store connection. Requests wait in one queue, bounded: past the bound the server
// refuses at once (503, Retry-After) rather than let answers take minutes. Each thread beats while its event loop
// turns; one that has work and has not been heard from for `stallMs` is stuck, and /healthz says so (503 when no thread
// answers), because a health check answering "ok" while the API is dead is worse than none.
// `serve` runs the same worker as child processes, each in a session of its own (`inProcesses`): Linux's autogroup
// scheduler shares the CPU between sessions first, then between the threads of a session, so API threads in the
// server's process spent the share of the thread that answers /healthz, which then waited 100–250 ms for a CPU while
// it had 1 ms of work (issue 12, the load part on a shared machine). In a process of its own the API's work is its
// own session's; the server's session is left with HTTP and /healthz.
import { fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError, type ErrorCode, ERROR_CODES } from '../errors.js';
import { errorAnswer, type GraphqlHttpAnswer, type GraphqlHttpRequest } from './answer.js';
import type { ApiWorkerData, FromApiWorker, ToApiWorker } from './api-worker.js';

/** The built worker: code run from source (tests of the server in-process) has none and runs GraphQL inline. */
export const API_WORKER_FILE = new URL('./api-worker.js', import.meta.url);
export const HAS_API_WORKER = existsSync(API_WORKER_FILE);

export interface ApiThreadsOptions extends Omit<ApiWorkerData, 'beatMs'> {
  threads: number;
  /**
   * Requests one thread is given at once; the rest wait in the queue, for whichever thread frees first. Neo4j reads
   * wait on the network, so a thread overlaps many; the embedded store's reads hold the thread, so a few are enough
   * (more would queue behind a long read while another thread idles), but not one or two: an `ingestArticle` holds
   * its place for the whole extraction, in a thread of its own, while its API thread is free.
   */
  perThread: number;
  /** Requests that may wait for a thread; one more is refused with 503. */
  queueLimit: number;
  /** A thread with work that has been silent this long is stuck. */
  stallMs: number;
  /** The worker's file: the built api-worker.js unless a test gives its own. */
  file?: URL;
  /** Child processes in sessions of their own instead of threads (see the top of this file). */
  inProcesses?: boolean;
}

export interface ApiThreadsStatus {
  threads: number;
  /** Threads that are ready and not stuck. */
  answering: number;
  /** Threads with work that have been silent for `stallMs` or more. */
  stuck: number;
  running: number;
  queued: number;
  /** How long the oldest queued request has waited (0 with an empty queue). */
  oldestQueuedMs: number;
  /** The longest silence of a thread with work, in ms. */
  longestSilenceMs: number;
}

interface Pending {
  resolve: (answer: GraphqlHttpAnswer) => void;
}

interface Queued extends Pending {
  request: GraphqlHttpRequest;
  since: number;
}

/** A running API worker, thread or child process, as ApiThreads drives it. */
interface ApiRunner {
  post(message: ToApiWorker): void;
  /** Resolves when it has ended. */
  exited: Promise<void>;
  terminate(): Promise<void>;
}

/** What a runner reports: its messages, an error, its end (an exit code or the signal that ended it). */
interface ApiRunnerEvents {
  message: (message: FromApiWorker) => void;
  error: (e: Error) => void;
  exit: (how: number | string) => void;
}

interface Slot {
  worker: ApiRunner;
  ready: boolean;
  running: Map<number, Pending>;
  lastHeard: number;
}

export class ApiThreads {
  readonly #slots: Slot[] = [];
  readonly #queue: Queued[] = [];
  #nextId = 0;
  #stopping = false;

  private constructor(private readonly options: ApiThreadsOptions) {}

  /** Starts the threads and resolves once each has opened its store and warmed up (or fails with the first error). */
  static async start(options: ApiThreadsOptions): Promise<ApiThreads> {
    const threads = new ApiThreads(options);
    try {
      await Promise.all(Array.from({ length: options.threads }, () => threads.#spawn()));
    } catch (e) {
      await Promise.all(threads.#slots.map((s) => s.worker.terminate()));
      throw e;
    }
    return threads;
  }

  /** The answer to `request`, or null when the queue is full (the caller refuses with 503). */
  run(request: GraphqlHttpRequest): Promise<GraphqlHttpAnswer> | null {
    if (this.#stopping) return Promise.resolve(stoppingAnswer());
    if (this.#queue.length >= this.options.queueLimit) return null;
    return new Promise((resolve) => {
      this.#queue.push({ request, resolve, since: performance.now() });
      this.#pump();
    });
  }

  status(): ApiThreadsStatus {
    const now = performance.now();
    const silences = this.#slots.filter((s) => s.ready && s.running.size > 0).map((s) => now - s.lastHeard);
    const stuck = silences.filter((ms) => ms >= this.options.stallMs).length;
    return {
      threads: this.#slots.length,
      answering: this.#slots.filter((s) => s.ready).length - stuck,
      stuck,
      running: this.#slots.reduce((n, s) => n + s.running.size, 0),
      queued: this.#queue.length,
      oldestQueuedMs: Math.round(this.#queue[0] ? now - this.#queue[0].since : 0),
      longestSilenceMs: Math.round(Math.max(0, ...silences)),
    };
  }

  /** Whether the API answers: some thread is ready and not stuck, and nothing has waited `stallMs` in the queue. */
  healthy(status: ApiThreadsStatus = this.status()): boolean {
    return status.answering > 0 && status.oldestQueuedMs < this.options.stallMs;
  }

  /**
   * Stops: queued requests are refused (retriable), each thread abandons its extractions (their clients are told
   * `message`), gets `graceMs` for the requests in flight, closes its store and ends; one that does not is terminated.
   */
  async stop(message: string, graceMs: number): Promise<void> {
    this.#stopping = true;
    for (const q of this.#queue.splice(0)) q.resolve(stoppingAnswer());
    await Promise.all(
      this.#slots.map(async (slot) => {
        slot.worker.post({ kind: 'stop', message, graceMs });
        const late = setTimeout(() => void slot.worker.terminate(), graceMs + 5_000);
        await slot.worker.exited;
        clearTimeout(late);
      }),
    );
  }

  /** Starts one thread; resolves when it is ready, rejects when it fails to start. */
  #spawn(): Promise<void> {
    const { store, introspection, maxDepth, maxComplexity, stallMs, niceness, extraction, file, inProcesses } =
      this.options;
    // Beats often enough that a thread at work is never taken for a stuck one, and rarely enough to cost nothing.
    const beatMs = Math.max(10, Math.min(500, Math.floor(stallMs / 4)));
    const workerData: ApiWorkerData = {
      store,
      introspection,
      maxDepth,
      maxComplexity,
      beatMs,
      niceness,
      extraction,
    };
    // The runner's events come later (asynchronously), once the slot holding it exists.
    const ref: { slot?: Slot } = {};
    let settle: { resolve: () => void; reject: (e: unknown) => void } | undefined;
    const started = new Promise<void>((resolve, reject) => {
      settle = { resolve, reject };
    });
    const events: ApiRunnerEvents = {
      message: (message) => {
        if (ref.slot) this.#heard(ref.slot, message, settle);
      },
      error: (e) => {
        console.error(`[api thread] ${e.message}`);
      },
      exit: (how) => {
        if (ref.slot) this.#ended(ref.slot, how, settle);
      },
    };
    const workerFile = file ?? API_WORKER_FILE;
    const worker = inProcesses
      ? processRunner(workerFile, workerData, events)
      : threadRunner(workerFile, workerData, events);
    ref.slot = { worker, ready: false, running: new Map(), lastHeard: performance.now() };
    this.#slots.push(ref.slot);
    return started;
  }

  /** A message from a worker: it is ready, answers a request, or failed to start (beats only say it is alive). */
  #heard(slot: Slot, message: FromApiWorker, start?: { resolve: () => void; reject: (e: unknown) => void }): void {
    slot.lastHeard = performance.now();
    switch (message.kind) {
      case 'ready':
        slot.ready = true;
        start?.resolve();
        this.#pump();
        break;
      case 'answer':
        slot.running.get(message.id)?.resolve(message.answer);
        slot.running.delete(message.id);
        this.#pump();
        break;
      case 'failed':
        start?.reject(revive(message.message, message.code));
        break;
      default:
        break;
    }
  }

  /** A worker ended: its requests are answered 503 (retriable); one that dies at work is replaced. */
  #ended(slot: Slot, how: number | string, start?: { reject: (e: unknown) => void }): void {
    this.#slots.splice(this.#slots.indexOf(slot), 1);
    // Answers the requests it held: their clients may send them again.
    for (const p of slot.running.values()) {
      p.resolve(errorAnswer(503, 'The API thread running this request ended; send it again.', RETRY));
    }
    slot.running.clear();
    if (!slot.ready) start?.reject(new AppError('INTERNAL', `an API thread exited (${how}) before it was ready`));
    else if (!this.#stopping) {
      // A thread that dies at work (out of memory, a bug) is replaced, so the API does not shrink to nothing.
      console.error(`[api thread] exited (${how}); starting another`);
      this.#spawn().catch((e: unknown) => {
        console.error(`[api thread] could not start another: ${e instanceof Error ? e.message : String(e)}`);
      });
    }
  }

  /** Hands queued requests to the least busy ready threads with room. */
  #pump(): void {
    const now = performance.now();
    // A stuck thread gets nothing more: what it was given waits with it, the rest goes to threads that answer.
    const open = (s: Slot): boolean =>
      s.ready &&
      s.running.size < this.options.perThread &&
      (s.running.size === 0 || now - s.lastHeard < this.options.stallMs);
    while (this.#queue.length > 0) {
      let best: Slot | undefined;
      for (const s of this.#slots) if (open(s) && (!best || s.running.size < best.running.size)) best = s;
      if (!best) return;
      const next = this.#queue.shift();
      if (!next) return;
      const id = this.#nextId++;
      best.running.set(id, next);
      best.worker.post({ kind: 'run', id, request: next.request });
    }
  }
}

/** The worker as a thread of this process. */
function threadRunner(file: URL, workerData: ApiWorkerData, events: ApiRunnerEvents): ApiRunner {
  const worker = new Worker(file, { workerData });
  const exited = new Promise<void>((resolve) => {
    worker.once('exit', () => {
      resolve();
    });
  });
  worker.on('message', events.message);
  worker.on('error', events.error);
  worker.on('exit', events.exit);
  return {
    post: (message) => {
      worker.postMessage(message);
    },
    exited,
    terminate: async () => {
      await worker.terminate();
    },
  };
}

/**
 * The worker as a child process, `detached`: setsid, so a session and (Linux autogroup) a CPU share of its own. Its
 * settings go as the first message (not in argv, which anyone may read, nor the environment). It ends when its
 * channel closes (api-worker.ts), so a server that dies, even by kill -9, leaves none behind.
 */
function processRunner(file: URL, workerData: ApiWorkerData, events: ApiRunnerEvents): ApiRunner {
  // `advanced`: the V8 serializer, as postMessage uses for threads. A request's body crosses as one string copied,
  // not escaped again inside a JSON message (a 2.7 MB body cost the main thread 20 ms that way).
  const child = fork(fileURLToPath(file), [], {
    execArgv: apiProcessExecArgv(),
    detached: true,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    serialization: 'advanced',
  });
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => {
      resolve();
    });
  });
  child.on('message', (m) => {
    events.message(m as FromApiWorker);
  });
  child.on('error', events.error);
  child.on('exit', (code, signal) => {
    events.exit(code ?? signal ?? 'unknown');
  });
  const post = (message: ToApiWorker): void => {
    // A child that has just died cannot take it: its exit answers what it held.
    if (child.connected) child.send(message);
  };
  post({ kind: 'start', data: workerData });
  return {
    post,
    exited,
    terminate: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}

/**
 * V8 flags an API process adds to the server's own (fork passes those on). `--single-threaded-gc`: a collection of
 * the young generation (one every 10–20 requests of a large answer) is done by the thread it stops, not shared with
 * V8's helper threads. On a machine whose cores are busy the stopped thread waited for helpers that waited for a CPU:
 * at load ~20, 10 s of the attendance query at c=1 on the 10k graph spent 862 and 1,201 ms in scavenges with helpers
 * (median pause 11.2 and 8.8 ms) against 544, 588 and 617 ms alone (median 4.1, 3.6, 9.1 ms) (BENCHMARKS.md, round 14).
 */
export const API_PROCESS_V8_FLAGS: readonly string[] = ['--single-threaded-gc'];

/** The server's V8 and Node flags, then the API process's own (a flag already given is not repeated). */
export function apiProcessExecArgv(server: readonly string[] = process.execArgv): string[] {
  return [...server, ...API_PROCESS_V8_FLAGS.filter((flag) => !server.includes(flag))];
}

const RETRY = { code: 'STORE_UNAVAILABLE', retriable: true };

function stoppingAnswer(): GraphqlHttpAnswer {
  return errorAnswer(503, 'The server is stopping; send the request again later.', RETRY);
}

function revive(message: string, code: string | null): Error {
  return (ERROR_CODES as readonly string[]).includes(code ?? '')
    ? new AppError(code as ErrorCode, message)
    : new AppError('INTERNAL', message);
}
