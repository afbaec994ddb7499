// Extraction off the event loop: the pipeline is synchronous and a long article takes seconds, during which a server
// running it inline would answer nothing (/healthz included). Built code runs it in one worker thread, articles in
// turn; code run from source (tests of the pipeline's callers) has no built worker and runs it inline.
// The worker is a composition root of its own: it loads the seed knowledge once, so only articles cross the thread
// boundary. Any other knowledge handed in (a test's own set) is run inline with exactly that knowledge.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Article } from './domain.js';
import { AppError, ERROR_CODES, type ErrorCode } from './errors.js';
import { extractFacts, type PipelineResult } from './pipeline/facts.js';
import type { Knowledge } from './pipeline/knowledge.js';
import { isSeedKnowledge } from './seed.js';

const WORKER_FILE = new URL('./extract-worker.js', import.meta.url);
/** Looked up once: a CLI run asks for every article, and the build does not change under a running process. */
const HAS_WORKER = existsSync(WORKER_FILE);

type Answer = { id: number; result: PipelineResult } | { id: number; error: { message: string; code: string | null } };

interface Pending {
  resolve: (r: PipelineResult) => void;
  reject: (e: unknown) => void;
}

let worker: Worker | null = null;
const pending = new Map<number, Pending>();
let nextId = 0;

function failAll(e: unknown): void {
  for (const p of pending.values()) p.reject(e);
  pending.clear();
  worker = null;
}

function start(): Worker {
  const w = new Worker(fileURLToPath(WORKER_FILE));
  w.on('message', (a: Answer) => {
    const p = pending.get(a.id);
    if (!p) return;
    pending.delete(a.id);
    // An idle worker must not keep a finished CLI run alive.
    if (pending.size === 0) w.unref();
    if ('result' in a) p.resolve(a.result);
    else {
      const code = (ERROR_CODES as readonly string[]).includes(a.error.code ?? '') ? (a.error.code as ErrorCode) : null;
      p.reject(code ? new AppError(code, a.error.message) : new Error(a.error.message));
    }
  });
  w.on('error', (e) => {
    failAll(new AppError('INTERNAL', `extraction failed: ${e.message}`, { cause: e }));
  });
  w.on('exit', (code) => {
    if (worker === w) failAll(new AppError('INTERNAL', `the extraction worker exited (${code})`));
  });
  return w;
}

/** extractFacts(article, knowledge), in the worker thread when the build has one and the knowledge is the seed's. */
export function extract(article: Article, knowledge: Knowledge): Promise<PipelineResult> {
  if (!HAS_WORKER || !isSeedKnowledge(knowledge)) {
    return Promise.resolve().then(() => extractFacts(article, knowledge));
  }
  worker ??= start();
  const w = worker;
  w.ref();
  const id = nextId++;
  return new Promise<PipelineResult>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    w.postMessage({ id, article });
  });
}
