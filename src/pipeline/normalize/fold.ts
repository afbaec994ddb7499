// Stage 1: folding of article text for matching, with an offset map back to the original text.
// Pure. Every folded character remembers the original UTF-16 index it came from, so spans map back exactly.
import { ARABIC_LETTER_FOLDS, ARABIC_MARK_RANGES } from '../../names.js';

// Direction marks too: they sit inside Arabic words copied from the web and change no letter.
const ARABIC_MARKS = new RegExp(`[${ARABIC_MARK_RANGES}\\u200e\\u200f]`);
const LETTER_FOLDS: Record<string, string> = {
  // The same Arabic letter folds as name keys, so article text and stored aliases compare equal.
  ...ARABIC_LETTER_FOLDS,
  // The short i is a letter of its own in Cyrillic, not и with a mark.
  й: 'й',
  Й: 'й',
  ı: 'i',
  ß: 'ss',
  ё: 'е',
  '،': ',',
  '؛': ';',
  '؟': '?',
  '٫': '.',
  '٬': ',',
};
// Hebrew writes the gershayim (U+05F4) where other scripts write a quotation mark, and the geresh (U+05F3) where
// they write an apostrophe ("חאג׳י" for "חאג'י"): a foreign name keeps its letters whichever mark the writer typed.
const QUOTES = /["“”„‟«»‹›″\u05f4]/;
// Single marks are apostrophes far more often than quotes ("Russia's", "d'Astana").
const APOSTROPHES = /['‘’‚‛`´ʼ\u05f3]/;
// Newlines survive folding: they end sentences and paragraphs (a line wrapped inside a sentence folds to a space).
const SPACES = /[ \t\r\f\v\u00a0\u2000-\u200d\u202f\u205f\u3000\u2028\u2029]/;

export interface Folded {
  /** The folded text: lower case, no diacritics, ASCII digits, '"' for every quotation mark. */
  text: string;
  /** map[i] = index in the original text of folded character i; map[text.length] = original length. */
  map: Int32Array;
}

/** Folds one original character (or surrogate pair) to its matching form ('' drops it). */
export function foldChar(c: string): string {
  if (ARABIC_MARKS.test(c)) return '';
  const code = c.codePointAt(0) ?? 0;
  if (code >= 0x660 && code <= 0x669) return String(code - 0x660);
  if (code >= 0x6f0 && code <= 0x6f9) return String(code - 0x6f0);
  if (QUOTES.test(c)) return '"';
  if (APOSTROPHES.test(c)) return "'";
  if (SPACES.test(c)) return ' ';
  const direct = LETTER_FOLDS[c];
  if (direct !== undefined) return direct;
  if (code < 0x80) return c.toLowerCase();
  // NFKC turns presentation forms and ligatures into letters; NFD then drops Latin accents.
  let s = c
    .normalize('NFKC')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  s = Array.from(s, (x) => (ARABIC_MARKS.test(x) ? '' : (LETTER_FOLDS[x] ?? x))).join('');
  return s.normalize('NFC');
}

// Memoized foldChar: an array by UTF-16 code for the Basic Multilingual Plane, a map for surrogate pairs.
const bmp: (string | undefined)[] = new Array<string | undefined>(0x10000);
const astral = new Map<string, string>();

function foldAt(original: string, i: number, width: number): string {
  if (width === 1) {
    const code = original.charCodeAt(i);
    return (bmp[code] ??= foldChar(original[i] ?? ''));
  }
  const c = original.slice(i, i + width);
  let f = astral.get(c);
  if (f === undefined) {
    f = foldChar(c);
    astral.set(c, f);
  }
  return f;
}

function isPair(s: string, j: number): boolean {
  const a = s.charCodeAt(j);
  const b = s.charCodeAt(j + 1);
  return a >= 0xd800 && a <= 0xdbff && b >= 0xdc00 && b <= 0xdfff;
}

/** Folds a whole text keeping the offset map. Linear time; per-character results are memoized. */
export function fold(original: string): Folded {
  let text = '';
  // Characters that fold to themselves are copied as runs, one slice each, not appended one by one: a string piece
  // per character was the largest garbage of the extraction.
  let run = 0;
  let map = new Int32Array(original.length + 1);
  let n = 0;
  for (let i = 0; i < original.length;) {
    // A high surrogate followed by a low one is one character of two code units.
    const width = isPair(original, i) ? 2 : 1;
    const f = original.charCodeAt(i) === NL && wrappedLine(original, i) ? ' ' : foldAt(original, i, width);
    if (width === 1 && f.length === 1 && f.charCodeAt(0) === original.charCodeAt(i)) {
      if (n + 1 >= map.length) map = grow(map, 1);
      map[n++] = i;
      i += 1;
      continue;
    }
    text += original.slice(run, i) + f;
    run = i + width;
    if (n + f.length >= map.length) map = grow(map, f.length);
    // One entry per code point of the folded form (as before: an astral folded character has one entry).
    for (let j = 0; j < f.length; j++) {
      map[n++] = i;
      if (isPair(f, j)) j++;
    }
    i += width;
  }
  text += original.slice(run);
  map[n] = original.length;
  // A view, not a copy: the map is only read, and a second array the size of the article was garbage per article.
  return { text, map: map.subarray(0, n + 1) };
}

const NL = 10;

/**
 * A single line break inside a sentence, as pages wrap long lines ("the President of\nthe opposition delegation",
 * "headed by “Alexander\nLavrentiev"): the line before ends in a letter or a comma, no blank line follows, and the
 * next line opens in lower case, or the break follows a comma, or a quotation the line opened is still open. Such a
 * break folds to a space; headlines and datelines (capitalized, their quotes closed) stay breaks.
 */
function wrappedLine(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j--;
  let k = i + 1;
  while (k < text.length && (text[k] === ' ' || text[k] === '\t')) k++;
  const prev = text[j];
  const next = text[k];
  if (prev === undefined || next === undefined || prev === '\n' || next === '\n' || next === '\r') return false;
  const comma = prev === ',' || prev === '،';
  if (!comma && !/\p{L}/u.test(prev)) return false;
  return comma || /\p{Ll}/u.test(next) || openQuote(text.slice(text.lastIndexOf('\n', i - 1) + 1, i));
}

/** The line's last curly or angle quotation mark opens a quote that an odd count of them leaves unclosed. */
function openQuote(line: string): boolean {
  const marks = line.match(/[“”«»]/gu) ?? [];
  const last = marks[marks.length - 1];
  return marks.length % 2 === 1 && (last === '“' || last === '«');
}

function grow(map: Int32Array<ArrayBuffer>, extra: number): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(map.length * 2 + extra);
  grown.set(map);
  return grown;
}

// Folded keys, memoized: rules fold the same names and cue words for every article (a string built letter by letter
// each time). Bounded like the other memos against odd input.
const keys = new Map<string, string>();

/** Folds a short string (a dictionary entry) the same way as article text. */
export function foldKey(value: string): string {
  let text = keys.get(value);
  if (text === undefined) {
    text = '';
    for (let i = 0; i < value.length;) {
      const width = isPair(value, i) ? 2 : 1;
      text += foldAt(value, i, width);
      i += width;
    }
    if (keys.size >= 100_000) keys.clear();
    keys.set(value, text);
  }
  return text;
}

/** Original [start, end) of folded [fStart, fEnd); marks dropped after the last letter stay inside the span. */
export function toOriginal(f: Folded, fStart: number, fEnd: number): { start: number; end: number } {
  const start = f.map[fStart] ?? 0;
  const last = f.map[Math.max(fStart, fEnd - 1)] ?? start;
  const next = f.map[fEnd] ?? last + 1;
  return { start, end: Math.max(next, last + 1) };
}
