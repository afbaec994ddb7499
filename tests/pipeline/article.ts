// Test helper: an Article for the pipeline from a text, a language and a publication date.
import type { Article } from '../../src/domain.js';

export function article(text: string, language = 'ar', publishedAt = '2023-06-21', id = 't-1'): Article {
  return { id, url: null, title: null, source: null, publishedAt, language, text, contentHash: id };
}
