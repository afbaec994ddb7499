// The worker thread extract.ts runs the pipeline in: one article per message, the answer or the error back.
import type { Article } from './domain.js';
import { extractFacts, type PipelineResult } from './pipeline/facts.js';
import { loadSeedKnowledge } from './seed.js';
import { answerCalls } from './threads.js';

const knowledge = loadSeedKnowledge();

answerCalls((article: Article): PipelineResult => extractFacts(article, knowledge));
