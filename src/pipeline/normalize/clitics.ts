// Clitics written on words (Arabic "وبالمفاوضات", Hebrew "ובמפגש"): the readings of a word without them, read from
// the lexicons' `clitics` sections. Pure; compiled once per knowledge load, so a language with clitics needs rows of
// data, not code.
import type { Clitics, Knowledge } from '../knowledge.js';

/** A word and its readings without clitics, the word first; memoized, shared: callers only read them. */
export interface Readings {
  all: readonly string[];
  /** Parallel to `all`: the reading is reached only by removing an article ("سورية" of "السورية", the adjective). */
  definite: readonly boolean[];
}

/** One proclitic slot, compiled: its forms, and the fused forms with what they read as. */
interface Slot {
  forms: readonly string[];
  contractions: readonly (readonly [string, string])[];
  article: boolean;
}

/** One language's clitics, compiled, with its own memo of readings (keyed by the table, so by knowledge and language). */
export interface CliticTable {
  lang: string;
  lo: number;
  hi: number;
  shortest: number;
  slots: readonly Slot[];
  conjunctions: readonly string[];
  and: readonly string[];
  articles: readonly string[];
  /** Fused forms that read as one beginning with an article ("لل" → "ال"). */
  definiteContractions: readonly string[];
  /** Proclitics that say to whom something is said, and ones that put an event at a place (see Clitics). */
  addressee: readonly string[];
  locative: readonly string[];
  /** The articles that never open a personal name (none unless the lexicon says so). */
  nameless: readonly string[];
  memo: Map<string, Readings>;
}

/** The clitic tables an article's words are read with: its own language's first, then the others by script. */
export interface CliticReader {
  tables: readonly CliticTable[];
  /** Every one-letter proclitic: one alone before a quote mark opens a quotation ("ו"רוסיה""). */
  letters: ReadonlySet<string>;
  /** The code units every table's script lies within: a word outside (most words) is asked of no table. */
  lo: number;
  hi: number;
}

const MAX_READINGS = 100_000;

function compile(lang: string, c: Clitics): CliticTable {
  const slots = c.proclitics.map((p) => ({
    forms: p.forms,
    contractions: Object.entries(p.contractions ?? {}),
    article: p.function === 'article',
  }));
  const of = (f: string): string[] => c.proclitics.filter((p) => p.function === f).flatMap((p) => p.forms);
  const articles = of('article');
  return {
    lang,
    lo: parseInt(c.script[0], 16),
    hi: parseInt(c.script[1], 16),
    shortest: c.shortest,
    slots,
    conjunctions: of('conjunction'),
    and: c.proclitics.flatMap((p) => p.and ?? []),
    articles,
    definiteContractions: slots
      .flatMap((s) => s.contractions)
      .filter(([, to]) => articles.some((a) => to.startsWith(a)))
      .map(([from]) => from),
    addressee: c.addressee ?? [],
    locative: c.locative ?? [],
    nameless: c.articleOpensNoName ? articles : [],
    memo: new Map(),
  };
}

const readers = new WeakMap<Knowledge, Map<string, CliticReader>>();

/** The reader for articles in `lang` (a base tag: "ar"), built once per knowledge load. */
export function cliticReader(k: Knowledge, lang: string): CliticReader {
  let byLang = readers.get(k);
  if (!byLang) {
    byLang = new Map();
    readers.set(k, byLang);
  }
  let reader = byLang.get(lang);
  if (!reader) {
    // Tables are shared by every language's reader, so each memo fills once per knowledge load.
    const all = [...byLang.values()][0]?.tables ?? tablesOf(k);
    const tables = [...all.filter((t) => t.lang === lang), ...all.filter((t) => t.lang !== lang)];
    const letters = new Set(all.flatMap((t) => t.slots.flatMap((s) => s.forms.filter((f) => f.length === 1))));
    const lo = Math.min(...tables.map((t) => t.lo));
    const hi = Math.max(...tables.map((t) => t.hi));
    reader = { tables, letters, lo, hi };
    byLang.set(lang, reader);
  }
  return reader;
}

/** Every one-letter proclitic of the knowledge's languages, for the tokenizer (the same set for every language). */
export function procliticLetters(k: Knowledge): ReadonlySet<string> {
  return cliticReader(k, '').letters;
}

function tablesOf(k: Knowledge): CliticTable[] {
  const out: CliticTable[] = [];
  for (const lex of Object.values(k.lexicons)) if (lex.clitics) out.push(compile(lex.lang, lex.clitics));
  return out;
}

/** The table whose script the word is written in (by its first code unit), or null: most words have none. */
export function tableOf(reader: CliticReader, word: string): CliticTable | null {
  const c = word.charCodeAt(0);
  if (!(c >= reader.lo && c <= reader.hi)) return null;
  for (const t of reader.tables) if (c >= t.lo && c <= t.hi) return t;
  return null;
}

/** Readings of a word without its clitics (the word first), or null when its script has none. */
export function readingsOf(reader: CliticReader, word: string): Readings | null {
  const t = tableOf(reader, word);
  if (t === null) return null;
  let out = t.memo.get(word);
  if (out === undefined) {
    out = read(t, word);
    if (t.memo.size >= MAX_READINGS) t.memo.clear();
    t.memo.set(word, out);
  }
  return out;
}

/** Every reading: each slot in order is kept or removed (one form of it, or a fused form read as its remainder). */
function read(t: CliticTable, word: string): Readings {
  const out = new Set<string>([word]);
  const bare = new Set<string>([word]);
  const visit = (w: string, slot: number, definite: boolean): void => {
    const s = t.slots[slot];
    if (s === undefined) {
      if (w.length >= t.shortest) out.add(w);
      if (!definite) bare.add(w);
      return;
    }
    visit(w, slot + 1, definite);
    for (const f of s.forms) if (w.startsWith(f)) visit(w.slice(f.length), slot + 1, definite || s.article);
    for (const [from, to] of s.contractions)
      if (w.startsWith(from)) visit(to + w.slice(from.length), slot + 1, definite || s.article);
  };
  visit(word, 0, false);
  const all = [...out];
  return { all, definite: all.map((v) => !bare.has(v)) };
}

/** The word begins with "and" written on it ("وإيران", "וטורקיה"). */
export function andGlued(reader: CliticReader, word: string): boolean {
  const t = tableOf(reader, word);
  return t !== null && t.and.some((a) => word.startsWith(a));
}

/** "And" written on a word that begins with the article or with "and" again ("والإيراني", "ووفد"). */
export function andBeforeArticle(reader: CliticReader, word: string): boolean {
  const t = tableOf(reader, word);
  if (t === null) return false;
  for (const a of t.and)
    if (
      word.startsWith(a) &&
      (t.articles.some((x) => word.startsWith(x, a.length)) || t.and.some((x) => word.startsWith(x, a.length)))
    )
      return true;
  return false;
}

/** The word bears the article, maybe after a conjunction or fused with a preposition ("الوفد", "فللوفد"). */
export function definiteWord(reader: CliticReader, word: string): boolean {
  const t = tableOf(reader, word);
  if (t === null) return false;
  const at = (i: number): boolean =>
    t.articles.some((x) => word.startsWith(x, i)) || t.definiteContractions.some((x) => word.startsWith(x, i));
  return at(0) || t.conjunctions.some((c) => word.startsWith(c) && at(c.length));
}

/** The conjunctions that may be written on a word of the same script as `word` ("و", "ف" for an Arabic name). */
export function conjunctionsBefore(reader: CliticReader, word: string): readonly string[] {
  return tableOf(reader, word)?.conjunctions ?? [];
}

/** The word is an article alone, split from what it defines ("ال" of "الـ20"). */
export function bareArticle(reader: CliticReader, word: string): boolean {
  const t = tableOf(reader, word);
  return t !== null && t.articles.includes(word);
}

/** The word without the article it begins with ("الوزير" → "وزير"); the word itself when it has none. */
export function withoutArticle(reader: CliticReader, word: string): string {
  const a = tableOf(reader, word)?.articles.find((x) => word.startsWith(x));
  return a === undefined ? word : word.slice(a.length);
}

/** The word begins with a proclitic saying to whom something is said ("لعنب بلدي"). */
export function addresseeWord(reader: CliticReader, word: string): boolean {
  return (tableOf(reader, word)?.addressee ?? []).some((x) => word.startsWith(x));
}

/** The word begins with a proclitic that puts an event at the place it names ("بأستانا"). */
export function locativeWord(reader: CliticReader, word: string): boolean {
  return (tableOf(reader, word)?.locative ?? []).some((x) => word.startsWith(x));
}

/** The word opens with an article that no personal name opens with ("العربية" starts adjectives, not a name). */
export function articleOpensNoName(reader: CliticReader, word: string): boolean {
  return (tableOf(reader, word)?.nameless ?? []).some((x) => word.startsWith(x));
}
