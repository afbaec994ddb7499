// Stage 2: tokens and sentences over the folded text, and the clitic-prefix variants of Arabic-script tokens.
// Pure. Offsets are folded-text offsets; normalize.toOriginal maps them back.

export type TokenKind = 'word' | 'num' | 'punct' | 'newline';

export interface Token {
  text: string;
  kind: TokenKind;
  start: number;
  end: number;
  /** Index of the sentence the token belongs to. */
  sentence: number;
}

export interface Sentence {
  index: number;
  /** Token range [first, last). */
  first: number;
  last: number;
  start: number;
  end: number;
  paragraph: number;
}

const ENDERS = new Set(['.', '!', '?']);

// Character classes of the tokenizer, memoized by code point: letters start and continue words, marks continue them,
// digits make numbers, a newline is a token of its own, other spaces separate, anything else is one punctuation token.
const LETTER = 1;
const MARK = 2;
const DIGIT = 3;
const NEWLINE = 4;
const SPACE = 5;
const OTHER = 6;
const bmpClass = new Uint8Array(0x10000);
const astralClass = new Map<number, number>();

function classify(c: string): number {
  if (c === '\n') return NEWLINE;
  if (/\p{L}/u.test(c)) return LETTER;
  if (/\p{M}/u.test(c)) return MARK;
  if (/\p{N}/u.test(c)) return DIGIT;
  if (/\s/u.test(c)) return SPACE;
  return OTHER;
}

function classAt(code: number): number {
  if (code <= 0xffff) {
    let k = bmpClass[code] ?? 0;
    if (k === 0) bmpClass[code] = k = classify(String.fromCharCode(code));
    return k;
  }
  let k = astralClass.get(code);
  if (k === undefined) astralClass.set(code, (k = classify(String.fromCodePoint(code))));
  return k;
}

/** Whether code unit c is a Hebrew letter. */
function hebrewLetter(c: number): boolean {
  return c >= 0x5d0 && c <= 0x5ea;
}

/**
 * A geresh or gershayim written as a quote mark inside a Hebrew word ("בינ"ל", "ח'אגי", "ד"ר", folded from ” and ’):
 * part of the word, not a quotation.
 */
function hebrewAbbreviationMark(text: string, j: number, wordStart: number): boolean {
  const c = text[j];
  if ((c !== '"' && c !== "'") || !hebrewLetter(text.charCodeAt(j - 1)) || !hebrewLetter(text.charCodeAt(j + 1)))
    return false;
  // A prefix letter alone before the mark opens a quotation: ו"רוסיה" is "and" + a quoted word.
  return !(j - wordStart === 1 && HE_PREFIXES.includes(text[wordStart] ?? ''));
}

const HE_PREFIXES = ['ו', 'ה', 'ב', 'ל', 'מ', 'כ', 'ש'];

/** Splits folded text into tokens; letters and digits are separate tokens ("20th" → "20", "th"). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const push = (start: number, end: number, kind: TokenKind): void => {
    tokens.push({ text: text.slice(start, end), kind, start, end, sentence: 0 });
  };
  for (let i = 0; i < text.length;) {
    const code = text.codePointAt(i) ?? 0;
    const width = code > 0xffff ? 2 : 1;
    const k = classAt(code);
    if (k === LETTER || k === DIGIT) {
      // A word runs on over letters and marks; a number over digits.
      let j = i + width;
      while (j < text.length) {
        const next = text.codePointAt(j) ?? 0;
        const nk = classAt(next);
        if (k === LETTER && hebrewAbbreviationMark(text, j, i)) {
          j += 1;
          continue;
        }
        if (k === LETTER ? nk !== LETTER && nk !== MARK : nk !== DIGIT) break;
        j += next > 0xffff ? 2 : 1;
      }
      push(i, j, k === LETTER ? 'word' : 'num');
      i = j;
      continue;
    }
    if (k === NEWLINE) push(i, i + 1, 'newline');
    else if (k !== SPACE) push(i, i + width, 'punct');
    i += width;
  }
  return tokens;
}

/**
 * Groups tokens into sentences. A full stop after a short number ("6. Astana", "12.Internationale"), after a
 * single letter ("U.N.") or after one of the language's abbreviations ("Mr.", "г.") is an ordinal or an
 * abbreviation, not the end of a sentence.
 */
export function sentences(tokens: Token[], abbreviations: ReadonlySet<string> = new Set()): Sentence[] {
  const out: Sentence[] = [];
  let first = 0;
  let paragraph = 0;
  let pendingParagraph = 0;
  const close = (last: number): void => {
    // A run of newlines alone is a paragraph break, not a sentence.
    if (last > first && tokens.slice(first, last).some((t) => t.kind !== 'newline')) {
      const a = tokens[first];
      const b = tokens[last - 1];
      if (a && b) out.push({ index: out.length, first, last, start: a.start, end: b.end, paragraph });
    }
    first = last;
    paragraph = pendingParagraph;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    t.sentence = out.length;
    if (t.kind === 'newline') {
      if (tokens[i - 1]?.kind !== 'newline') pendingParagraph++;
      close(i + 1);
      continue;
    }
    if (t.kind === 'punct' && ENDERS.has(t.text)) {
      const prev = tokens[i - 1];
      const shortNum = t.text === '.' && prev?.kind === 'num' && prev.text.length <= 2;
      const abbrev =
        t.text === '.' && prev?.kind === 'word' && (prev.text.length === 1 || abbreviations.has(prev.text));
      if (shortNum || abbrev) continue;
      close(i + 1);
    }
  }
  close(tokens.length);
  for (const s of out) for (let i = s.first; i < s.last; i++) (tokens[i] as Token).sentence = s.index;
  return out;
}

const ARABIC = /^[\u0600-\u06ff]/;
const CONJ = ['و', 'ف'];
const PREP = ['ب', 'ل', 'ك'];
const HEBREW = /^[\u05d0-\u05ea]/;
// Hebrew writes "and", the prepositions "in, to, from, as", "that" and the article on the word: "ובמפגש", "מאיראן".
const HE_CONJ = 'ו';
const HE_PREP = ['ב', 'ל', 'מ', 'כ', 'ש'];
const HE_ARTICLE = 'ה';

// Readings by token, memoized: the same words recur in every article. Bounded so odd input cannot grow it forever.
interface Readings {
  all: readonly string[];
  /** The readings reached only by removing the article ال ("سورية" of "السورية"). */
  definite: ReadonlySet<string>;
}
const readings = new Map<string, Readings>();
const MAX_READINGS = 100_000;
const NO_DEFINITE: ReadonlySet<string> = new Set();

function readingsOf(token: string): Readings {
  let out = readings.get(token);
  if (out === undefined) {
    out = ARABIC.test(token)
      ? arabicReadings(token)
      : HEBREW.test(token)
        ? hebrewReadings(token)
        : { all: [token], definite: NO_DEFINITE };
    if (readings.size >= MAX_READINGS) readings.clear();
    readings.set(token, out);
  }
  return out;
}

/** Readings of a token with Arabic clitics removed (و ف, then ب ل ك, then ال; "لل" = ل + ال). Original first. */
export function cliticVariants(token: string): readonly string[] {
  return readingsOf(token).all;
}

/**
 * Whether a reading of the token exists only without its article: "السورية" read as "سورية" is the adjective
 * ("the Syrian talks"), never the country's name, which takes no article.
 */
export function articleOnlyReading(token: string, reading: string): boolean {
  return readingsOf(token).definite.has(reading);
}

function arabicReadings(token: string): Readings {
  const out = new Set<string>([token]);
  const bare = new Set<string>([token]);
  const withConj = [token, ...CONJ.filter((c) => token.startsWith(c)).map((c) => token.slice(c.length))];
  for (const a of withConj) {
    const withPrep = [a];
    for (const p of PREP) if (a.startsWith(p)) withPrep.push(a.slice(1));
    if (a.startsWith('لل')) withPrep.push('ال' + a.slice(2));
    for (const b of withPrep) {
      if (b.length >= 2) out.add(b);
      bare.add(b);
      if (b.startsWith('ال') && b.length >= 4) out.add(b.slice(2));
    }
  }
  return { all: [...out], definite: new Set([...out].filter((v) => !bare.has(v))) };
}

/** Hebrew readings: without ו, then without one preposition, then without the article ה (a reading of 2+ letters). */
function hebrewReadings(token: string): Readings {
  const out = new Set<string>([token]);
  const bare = new Set<string>([token]);
  const withConj = token.startsWith(HE_CONJ) ? [token, token.slice(1)] : [token];
  for (const a of withConj) {
    const withPrep = HE_PREP.some((p) => a.startsWith(p)) ? [a, a.slice(1)] : [a];
    for (const b of withPrep) {
      if (b.length >= 2) out.add(b);
      bare.add(b);
      if (b.startsWith(HE_ARTICLE) && b.length >= 3) out.add(b.slice(1));
    }
  }
  return { all: [...out], definite: new Set([...out].filter((v) => !bare.has(v))) };
}

/** Whether a word may carry clitics written on it (Arabic and Hebrew script). */
export function hasClitics(s: string): boolean {
  const c = s.charCodeAt(0);
  return (c >= 0x600 && c <= 0x6ff) || (c >= 0x5d0 && c <= 0x5ea);
}

export function isArabicScript(s: string): boolean {
  // The test of ARABIC on the first code unit, without a regular expression: it runs for every word of every article.
  const c = s.charCodeAt(0);
  return c >= 0x600 && c <= 0x6ff;
}
