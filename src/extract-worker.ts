// The worker thread extract.ts runs the pipeline in: a list of articles per message (the calls of one turn of the
// caller's event loop), the answers back in groups, encoded by extract-wire.ts.
import { parentPort } from 'node:worker_threads';
import type { Article } from './domain.js';
import { isAppError } from './errors.js';
import { WireEncoder, type WireAnswer } from './extract-wire.js';
import { extractFacts } from './pipeline/facts.js';
import { loadSeedKnowledge } from './seed.js';

const knowledge = loadSeedKnowledge();
const wire = new WireEncoder();

/**
 * Answers per this many articles: few messages (each costs both threads a little), yet the caller, which needs the
 * answers in order to fill its write batches, never waits for a whole list.
 */
const ANSWERS_PER_MESSAGE = 16;

export interface ExtractRequest {
  id: number;
  article: Article;
}

parentPort?.on('message', (requests: ExtractRequest[]) => {
  let answers: WireAnswer[] = [];
  for (const { id, article } of requests) {
    answers.push(answer(id, article));
    if (answers.length >= ANSWERS_PER_MESSAGE) {
      parentPort?.postMessage(wire.encode(answers));
      answers = [];
    }
  }
  if (answers.length > 0) parentPort?.postMessage(wire.encode(answers));
});

function answer(id: number, article: Article): WireAnswer {
  try {
    return { id, result: extractFacts(article, knowledge) };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { id, error: { message, code: isAppError(e) ? e.code : null } };
  }
}
