// The search folding of the knowledge shipped in seed/: what a store folds statements with when its opener passes
// none (OpenOptions.search). Both stores and their writer threads then fold alike, from the same lexicon rows.
import { loadSeedKnowledge } from '../seed.js';
import type { SearchFolding } from './search.js';
import { searchFoldingOf } from './search.js';

export function seedSearchFolding(): SearchFolding {
  return searchFoldingOf(loadSeedKnowledge());
}
