// Statement full-text folding shared by both stores: the same text and query processing on each side.
// Pure. nameKey folding, ASCII digits, then each language's light stemmer, read from its lexicon rows.
import { AppError } from '../errors.js';
import { nameKey } from '../names.js';
import type { Knowledge, SearchStemming } from '../pipeline/knowledge.js';

/** A search longer than this is no query a person typed; refused before any folding. */
export const MAX_SEARCH_LENGTH = 1000;
/** Distinct terms a search may hold: each is a clause of the index query (Lucene allows 1,024 in all). */
export const MAX_SEARCH_TERMS = 32;

interface Stemmer {
  word: RegExp;
  rows: SearchStemming;
}

/**
 * The statement search folding both stores index and query with: nameKey folding, ASCII digits, then each language's
 * stemmer (in the manner of Lucene's Arabic analyzer) on the words written in its letters.
 */
export class SearchFolding {
  readonly #stemmers: readonly Stemmer[];

  /** `rows`: every language's stemming rows (searchFoldingOf reads them from the knowledge). */
  constructor(readonly rows: readonly SearchStemming[]) {
    this.#stemmers = rows.map((r) => ({
      word: new RegExp(`^[${r.letters.map(([a, b]) => `\\u{${a}}-\\u{${b}}`).join('')}]+$`, 'u'),
      rows: r,
    }));
  }

  /** Strips one prefix and the inflection suffixes of an already folded word of a stemmed language. */
  stem(word: string): string {
    const st = this.#stemmers.find((x) => x.word.test(word));
    return st ? stemWith(st.rows, word) : word;
  }

  /** The terms of a text or query, in order, after folding and stemming (repeats kept). */
  tokens(text: string): string[] {
    const folded = asciiDigits(nameKey(text));
    if (folded === '') return [];
    return folded
      .split(' ')
      .map((w) => this.stem(w))
      .filter((t) => t !== '');
  }

  /** The text a store indexes for a statement: its terms joined by single spaces. */
  text(text: string): string {
    return this.tokens(text).join(' ');
  }

  /**
   * The distinct terms of a query; a statement matches when it contains every one of them. Throws BAD_USER_INPUT
   * past MAX_SEARCH_LENGTH characters or MAX_SEARCH_TERMS terms, so both stores refuse the same searches the same way.
   */
  terms(query: string): string[] {
    if (query.length > MAX_SEARCH_LENGTH) {
      throw new AppError(
        'BAD_USER_INPUT',
        `search is ${query.length} characters long; the limit is ${MAX_SEARCH_LENGTH}`,
      );
    }
    const terms = [...new Set(this.tokens(query))];
    if (terms.length > MAX_SEARCH_TERMS) {
      throw new AppError('BAD_USER_INPUT', `search has ${terms.length} terms; the limit is ${MAX_SEARCH_TERMS}`);
    }
    return terms;
  }
}

const foldings = new WeakMap<Knowledge, SearchFolding>();

/** The search folding of a knowledge load's lexicons, made once per load. */
export function searchFoldingOf(k: Knowledge): SearchFolding {
  let f = foldings.get(k);
  if (!f) {
    f = new SearchFolding(Object.values(k.lexicons).flatMap((lex) => (lex.searchStemming ? [lex.searchStemming] : [])));
    foldings.set(k, f);
  }
  return f;
}

/** Folds Arabic-Indic and Persian digits to ASCII so "٢٠" and "20" are one term. */
function asciiDigits(s: string): string {
  return s.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => {
    const code = d.charCodeAt(0);
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
  });
}

function stemWith(r: SearchStemming, word: string): string {
  let s = word;
  // The letters admitted are of the Basic Multilingual Plane, so code units are letters here.
  const letters = (x: string): number => x.length;
  for (const prefix of r.prefixes) {
    if (!s.startsWith(prefix)) continue;
    const left = letters(s) - letters(prefix);
    const longEnough = prefix.length === 1 ? letters(s) >= r.shortestWithLetter : left >= r.shortestStem;
    if (longEnough) {
      s = s.slice(prefix.length);
      break;
    }
  }
  for (const suffix of r.suffixes) {
    if (s.endsWith(suffix) && letters(s) - letters(suffix) >= r.shortestStem) s = s.slice(0, s.length - suffix.length);
  }
  return s;
}
