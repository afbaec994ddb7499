// An API thread (api-threads.ts): a composition root of its own that runs GraphQL requests off the server's event
// loop. It opens the store itself (the embedded store reads synchronously: a read here holds this thread, not the one
// answering /healthz), loads the seed knowledge for the ingest mutation, and warms up its Apollo server as the main
// thread did. It sends a beat every BEAT_MS while its event loop turns, so the server can tell a thread at work from a
// stuck one; requests are plain data both ways (answer.ts). It runs as a worker thread, or as a child process in a
// session of its own (`serve`: api-threads.ts), with the same messages; a process gets its settings first.
// type-graphql's decorators need the metadata API before any schema class loads, as in the CLI's entry point.
import 'reflect-metadata';
import { parentPort, workerData } from 'node:worker_threads';
import type { StoreConfig } from '../config.js';
import { AppError, isAppError } from '../errors.js';
import { runExtractionInProcesses, stopExtraction, type ExtractionProcessOptions } from '../extract.js';
import { lowerProcessPriority, lowerThreadPriority } from '../threads.js';
import { loadSeedKnowledge } from '../seed.js';
import { openStore } from '../store/open.js';
import { answerGraphql, errorAnswer, type GraphqlHttpAnswer, type GraphqlHttpRequest } from './answer.js';
import { createContext } from './context.js';
import { createApiServer } from './server.js';
import { warmUp } from './warm.js';

export interface ApiWorkerData {
  store: StoreConfig;
  introspection: boolean;
  maxDepth: number;
  maxComplexity: number;
  beatMs: number;
  /** This thread's niceness (threads.ts's lowerThreadPriority), inherited by the threads it starts. */
  niceness: number;
  /** Extraction in child processes of their own sessions (extract.ts), or null: in threads of this one. */
  extraction: ExtractionProcessOptions | null;
}

export type ToApiWorker =
  /** A child process's settings, its first message (a thread has them as its workerData). */
  | { kind: 'start'; data: ApiWorkerData }
  | { kind: 'run'; id: number; request: GraphqlHttpRequest }
  /** Abandon extractions (their clients get `message`, retriable), let requests in flight end, close the store. */
  | { kind: 'stop'; message: string; graceMs: number };

export type FromApiWorker =
  | { kind: 'ready' }
  | { kind: 'beat' }
  | { kind: 'answer'; id: number; answer: GraphqlHttpAnswer }
  | { kind: 'failed'; message: string; code: string | null }
  | { kind: 'stopped' };

/** The server's end: the thread's port, or the IPC channel of a child process. */
interface Channel {
  post(message: FromApiWorker): void;
  onMessage(handle: (message: ToApiWorker) => void): void;
  /** Ends the channel: the thread or process ends once nothing else holds its event loop. */
  close(): void;
}

const { channel, data } = parentPort ? threadChannel() : await processChannel();
const post = (message: FromApiWorker): void => {
  channel.post(message);
};

try {
  await serveRequests();
} catch (e) {
  post({ kind: 'failed', message: e instanceof Error ? e.message : String(e), code: isAppError(e) ? e.code : null });
  channel.close();
}

function threadChannel(): { channel: Channel; data: ApiWorkerData } {
  const port = parentPort;
  if (port === null) throw new Error('not a worker thread');
  const channel: Channel = {
    post: (message) => {
      port.postMessage(message);
    },
    onMessage: (handle) => port.on('message', handle),
    close: () => {
      port.close();
    },
  };
  return { channel, data: workerData as ApiWorkerData };
}

/** In a child process: waits for its settings, the first message. */
async function processChannel(): Promise<{ channel: Channel; data: ApiWorkerData }> {
  if (!process.send) throw new Error('api-worker.js runs as a worker thread or a forked child process');
  // The server is gone (stopped, or killed without a word): nobody wants the answers, and nothing else ends us.
  process.on('disconnect', () => process.exit(0));
  const data = await new Promise<ApiWorkerData>((resolve) => {
    const first = (message: ToApiWorker): void => {
      if (message.kind !== 'start') return;
      process.off('message', first);
      resolve(message.data);
    };
    process.on('message', first);
  });
  const channel: Channel = {
    post: (message) => {
      if (process.connected) process.send?.(message);
    },
    onMessage: (handle) => process.on('message', handle),
    close: () => {
      // After the messages sent so far: disconnect waits for them.
      if (process.connected) process.disconnect();
    },
  };
  return { channel, data };
}

/** This worker's niceness: per thread in a thread (threads.ts), for every thread of it in a process of its own. */
function lowerPriority(niceness: number): void {
  if (parentPort !== null) lowerThreadPriority(niceness);
  else lowerProcessPriority(niceness);
}

async function serveRequests(): Promise<void> {
  // First, so the writer and extraction threads started below inherit it.
  lowerPriority(data.niceness);
  if (data.extraction !== null) runExtractionInProcesses(data.extraction);
  // Writes in a thread of their own, as the server's own store did: a write's fsync or lock wait holds no reads.
  const store = await openStore(data.store, { writeInThread: true });
  const knowledge = loadSeedKnowledge();
  const api = createApiServer({
    introspection: data.introspection,
    maxDepth: data.maxDepth,
    maxComplexity: data.maxComplexity,
  });
  await api.start();
  const context = (authorized: boolean) => createContext(store, knowledge, authorized);
  await warmUp(api, context(false));
  const inFlight = new Set<Promise<void>>();
  const beat = setInterval(() => {
    post({ kind: 'beat' });
  }, data.beatMs);
  channel.onMessage((message: ToApiWorker) => {
    if (message.kind === 'start') return;
    if (message.kind === 'run') {
      const done = answerGraphql(api, context, message.request)
        .catch((e: unknown) => {
          console.error(`[api thread] ${e instanceof Error ? e.message : String(e)}`);
          return errorAnswer(500, 'Internal server error.', { code: 'INTERNAL_SERVER_ERROR' });
        })
        .then((answer) => {
          post({ kind: 'answer', id: message.id, answer });
        })
        .finally(() => inFlight.delete(done));
      inFlight.add(done);
      return;
    }
    clearInterval(beat);
    void stop(message.message, message.graceMs);
  });
  post({ kind: 'ready' });

  async function stop(message: string, graceMs: number): Promise<void> {
    const abandoned = stopExtraction(new AppError('STORE_UNAVAILABLE', message));
    const grace = new Promise((resolve) => setTimeout(resolve, graceMs).unref());
    await Promise.race([Promise.all(inFlight), grace]);
    await api.stop();
    await abandoned;
    // A write already handed to the writer thread completes in its transaction before the store closes.
    await store.close();
    post({ kind: 'stopped' });
    channel.close();
  }
}
