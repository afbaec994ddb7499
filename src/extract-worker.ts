// The worker thread extract.ts runs the pipeline in: one article per message, the answer or the error back.
import { parentPort } from 'node:worker_threads';
import type { Article } from './domain.js';
import { isAppError } from './errors.js';
import { extractFacts } from './pipeline/facts.js';
import { loadSeedKnowledge } from './seed.js';

const knowledge = loadSeedKnowledge();

export interface ExtractRequest {
  id: number;
  article: Article;
}

parentPort?.on('message', ({ id, article }: ExtractRequest) => {
  try {
    parentPort?.postMessage({ id, result: extractFacts(article, knowledge) });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    parentPort?.postMessage({ id, error: { message, code: isAppError(e) ? e.code : null } });
  }
});
