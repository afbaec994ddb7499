// Stage 2: tokens and sentences over the folded text (the clitics written on words: clitics.ts).
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

// The full stops of scripts without spaces ("。", "।", "۔") end sentences too.
const ENDERS = new Set(['.', '!', '?', '。', '！', '？', '।', '۔']);

// Character classes of the tokenizer, memoized by code point: letters start and continue words, marks continue them,
// digits make numbers, a newline is a token of its own, other spaces separate, anything else is one punctuation token.
const LETTER = 1;
const MARK = 2;
const DIGIT = 3;
const NEWLINE = 4;
const SPACE = 5;
const OTHER = 6;
/** A letter of a script written without spaces between words (Han, kana, Thai ...): each is a word of its own. */
const SOLO = 7;
const bmpClass = new Uint8Array(0x10000);
const astralClass = new Map<number, number>();

// Scripts written without spaces between words: a run of their letters is no word, so each letter is a token and
// names and cues written in them are found as runs of letters (the dictionary's keys are tokenized the same way).
const UNSPACED = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]/u;

/** Whether a token is a letter of a script written without spaces (a word token of one letter, not a word). */
export function unspacedLetter(text: string): boolean {
  return text.length <= 2 && UNSPACED.test(text);
}

function classify(c: string): number {
  if (c === '\n') return NEWLINE;
  if (UNSPACED.test(c)) return SOLO;
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

const QUOTE = 0x22;
const APOSTROPHE = 0x27;

/** Whether code unit c is a Hebrew letter. */
function hebrewLetter(c: number): boolean {
  return c >= 0x5d0 && c <= 0x5ea;
}

/**
 * A geresh or gershayim written as a quote mark inside a Hebrew word ("בינ"ל", "ח'אגי", "ד"ר", folded from ” and ’):
 * part of the word, not a quotation.
 */
function hebrewAbbreviationMark(text: string, j: number, wordStart: number, proclitics: ReadonlySet<string>): boolean {
  // By code unit: asked at every letter of every word, and `text[j]` made a string of each letter outside Latin-1.
  const c = text.charCodeAt(j);
  if (
    (c !== QUOTE && c !== APOSTROPHE) ||
    !hebrewLetter(text.charCodeAt(j - 1)) ||
    !hebrewLetter(text.charCodeAt(j + 1))
  )
    return false;
  // A prefix letter alone before the mark opens a quotation: ו"רוסיה" is "and" + a quoted word.
  return !(j - wordStart === 1 && proclitics.has(text[wordStart] ?? ''));
}

const NO_PROCLITICS: ReadonlySet<string> = new Set();

/**
 * Splits folded text into tokens; letters and digits are separate tokens ("20th" → "20", "th"). `proclitics`: the
 * one-letter proclitics of the knowledge's languages (CliticReader.letters), for quote marks inside Hebrew words.
 */
export function tokenize(text: string, proclitics: ReadonlySet<string> = NO_PROCLITICS): Token[] {
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
        if (k === LETTER && hebrewAbbreviationMark(text, j, i, proclitics)) {
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
    if (k === SOLO) {
      // One letter, with the marks written on it (Thai vowel and tone marks).
      let j = i + width;
      while (j < text.length && classAt(text.codePointAt(j) ?? 0) === MARK) j += 1;
      push(i, j, 'word');
      i = j;
      continue;
    }
    if (k === NEWLINE) push(i, i + 1, 'newline');
    else if (k !== SPACE) push(i, i + width, 'punct');
    i += width;
  }
  return tokens;
}

/** Whether the tokens [first, last) are all newlines (a loop: a slice per sentence was garbage for nothing). */
function onlyNewlines(tokens: Token[], first: number, last: number): boolean {
  for (let i = first; i < last; i++) if (tokens[i]?.kind !== 'newline') return false;
  return true;
}

/**
 * Groups tokens into sentences. A full stop after a short number is an ordinal where the language writes ordinals so
 * ("6. Astana") or where a word follows it without a space ("12.Internationale"); a full stop after a single letter
 * ("U.N.") or after one of the language's abbreviations ("Mr.", "г.") is an abbreviation: none ends the sentence.
 */
export function sentences(
  tokens: Token[],
  abbreviations: ReadonlySet<string> = new Set(),
  /** A period after a short number marks an ordinal (lexicon "dotOrdinals"): it ends no sentence. */
  dotOrdinals = true,
): Sentence[] {
  const out: Sentence[] = [];
  let first = 0;
  let paragraph = 0;
  let pendingParagraph = 0;
  const close = (last: number): void => {
    // A run of newlines alone is a paragraph break, not a sentence.
    if (last > first && !onlyNewlines(tokens, first, last)) {
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
      // Where a dot marks ordinals, "am 23. Januar" goes on; elsewhere "on January 23-24. The ..." ends there, unless
      // a word is glued to the stop ("12.Internationale").
      const shortNum =
        t.text === '.' &&
        prev?.kind === 'num' &&
        prev.text.length <= 2 &&
        (dotOrdinals || tokens[i + 1]?.start === t.end);
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
