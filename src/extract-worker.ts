// The worker extract.ts runs the pipeline in: a list of articles per message (the calls of one turn of the caller's
// event loop), the answers back in groups, encoded by extract-wire.ts. It runs as a worker thread (the CLI) or as a
// child process in a session of its own (a server: extract.ts's runExtractionInProcesses); the messages are the same.
import { parentPort } from 'node:worker_threads';
import type { Article } from './domain.js';
import { isAppError } from './errors.js';
import { WireEncoder, type WireAnswer } from './extract-wire.js';
import { extractFacts } from './pipeline/facts.js';
import { loadSeedKnowledge } from './seed.js';
import {
  EXTRACT_NICE_ENV,
  EXTRACT_SESSION_NICE_ENV,
  lowerProcessPriority,
  lowerSessionPriority,
  tuneCompilerForExtraction,
} from './threads.js';

/**
 * Answers per this many articles: few messages (each costs both threads a little), yet the caller, which needs the
 * answers in order to fill its write batches, never waits for a whole list.
 */
const ANSWERS_PER_MESSAGE = 16;

export interface ExtractRequest {
  id: number;
  article: Article;
}

/** The caller's end: the thread's port, or the IPC channel of a child process. */
interface Channel {
  send(message: string): void;
  onRequests(handle: (requests: ExtractRequest[]) => void): void;
}

const channel = parentPort ? threadChannel() : processChannel();
const knowledge = loadSeedKnowledge();
const wire = new WireEncoder();

channel.onRequests((requests) => {
  let answers: WireAnswer[] = [];
  for (const { id, article } of requests) {
    answers.push(answer(id, article));
    if (answers.length >= ANSWERS_PER_MESSAGE) {
      channel.send(wire.encode(answers));
      answers = [];
    }
  }
  if (answers.length > 0) channel.send(wire.encode(answers));
});

function answer(id: number, article: Article): WireAnswer {
  try {
    return { id, result: extractFacts(article, knowledge) };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { id, error: { message, code: isAppError(e) ? e.code : null } };
  }
}

function threadChannel(): Channel {
  return {
    send: (message) => parentPort?.postMessage(message),
    onRequests: (handle) => parentPort?.on('message', handle),
  };
}

function processChannel(): Channel {
  if (!process.send) throw new Error('extract-worker.js runs as a worker thread or a forked child process');
  // First, before the seed knowledge loads: background work, below the server's main thread from its start.
  lowerProcessPriority(Number(process.env[EXTRACT_NICE_ENV] ?? 0));
  lowerSessionPriority(Number(process.env[EXTRACT_SESSION_NICE_ENV] ?? 0));
  // A process of its own (a server's): its compiler is tuned here (a thread's was, by the process that started it).
  tuneCompilerForExtraction();
  // The server is gone (stopped, or killed without a word): nobody wants the answers, and nothing else ends us.
  process.on('disconnect', () => process.exit(0));
  return {
    send: (message) => process.send?.(message),
    onRequests: (handle) => process.on('message', handle),
  };
}
