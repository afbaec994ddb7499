// Extraction off the event loop: the pipeline is synchronous and a long article takes seconds, during which a server
// running it inline would answer nothing (/healthz included). Built code runs it in one worker thread, articles in
// turn; code run from source (tests of the pipeline's callers) has no built worker and runs it inline.
// The worker is a composition root of its own: it loads the seed knowledge once, so only articles cross the thread
// boundary. Any other knowledge handed in (a test's own set) is run inline with exactly that knowledge.
import { existsSync } from 'node:fs';
import type { Article } from './domain.js';
import { extractFacts, type PipelineResult } from './pipeline/facts.js';
import type { Knowledge } from './pipeline/knowledge.js';
import { isSeedKnowledge } from './seed.js';
import { ThreadCalls } from './threads.js';

const WORKER_FILE = new URL('./extract-worker.js', import.meta.url);
/** Looked up once: a CLI run asks for every article, and the build does not change under a running process. */
const HAS_WORKER = existsSync(WORKER_FILE);

const worker = new ThreadCalls<Article, PipelineResult>(WORKER_FILE, 'extraction');

/** extractFacts(article, knowledge), in the worker thread when the build has one and the knowledge is the seed's. */
export function extract(article: Article, knowledge: Knowledge): Promise<PipelineResult> {
  if (!HAS_WORKER || !isSeedKnowledge(knowledge)) {
    return Promise.resolve().then(() => extractFacts(article, knowledge));
  }
  return worker.call(article);
}
