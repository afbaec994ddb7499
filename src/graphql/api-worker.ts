// An API thread (api-threads.ts): a composition root of its own that runs GraphQL requests off the server's event
// loop. It opens the store itself (the embedded store reads synchronously: a read here holds this thread, not the one
// answering /healthz), loads the seed knowledge for the ingest mutation, and warms up its Apollo server as the main
// thread did. It sends a beat every BEAT_MS while its event loop turns, so the server can tell a thread at work from a
// stuck one; requests are plain data both ways (answer.ts).
// type-graphql's decorators need the metadata API before any schema class loads, as in the CLI's entry point.
import 'reflect-metadata';
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import type { StoreConfig } from '../config.js';
import { AppError, isAppError } from '../errors.js';
import { runExtractionInProcesses, stopExtraction, type ExtractionProcessOptions } from '../extract.js';
import { lowerThreadPriority } from '../threads.js';
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
  | { kind: 'run'; id: number; request: GraphqlHttpRequest }
  /** Abandon extractions (their clients get `message`, retriable), let requests in flight end, close the store. */
  | { kind: 'stop'; message: string; graceMs: number };

export type FromApiWorker =
  | { kind: 'ready' }
  | { kind: 'beat' }
  | { kind: 'answer'; id: number; answer: GraphqlHttpAnswer }
  | { kind: 'failed'; message: string; code: string | null }
  | { kind: 'stopped' };

if (parentPort === null) throw new Error('api-worker.js runs as a worker thread');
const port: MessagePort = parentPort;
const post = (message: FromApiWorker): void => {
  port.postMessage(message);
};
const data = workerData as ApiWorkerData;

try {
  await serveRequests();
} catch (e) {
  post({ kind: 'failed', message: e instanceof Error ? e.message : String(e), code: isAppError(e) ? e.code : null });
  port.close();
}

async function serveRequests(): Promise<void> {
  // First, so the writer and extraction threads started below inherit it.
  lowerThreadPriority(data.niceness);
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
  port.on('message', (message: ToApiWorker) => {
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
    port.close();
  }
}
