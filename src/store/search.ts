// Statement full-text folding shared by both stores: the same text and query processing on each side.
// Pure. nameKey folding, ASCII digits, then a light Arabic stemmer in the manner of Lucene's Arabic analyzer.
import { AppError } from '../errors.js';
import { nameKey } from '../names.js';

/** A search longer than this is no query a person typed; refused before any folding. */
export const MAX_SEARCH_LENGTH = 1000;
/** Distinct terms a search may hold: each is a clause of the index query (Lucene allows 1,024 in all). */
export const MAX_SEARCH_TERMS = 32;

// Checked in this order; only the first that fits is removed ("وال" before "و").
const ARABIC_PREFIXES = ['ال', 'وال', 'بال', 'كال', 'فال', 'لل', 'و'] as const;
// Each is tried once, in this order, on what the previous ones left.
const ARABIC_SUFFIXES = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ية', 'ه', 'ة', 'ي'] as const;
// A stem keeps at least this many letters; a lone "و" is only a prefix of words of four letters or more.
const MIN_STEM = 2;
const MIN_WAW_WORD = 4;

const ARABIC_LETTER = /^[\u0621-\u064a\u066e-\u06d3\u06fa-\u06ff]+$/u;

/** Folds Arabic-Indic and Persian digits to ASCII so "٢٠" and "20" are one term. */
function asciiDigits(s: string): string {
  return s.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => {
    const code = d.charCodeAt(0);
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
  });
}

/** Strips one article/conjunction prefix and the common inflection suffixes of an already folded Arabic word. */
export function arabicStem(word: string): string {
  if (!ARABIC_LETTER.test(word)) return word;
  let s = word;
  // ARABIC_LETTER admits only BMP letters, so code units are letters here.
  const letters = (x: string): number => x.length;
  for (const prefix of ARABIC_PREFIXES) {
    if (!s.startsWith(prefix)) continue;
    const left = letters(s) - letters(prefix);
    const longEnough = prefix.length === 1 ? letters(s) >= MIN_WAW_WORD : left >= MIN_STEM;
    if (longEnough) {
      s = s.slice(prefix.length);
      break;
    }
  }
  for (const suffix of ARABIC_SUFFIXES) {
    if (s.endsWith(suffix) && letters(s) - letters(suffix) >= MIN_STEM) s = s.slice(0, s.length - suffix.length);
  }
  return s;
}

/** The terms of a text or query, in order, after folding and stemming (repeats kept). */
export function searchTokens(text: string): string[] {
  const folded = asciiDigits(nameKey(text));
  if (folded === '') return [];
  return folded
    .split(' ')
    .map(arabicStem)
    .filter((t) => t !== '');
}

/** The text a store indexes for a statement: its terms joined by single spaces. */
export function searchText(text: string): string {
  return searchTokens(text).join(' ');
}

/**
 * The distinct terms of a query; a statement matches when it contains every one of them. Throws BAD_USER_INPUT past
 * MAX_SEARCH_LENGTH characters or MAX_SEARCH_TERMS terms, so both stores refuse the same searches the same way.
 */
export function searchTerms(query: string): string[] {
  if (query.length > MAX_SEARCH_LENGTH) {
    throw new AppError(
      'BAD_USER_INPUT',
      `search is ${query.length} characters long; the limit is ${MAX_SEARCH_LENGTH}`,
    );
  }
  const terms = [...new Set(searchTokens(query))];
  if (terms.length > MAX_SEARCH_TERMS) {
    throw new AppError('BAD_USER_INPUT', `search has ${terms.length} terms; the limit is ${MAX_SEARCH_TERMS}`);
  }
  return terms;
}
