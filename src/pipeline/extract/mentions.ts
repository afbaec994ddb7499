// Stage 3b: mentions — longest-match lookup of token n-grams in the dictionary, Arabic and Hebrew clitics allowed on
// the first token ("وروسيا", "لكازاخستان", "وبمشاركة", "וטורקיה"). Pure. One hash probe per (position, length):
// linear in the text.
import type { Dictionary, Entry, PhraseNode } from './dictionary.js';
import type { CueName, ValueName } from '../knowledge.js';

type Cue = CueName | ValueName;
import type { Folded } from '../normalize/fold.js';
import { toOriginal } from '../normalize/fold.js';
import type { Token } from '../normalize/tokens.js';
import type { Readings } from '../normalize/clitics.js';
import { readingsOf } from '../normalize/clitics.js';

export interface Mention {
  /** Set when the mention is made (`cuesOf` gives `cues` with it): a stage that adds an entry calls `withEntry`. */
  readonly entries: Entry[];
  /**
   * The cue names among `entries`, each once, in order: `hasCue`, asked several times per token, reads this short
   * list of the mention's own instead of every entry object of the dictionary (most of its time was those loads).
   */
  readonly cues: readonly Cue[];
  /** Token range [first, last) in the article's token list. */
  first: number;
  last: number;
  /** Folded offsets. */
  start: number;
  end: number;
  sentence: number;
}

// Punctuation that a name never spans; hyphens, apostrophes and dots inside names ("Nur-Sultan", "U.N.") do not break.
// A set of the one-character tokens rather than a regular expression: rules ask it of nearly every token.
const HARD: ReadonlySet<string> = new Set([
  ',',
  '،',
  ';',
  ':',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  '"',
  '!',
  '?',
  '\n',
  '…',
  '|',
  '/',
]);

export function isHard(t: Token): boolean {
  return t.kind === 'newline' || (t.kind === 'punct' && HARD.has(t.text));
}

/** Word and number token indexes, with a flag marking a hard break before each. */
export function wordIndex(tokens: Token[]): { idx: number[]; breakBefore: boolean[] } {
  // Counted first, then filled: arrays grown by `push` over every word of the article were a third of the mention
  // stage's garbage (each growth a new copy).
  let n = 0;
  for (let i = 0; i < tokens.length; i++) {
    const k = (tokens[i] as Token).kind;
    if (k === 'word' || k === 'num') n++;
  }
  const idx = new Array<number>(n);
  const breakBefore = new Array<boolean>(n);
  let w = 0;
  let pendingBreak = true;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind === 'word' || t.kind === 'num') {
      idx[w] = i;
      breakBefore[w++] = pendingBreak;
      pendingBreak = false;
    } else if (isHard(t)) pendingBreak = true;
    // A full stop ends a name unless it closes a single letter ("U.N.").
    else if (t.kind === 'punct' && t.text === '.' && (tokens[i - 1]?.text.length ?? 0) > 1) pendingBreak = true;
  }
  return { idx, breakBefore };
}

function isUpper(original: string): boolean {
  const letters = original.replace(/[^\p{L}]/gu, '');
  return letters !== '' && letters === letters.toUpperCase();
}

/**
 * The entries of the phrases starting at one word, by length in words (`lists[n - 1]`, set up to `len`): one per
 * article, emptied at each word. An array per word that starts a phrase, sized by the first length written (often
 * past the first slot), was the largest garbage of the mention stage.
 */
interface Found {
  lists: (Entry[] | undefined)[];
  len: number;
}

/**
 * The readings of a word (without its clitics) that begin some key of the dictionary: their nodes in the phrase tree,
 * readings in order, and whether each was reached by removing an article (see Readings.definite).
 */
interface Starts {
  nodes: readonly PhraseNode[];
  definite: readonly boolean[];
}

/** A word none of whose readings begins a key: shared, never written to. */
const NO_STARTS: Starts = { nodes: [], definite: [] };

/** Words of a clitic script memoized per dictionary; bounded like the readings memo against odd input. */
const MAX_STARTS = 100_000;
const startsBy = new WeakMap<Dictionary, Map<string, Starts>>();

/** The memo of a dictionary's clitic-script words (one lookup per article, not per word). */
function startsMemo(dict: Dictionary): Map<string, Starts> {
  let memo = startsBy.get(dict);
  if (memo === undefined) startsBy.set(dict, (memo = new Map<string, Starts>()));
  return memo;
}

/**
 * The tree nodes a word of a clitic script starts from. Most Arabic words have several readings ("وبالمفاوضات",
 * "بالمفاوضات", "المفاوضات" ...) and most start no key: probing the tree with each at every occurrence was most of
 * the lookup's cost in Arabic; the readings that start a key are the same for every occurrence of the word.
 */
function startsOf(dict: Dictionary, memo: Map<string, Starts>, word: string, r: Readings): Starts {
  let s = memo.get(word);
  if (s === undefined) {
    const nodes: PhraseNode[] = [];
    const definite: boolean[] = [];
    for (let i = 0; i < r.all.length; i++) {
      const node = dict.trie.next.get(r.all[i] ?? '');
      if (node === undefined) continue;
      nodes.push(node);
      definite.push(r.definite[i] === true);
    }
    s = nodes.length ? { nodes, definite } : NO_STARTS;
    if (memo.size >= MAX_STARTS) memo.clear();
    memo.set(word, s);
  }
  return s;
}

/**
 * The dictionary entries of every phrase starting at word w, by its length in words (into `found`), with every clitic
 * reading of the first token ("وقال" is a stop word and, without و, a speech verb), readings in order. A phrase is
 * extended only while some key goes on with its next word, so a position costs a few probes, not one per possible length.
 * Most words start no phrase: they cost one probe and no allocation.
 */
function phrasesAt(
  dict: Dictionary,
  memo: Map<string, Starts>,
  words: string[],
  breakBefore: boolean[],
  w: number,
  found: Found,
): void {
  for (let i = 0; i < found.len; i++) found.lists[i] = undefined;
  found.len = 0;
  const first = words[w] ?? '';
  const r = readingsOf(dict.clitics, first);
  if (r === null) {
    extend(dict.trie.next.get(first), words, breakBefore, w, dict.maxLen, found, false);
    return;
  }
  const s = startsOf(dict, memo, first, r);
  for (let i = 0; i < s.nodes.length; i++)
    extend(s.nodes[i], words, breakBefore, w, dict.maxLen, found, s.definite[i] === true);
}

/**
 * Walks the phrase tree from one reading of word w, adding the entries of every key that ends on the way; a phrase
 * spans at most the dictionary's longest key and never a hard break (checked as the walk goes: most walks stop at
 * the first word, so measuring the reach of every position beforehand cost more than the walk).
 */
function extend(
  start: PhraseNode | undefined,
  words: string[],
  breakBefore: boolean[],
  w: number,
  maxLen: number,
  found: Found,
  definite: boolean,
): void {
  let node = start;
  for (let n = 1; node && n <= maxLen; n++) {
    if (n > 1) {
      const j = w + n - 1;
      if (j >= words.length || breakBefore[j]) break;
      node = node.next.get(words[j] ?? '');
    }
    if (!node?.entries) continue;
    const had = found.lists[n - 1];
    const entries = definite ? withoutStateNames(node.entries) : node.entries;
    // The dictionary's own list when one reading ends here (most phrases): mentions only read their entries.
    found.lists[n - 1] = had === undefined ? entries : merged(had, entries);
    if (n > found.len) found.len = n;
  }
}

/** A country's name: read only without an article it is the adjective, not the name (see Readings.definite). */
function isStateName(e: Entry): boolean {
  return e.type === 'state' && e.form === 'name';
}

// The entries of a key less the state names, per dictionary list: a key read with an article ("الروسي") is met in
// nearly every Arabic article, and filtering its list again at every occurrence was a new array each time.
const definiteLists = new WeakMap<Entry[], Entry[]>();

function withoutStateNames(entries: Entry[]): Entry[] {
  let out = definiteLists.get(entries);
  if (out === undefined) definiteLists.set(entries, (out = entries.filter((e) => !isStateName(e))));
  return out;
}

/** The entries of `a` then those of `b` not in `a`, in order; `a` itself when `b` adds none. */
function merged(a: Entry[], b: Entry[]): Entry[] {
  let out: Entry[] | null = null;
  for (const e of b) if (!a.includes(e)) (out ??= [...a]).push(e);
  return out ?? a;
}

/** All dictionary mentions, left to right, longest match first; overlapping shorter matches are skipped. */
export function findMentions(dict: Dictionary, tokens: Token[], folded: Folded, original: string): Mention[] {
  const { idx, breakBefore } = wordIndex(tokens);
  const words = new Array<string>(idx.length);
  for (let w = 0; w < idx.length; w++) words[w] = tokens[idx[w] as number]?.text ?? '';
  const out: Mention[] = [];
  const memo = startsMemo(dict);
  const found: Found = { lists: new Array<Entry[] | undefined>(dict.maxLen).fill(undefined), len: 0 };
  for (let w = 0; w < idx.length;) {
    let matched = 0;
    phrasesAt(dict, memo, words, breakBefore, w, found);
    for (let n = found.len; n >= 1 && matched === 0; n--) {
      const entries = found.lists[n - 1];
      if (!entries) continue;
      const a = idx[w] ?? 0;
      const b = (idx[w + n - 1] ?? 0) + 1;
      const startTok = tokens[a];
      const endTok = tokens[b - 1];
      if (!startTok || !endTok) continue;
      const ok = anyUpper(entries)
        ? entries.filter((e) => !e.upper || isUpper(spanText(folded, original, startTok, endTok)))
        : entries;
      if (!ok.length) continue;
      out.push({
        entries: ok,
        cues: cuesOf(ok),
        first: a,
        last: b,
        start: startTok.start,
        end: endTok.end,
        sentence: startTok.sentence,
      });
      matched = n;
    }
    w += matched || 1;
  }
  return out;
}

/** Whether an entry of the list is an acronym's (a plain loop: a closure per position cost more than the match). */
function anyUpper(entries: Entry[]): boolean {
  for (const e of entries) if (e.upper) return true;
  return false;
}

function spanText(folded: Folded, original: string, a: Token, b: Token): string {
  const span = toOriginal(folded, a.start, b.end);
  return original.slice(span.start, span.end);
}

// The map of a mention list, per list: the dates and rounds stages ask it of the same article's mentions, and each
// built a map of every mention of the article (a tenth of the mention stage's garbage). Lists are not changed once
// found (stages read them); a stage that wants another list makes a new array, which gets its own map.
const byFirstOf = new WeakMap<readonly Mention[], Map<number, Mention>>();

/**
 * Mentions by their first token (the later one where two start alike, as a map built from the list would keep). A
 * loop of `set`s: building it from an array of pairs made a pair per mention, twice per article. Shared per list:
 * callers only read it.
 */
export function mentionsByFirst(mentions: readonly Mention[]): Map<number, Mention> {
  let out = byFirstOf.get(mentions);
  if (out === undefined) {
    out = new Map<number, Mention>();
    for (const m of mentions) out.set(m.first, m);
    byFirstOf.set(mentions, out);
  }
  return out;
}

/** Shared by every mention with no entry of a kind (most of them): read-only, so no array is made per call. */
const NO_ENTRIES: readonly never[] = Object.freeze([]);

export function entriesOf<T extends Entry['type']>(m: Mention, type: T): readonly Extract<Entry, { type: T }>[] {
  let out: Extract<Entry, { type: T }>[] | null = null;
  for (const e of m.entries) if (e.type === type) (out ??= []).push(e as Extract<Entry, { type: T }>);
  return out ?? NO_ENTRIES;
}

export function cueOf(m: Mention, cue: Cue): Extract<Entry, { type: 'cue' }> | undefined {
  if (!m.cues.includes(cue)) return undefined; // most mentions: no need to read their entries
  for (const e of m.entries) if (e.type === 'cue' && e.cue === cue) return e;
  return undefined;
}

/**
 * Shared by every mention without a cue (most names): read-only by its type, not frozen, since a frozen array's
 * elements kind makes V8 iterate it through the generic iterator (an object per step, in every rule that loops).
 */
const NO_CUES: readonly Cue[] = [];

// The cue names of an entry list, per list: most mentions hold the dictionary's own list of their phrase, so a phrase
// met again shares the list made for it the first time.
const cueLists = new WeakMap<readonly Entry[], readonly Cue[]>();

/** The cue names of a list of entries, each once, in order (a mention's `cues`). */
export function cuesOf(entries: readonly Entry[]): readonly Cue[] {
  let out = cueLists.get(entries);
  if (out === undefined) {
    let list: Cue[] | null = null;
    for (const e of entries) if (e.type === 'cue' && !(list ??= []).includes(e.cue)) list.push(e.cue);
    cueLists.set(entries, (out = list ?? NO_CUES));
  }
  return out;
}

/** Adds an entry to a mention, its cue names with it (`entries` and `cues` must agree: hasCue reads only `cues`). */
export function withEntry(m: Mention, e: Entry): void {
  const entries = [...m.entries, e];
  const w = m as { entries: Entry[]; cues: readonly Cue[] };
  w.entries = entries;
  w.cues = cuesOf(entries);
}
