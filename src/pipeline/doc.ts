// The analysed article every later stage reads: folded text, tokens, sentences, dictionary mentions and dates.
// Pure; built once per article by pipeline.ts.
import type { Article, Evidence } from '../domain.js';
import type { DateMention } from './extract/dates.js';
import type { Dictionary } from './extract/dictionary.js';
import type { CueName, Knowledge, Lexicon, ValueName } from './knowledge.js';
import type { Mention } from './extract/mentions.js';
import type { Folded } from './normalize/fold.js';
import { foldKey, toOriginal } from './normalize/fold.js';
import type { Sentence, Token } from './normalize/tokens.js';

export interface Doc {
  article: Article;
  knowledge: Knowledge;
  dict: Dictionary;
  lex: Lexicon;
  folded: Folded;
  tokens: Token[];
  sentences: Sentence[];
  mentions: Mention[];
  /** Mention covering each token index (undefined where none). */
  cover: (Mention | undefined)[];
  dates: DateMention[];
  warnings: string[];
  /** The doc reads the article's title (its headline), not its text: `article.text` holds the title. */
  headline?: true;
}

/** The original text and offsets of the token range [first, last). */
export function span(doc: Doc, first: number, last: number): { text: string; start: number; end: number } {
  const a = doc.tokens[first];
  const b = doc.tokens[Math.max(first, last - 1)];
  if (!a || !b) return { text: '', start: 0, end: 0 };
  const { start, end } = toOriginal(doc.folded, a.start, b.end);
  return { text: doc.article.text.slice(start, end), start, end };
}

type Cue = CueName | ValueName;

// Plain loops in the lookups every rule calls (several per token): no closure per call, and fixed parameters rather
// than a rest array, which allocated an array on every call (a few percent of the extraction's garbage).
/** Whether the mention (if any) lists one of the given cues (up to six; `hasAnyCue` takes a list). */
export function hasCue(m: Mention | undefined, a: Cue, b?: Cue, c?: Cue, d?: Cue, e?: Cue, f?: Cue): boolean {
  if (!m) return false;
  const cues = m.cues;
  for (let i = 0; i < cues.length; i++) {
    const k = cues[i];
    if (k === a || k === b || k === c || k === d || k === e || k === f) return true;
  }
  return false;
}

/** Whether the mention (if any) lists one of the cues of a list. */
export function hasAnyCue(m: Mention | undefined, cues: readonly Cue[]): boolean {
  if (!m) return false;
  const own = m.cues;
  for (let i = 0; i < own.length; i++) if (cues.includes(own[i] as Cue)) return true;
  return false;
}

// Mentions grouped by sentence, built once per doc: scanning every mention for each sentence made extraction
// quadratic in article size (a 2 MB article took 30 s). By sentence index in an array: a map's lookup was most of
// the cost of this call, which rules make for every sentence again and again.
const bySentence = new WeakMap<Doc, (Mention[] | undefined)[]>();

/** Mentions of one sentence, in order. */
export function sentenceMentions(doc: Doc, sentence: number): Mention[] {
  let index = bySentence.get(doc);
  if (!index) {
    index = [];
    for (const m of doc.mentions) {
      const list = index[m.sentence];
      if (list) list.push(m);
      else index[m.sentence] = [m];
    }
    bySentence.set(doc, index);
  }
  return index[sentence] ?? [];
}

// The cue names of each sentence's mentions together, per doc, made as asked: rules ask whether a sentence holds
// any of a list of cues for every sentence and every round, and scanned its mentions each time.
const cuesBySentence = new WeakMap<Doc, (ReadonlySet<Cue> | undefined)[]>();

/** Whether some mention of the sentence lists one of the cues (`sentenceMentions(...).some(m => hasAnyCue(m, cues))`). */
export function sentenceHasAnyCue(doc: Doc, sentence: number, cues: readonly Cue[]): boolean {
  let all = cuesBySentence.get(doc);
  if (all === undefined) cuesBySentence.set(doc, (all = []));
  let set = all[sentence];
  if (set === undefined) {
    const own = new Set<Cue>();
    for (const m of sentenceMentions(doc, sentence)) for (let i = 0; i < m.cues.length; i++) own.add(m.cues[i] as Cue);
    all[sentence] = set = own;
  }
  for (let i = 0; i < cues.length; i++) if (set.has(cues[i] as Cue)) return true;
  return false;
}

// The folded words of a lexicon's cue list, per lexicon and cue: rules compare tokens with them, and folding the list
// again for every token was a hot spot (delegation words, for each speech verb's subject).
const cueWordSets = new WeakMap<Lexicon, Map<CueName, ReadonlySet<string>>>();

/** The lexicon's words of a cue, folded as article tokens are. */
export function cueWords(lex: Lexicon, cue: CueName): ReadonlySet<string> {
  let byCue = cueWordSets.get(lex);
  if (!byCue) cueWordSets.set(lex, (byCue = new Map<CueName, ReadonlySet<string>>()));
  let words = byCue.get(cue);
  if (!words) byCue.set(cue, (words = new Set((lex.cues[cue] ?? []).map(foldKey))));
  return words;
}

/** Whether the lexicon lists the folded token text under a cue (for single-token checks). */
export function tokenIs(doc: Doc, i: number, cue: CueName): boolean {
  const m = doc.cover[i];
  return !!m && hasCue(m, cue) && m.first === i && m.last === i + 1;
}

// Whether a UTF-16 code unit is an upper-case letter (1) or not (2), memoized: rules ask it of nearly every word.
const upperUnit = new Uint8Array(0x10000);

/** First letter of the token's original text is upper case (for scripts that have case). */
export function capitalized(doc: Doc, i: number): boolean {
  // The first code unit of span(doc, i, i + 1).text, read in place: no span object and no slice per call.
  const t = doc.tokens[i];
  if (!t) return false;
  const code = doc.article.text.charCodeAt(doc.folded.map[t.start] ?? 0);
  if (Number.isNaN(code)) return false;
  let k = upperUnit[code] ?? 0;
  if (k === 0) {
    const c = String.fromCharCode(code);
    k = c !== c.toLowerCase() && c === c.toUpperCase() ? 1 : 2;
    upperUnit[code] = k;
  }
  return k === 1;
}

export function hasCase(text: string): boolean {
  return /[\p{Lu}]/u.test(text);
}

// The original text of each token, per doc, filled as asked: name rules read the same words several times (runs of
// two and three words, with and without case endings, then the word alone), and each slice was a new string to hash.
const originalWords = new WeakMap<Doc, (string | undefined)[]>();

/** `span(doc, i, i + 1).text`, one string per token and doc (callers only read it). */
export function originalWord(doc: Doc, i: number): string {
  let words = originalWords.get(doc);
  if (words === undefined) originalWords.set(doc, (words = new Array<string | undefined>(doc.tokens.length)));
  let w = words[i];
  if (w === undefined) {
    w = span(doc, i, i + 1).text;
    if (i >= 0 && i < words.length) words[i] = w;
  }
  return w;
}

// Whether a UTF-16 code unit is an upper-case letter (\p{Lu}: 1) or not (2), memoized for `hasCaseAt`.
const luUnit = new Uint8Array(0x10000);

/** `hasCase(span(doc, i, i + 1).text)` read in place: rules ask it of most words, and the slice was garbage. */
export function hasCaseAt(doc: Doc, i: number): boolean {
  const t = doc.tokens[i];
  if (!t) return false;
  // The original offsets of the token, as toOriginal gives them (no object per call).
  const map = doc.folded.map;
  const start = map[t.start] ?? 0;
  const last = map[Math.max(t.start, t.end - 1)] ?? start;
  const text = doc.article.text;
  const end = Math.min(Math.max(map[t.end] ?? last + 1, last + 1), text.length);
  for (let j = start; j < end; j++) {
    const c = text.charCodeAt(j);
    if (c >= 0xd800 && c <= 0xdbff && j + 1 < end) {
      // A letter outside the BMP (rare): asked of the pair itself.
      if (/\p{Lu}/u.test(text.slice(j, j + 2))) return true;
      j++;
      continue;
    }
    let k = luUnit[c] ?? 0;
    if (k === 0) luUnit[c] = k = /\p{Lu}/u.test(String.fromCharCode(c)) ? 1 : 2;
    if (k === 1) return true;
  }
  return false;
}

/**
 * Token-level quote state: true inside "...". Short quotes (a name, a channel: “RT”) are not speech; a quote its
 * paragraph never closes ends with its sentence, so a missing closing mark cannot hide the sentences after it.
 */
export function quoteMask(doc: Doc): boolean[] {
  // Asked by three stages (frames, participation, statements): made once per doc and shared, so callers only read it.
  let mask = quoteMasks.get(doc);
  if (!mask) {
    mask = maskOf(doc);
    quoteMasks.set(doc, mask);
  }
  return mask;
}

const quoteMasks = new WeakMap<Doc, boolean[]>();

function maskOf(doc: Doc): boolean[] {
  const mask: boolean[] = new Array<boolean>(doc.tokens.length).fill(false);
  let open = -1;
  doc.tokens.forEach((t, i) => {
    if (t.kind === 'newline') {
      const sentence = doc.tokens[open]?.sentence;
      if (open >= 0) for (let j = open; j < i && doc.tokens[j]?.sentence === sentence; j++) mask[j] = true;
      open = -1;
    }
    if (t.kind !== 'punct' || t.text !== '"') return;
    if (open < 0) {
      open = i;
      return;
    }
    if (i - open > 5) for (let j = open; j <= i; j++) mask[j] = true;
    open = -1;
  });
  return mask;
}

/**
 * The evidence of a token range [first, last): its article and original text and offsets. A doc read from the
 * article's title (its headline, `headline: true`) gives spans of the title.
 */
export function evidence(doc: Doc, first: number, last: number): Evidence {
  const s = span(doc, first, last);
  const e: Evidence = { articleId: doc.article.id, text: s.text, start: s.start, end: s.end };
  if (doc.headline) e.inTitle = true;
  return e;
}
