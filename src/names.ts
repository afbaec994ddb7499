// Folding of names and search terms so that spellings compare equal across scripts' variants.
// Pure. Used by the pipeline (matching) and by both stores (alias lookup), so lookups agree everywhere.

/**
 * Arabic-script marks that spelling does not depend on (harakat, Quranic marks, superscript alef, tatweel), as the
 * body of a character class: one list for name keys, the pipeline's text folding and the scorer.
 */
export const ARABIC_MARK_RANGES = '\\u0610-\\u061a\\u064b-\\u065f\\u0670\\u06d6-\\u06ed\\u0640';
const ARABIC_MARKS = new RegExp(`[${ARABIC_MARK_RANGES}]`, 'g');
/** Arabic-script letter variants folded to one form; shared with the pipeline's text folding (normalize.ts). */
export const ARABIC_LETTER_FOLDS: Readonly<Record<string, string>> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ى: 'ي',
  ة: 'ه',
  ؤ: 'و',
  ئ: 'ي',
  ی: 'ي',
  ک: 'ك', // Persian yeh and kaf read as their Arabic forms
};
const LATIN_MARKS = /\p{M}/gu;

/**
 * The comparison key of a name: NFKC, Arabic diacritics and tatweel removed, alef/yaa/taa-marbuta folded,
 * Latin accents removed, lower case, punctuation to spaces, whitespace collapsed.
 */
export function nameKey(value: string): string {
  let key = keys.get(value);
  if (key === undefined) {
    key = computeNameKey(value);
    if (keys.size >= MAX_KEYS) keys.clear();
    keys.set(value, key);
  }
  return key;
}

// Keys by name, memoized: every write merges the same actors' names again (each article that names Russia folds
// all of Russia's names and aliases), and three normalizations and five expressions per name were ~5% of a write's
// CPU. Bounded so that a long-running server cannot grow it without end.
const keys = new Map<string, string>();
const MAX_KEYS = 100_000;

function computeNameKey(value: string): string {
  let s = value.normalize('NFKC').replace(ARABIC_MARKS, '');
  s = s.replace(/[أإآٱىةؤئیک]/g, (c) => ARABIC_LETTER_FOLDS[c] ?? c);
  // Decompose to drop Latin combining marks; Arabic marks were already removed above.
  s = s.normalize('NFKD').replace(LATIN_MARKS, '').normalize('NFC');
  s = s.toLowerCase().replace(/ı/g, 'i');
  s = s.replace(/[^\p{L}\p{N}\s]/gu, ' ');
  return s.split(/\s+/u).filter(Boolean).join(' ');
}

/** A url-safe-ish slug for ids of actors not in the gazetteer; keeps non-Latin letters. */
export function slug(value: string): string {
  return nameKey(value).replace(/\s+/g, '-');
}
