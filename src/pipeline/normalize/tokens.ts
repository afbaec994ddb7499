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

const TOKEN = /(\p{L}[\p{L}\p{M}]*)|(\p{N}+)|(\n)|([^\s\p{L}\p{N}])/gu;
const ENDERS = new Set(['.', '!', '?']);

/** Splits folded text into tokens; letters and digits are separate tokens ("20th" → "20", "th"). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index;
    const kind: TokenKind = m[1] ? 'word' : m[2] ? 'num' : m[3] ? 'newline' : 'punct';
    tokens.push({ text: m[0], kind, start, end: start + m[0].length, sentence: 0 });
  }
  return tokens;
}

/**
 * Groups tokens into sentences. A full stop after a short number ("6. Astana", "12.Internationale") or after a
 * single letter ("U.N.") is an ordinal or an abbreviation, not the end of a sentence.
 */
export function sentences(tokens: Token[]): Sentence[] {
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
      const abbrev = t.text === '.' && prev?.kind === 'word' && prev.text.length === 1;
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

/** Readings of a token with Arabic clitics removed (و ف, then ب ل ك, then ال; "لل" = ل + ال). Original first. */
export function cliticVariants(token: string): string[] {
  if (!ARABIC.test(token)) return [token];
  const out = new Set<string>([token]);
  const withConj = [token, ...CONJ.filter((c) => token.startsWith(c)).map((c) => token.slice(c.length))];
  for (const a of withConj) {
    const withPrep = [a];
    for (const p of PREP) if (a.startsWith(p)) withPrep.push(a.slice(1));
    if (a.startsWith('لل')) withPrep.push('ال' + a.slice(2));
    for (const b of withPrep) {
      if (b.length >= 2) out.add(b);
      if (b.startsWith('ال') && b.length >= 4) out.add(b.slice(2));
    }
  }
  return [...out];
}

export function isArabicScript(s: string): boolean {
  return ARABIC.test(s);
}
