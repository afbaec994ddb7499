// The extraction pipeline as one call: normalize → extract → resolve → graph facts.
// Pure and synchronous: text and knowledge in, facts with evidence spans out. Never imports the store or GraphQL.
import type { Article, Facts } from '../domain.js';
import { emptyFacts } from '../domain.js';

export interface PipelineResult {
  facts: Facts;
  /** Extraction gaps (an unresolved mention, an unclear date): reported, never thrown. */
  warnings: string[];
}

/** Placeholder until the extractor lands: yields no facts. */
export function runPipeline(_article: Article): PipelineResult {
  return { facts: emptyFacts(), warnings: [] };
}

/** Language of a text when the article does not say: by script, then by common words. */
export function detectLanguage(text: string): string {
  if (/[\u0600-\u06ff]/.test(text)) return /[پچژگ]/.test(text) ? 'fa' : 'ar';
  if (/[\u0400-\u04ff]/.test(text)) return 'ru';
  return 'en';
}
