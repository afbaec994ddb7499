// Stage 3a: the phrase dictionary — every gazetteer name and lexicon cue, folded and tokenized like article text,
// in one hash of token n-grams. Pure; built once per language and cached by the caller.
import type { CueName, Knowledge, Lexicon, SeriesRow, StateRow, ValueName } from '../knowledge.js';
import { foldKey } from '../normalize/fold.js';
import type { CliticReader } from '../normalize/clitics.js';
import { cliticReader } from '../normalize/clitics.js';
import { tokenize } from '../normalize/tokens.js';
import { nameForms } from './name-forms.js';
import { addUnseenNames, isUnseenLanguage } from '../unseen/names.js';

export type Entry = (
  | { type: 'state'; id: string; form: 'name' | 'strong' | 'demonym' }
  | { type: 'org'; id: string }
  | { type: 'person'; id: string }
  | { type: 'place'; id: string }
  /** A series by a name that alone denotes it, by a short name that needs a number, or by a name of its meeting. */
  | { type: 'series'; id: string; form: 'name' | 'short' | 'meeting' }
  /** A noun the series' meetings go by in this language ("session" for the Constitutional Committee). */
  | { type: 'seriesNoun'; id: string }
  | { type: 'cue'; cue: CueName | ValueName; value?: number }
) & {
  /** Acronyms ("UN", "USA", "ООН") match only when written in capitals, so "un" in French stays an article. */
  upper?: boolean;
};

const ACRONYM = /^[\p{Lu}.-]{2,5}$/u;

export interface Dictionary {
  lang: string;
  lexicon: Lexicon;
  phrases: Map<string, Entry[]>;
  /** The keys as a tree of words: mention lookup walks it token by token and stops where no key goes on. */
  trie: PhraseNode;
  maxLen: number;
  /** The lexicon's abbreviations, folded like article words ("mr", "г"). */
  abbreviations: ReadonlySet<string>;
  /** How words are read without the clitics written on them, this language's first. */
  clitics: CliticReader;
}

export interface PhraseNode {
  next: ReadonlyMap<string, PhraseNode>;
  /** The entries of the key that ends here (the list `phrases` holds for it). */
  entries?: Entry[];
}

/**
 * The entry with every field of every kind, in one order: one object shape for all entries, so the rules that read
 * entries (hasCue, cueOf, entriesOf, for every mention) keep one compiled form. With a shape per kind, each new kind
 * met threw the compiled code away (V8 "wrong map" deoptimizations) and compiling it again cost more CPU time than
 * the extraction itself. Absent fields are undefined, as they were.
 */
function uniform(e: Entry, upper: boolean): Entry {
  const u = e as { type: Entry['type']; id?: string; form?: string; cue?: string; value?: number; upper?: boolean };
  return {
    type: u.type,
    id: u.id,
    form: u.form,
    cue: u.cue,
    value: u.value,
    upper: upper || u.upper === true ? true : undefined,
  } as Entry;
}

// Keys by phrase, memoized: every language's dictionary holds the names of every language (a cold process built the
// same keys once per language it met). Bounded like the other memos against odd input; one memo per knowledge load's
// proclitics, which the tokenizer reads.
const keysBy = new WeakMap<ReadonlySet<string>, Map<string, string>>();

/** The dictionary key of a phrase: its folded word and number tokens joined by single spaces. */
export function phraseKey(phrase: string, proclitics: ReadonlySet<string>): string {
  let keys = keysBy.get(proclitics);
  if (keys === undefined) keysBy.set(proclitics, (keys = new Map<string, string>()));
  let key = keys.get(phrase);
  if (key === undefined) {
    key = tokenize(foldKey(phrase), proclitics)
      .filter((t) => t.kind === 'word' || t.kind === 'num')
      .map((t) => t.text)
      .join(' ');
    if (keys.size >= 100_000) keys.clear();
    keys.set(phrase, key);
  }
  return key;
}

// Latin-script names of two letters or fewer ("US", "UN" aside) collide with common words; they must be spelt out.
const TOO_SHORT = /^[a-z]{1,2}$/;

/**
 * A cue phrase and the forms its first word takes with the lexicon's verb affixes: "يقود" also as "سيقود",
 * "يقودها", "سيقودها". Only for the categories the lexicon names (verbs), so nouns keep their one form.
 */
function inflected(lexicon: Lexicon, cue: string, phrase: string): string[] {
  const a = lexicon.verbAffixes;
  if (!a || !(a.cues as string[]).includes(cue)) return [phrase];
  const [first = '', ...rest] = phrase.split(' ');
  const tail = rest.length ? ` ${rest.join(' ')}` : '';
  const stems = [first, ...a.suffixes.map((s) => first + s)];
  const future = a.before.some((b) => first.startsWith(b)) ? a.prefixes : [];
  return [...stems, ...future.flatMap((p) => stems.map((x) => p + x))].map((x) => x + tail);
}

/**
 * A one-word noun cue and its possessive forms by the lexicon's noun affixes: "جولة" also as "جولته", "جولتها"
 * ("its round"), "دورة" as "دورته". Only for the categories the lexicon names (meeting nouns).
 */
export function possessed(lexicon: Lexicon, cue: string, phrase: string): string[] {
  const a = lexicon.nounAffixes;
  if (!a || !(a.cues as string[]).includes(cue) || phrase.includes(' ')) return [phrase];
  if (a.definite.some((d) => phrase.startsWith(d))) return [phrase];
  const last = phrase.slice(-1);
  const stem = phrase.slice(0, -1) + (a.bound[last] ?? last);
  return [phrase, ...a.suffixes.map((s) => stem + s)];
}

/**
 * A series' names in every language (articles quote names across scripts), its meeting names as meeting nouns too,
 * and the nouns of its meetings in the dictionary's language, which are meeting words whatever the lexicon lists.
 */
function addSeries(
  s: SeriesRow,
  lexicon: Lexicon,
  add: (phrase: string, entry: Entry, allowShort?: boolean) => void,
): void {
  const lang = lexicon.lang;
  for (const n of [s.name, ...Object.values(s.names).flat()]) add(n, { type: 'series', id: s.id, form: 'name' });
  for (const n of Object.values(s.shortNames ?? {}).flat()) add(n, { type: 'series', id: s.id, form: 'short' });
  for (const n of Object.values(s.meetingNames ?? {}).flat()) {
    add(n, { type: 'series', id: s.id, form: 'meeting' });
    add(n, { type: 'cue', cue: 'meeting' }, true);
  }
  // "دورته": the series' noun with a possessive is still its noun.
  for (const n of (s.nouns[lang] ?? []).flatMap((x) => possessed(lexicon, 'meeting', x))) {
    add(n, { type: 'seriesNoun', id: s.id }, true);
    add(n, { type: 'cue', cue: 'meeting' }, true);
  }
}

/** Phrase keys and their entries, in the order first added; an entry already under a key is not added again. */
class PhraseTable {
  readonly phrases = new Map<string, Entry[]>();
  // The entries of each key as JSON, so a repeated entry is found by one lookup rather than by serializing the list.
  private readonly seen = new Map<string, Set<string>>();
  maxLen = 1;

  constructor(private readonly proclitics: ReadonlySet<string>) {}

  add(phrase: string, entry: Entry, allowShort = false): void {
    const key = phraseKey(phrase, this.proclitics);
    if (!key || (!allowShort && TOO_SHORT.test(key))) return;
    entry = uniform(entry, ACRONYM.test(phrase.replace(/\s/g, '')));
    const json = JSON.stringify(entry);
    const list = this.phrases.get(key);
    const sigs = this.seen.get(key);
    if (!list || !sigs) {
      this.phrases.set(key, [entry]);
      this.seen.set(key, new Set([json]));
      this.maxLen = Math.max(this.maxLen, wordCount(key));
    } else if (!sigs.has(json)) {
      list.push(entry);
      sigs.add(json);
    }
  }

  /** A table that starts with this one's keys and entries and grows apart from it. */
  copy(): PhraseTable {
    const out = new PhraseTable(this.proclitics);
    for (const [key, list] of this.phrases) out.phrases.set(key, [...list]);
    for (const [key, sigs] of this.seen) out.seen.set(key, new Set(sigs));
    out.maxLen = this.maxLen;
    return out;
  }
}

const nameTables = new WeakMap<Knowledge, PhraseTable>();

/**
 * The names of states, actors and places in every language: the same in every language's dictionary, so built once
 * per knowledge load and copied (a cold process built them again for each language it met).
 */
function namesOf(k: Knowledge, proclitics: ReadonlySet<string>): PhraseTable {
  let t = nameTables.get(k);
  if (t) return t;
  t = new PhraseTable(proclitics);
  for (const [iso3, byLang] of Object.entries(k.countryNames)) {
    for (const names of Object.values(byLang))
      for (const n of names) t.add(n, { type: 'state', id: iso3, form: 'name' });
  }
  for (const s of k.states) {
    for (const [lang, names] of Object.entries(s.names))
      for (const n of names)
        for (const f of [n, ...nameForms(k.lexicons[lang], 'name', n)])
          t.add(f, { type: 'state', id: s.iso3, form: 'name' });
    for (const [lang, names] of Object.entries(s.demonyms ?? {}))
      for (const n of names)
        for (const f of [n, ...nameForms(k.lexicons[lang], 'demonym', n)])
          t.add(f, { type: 'state', id: s.iso3, form: 'demonym' });
    for (const phrase of governmentNames(k, s)) t.add(phrase, { type: 'state', id: s.iso3, form: 'name' });
    for (const names of Object.values(s.strong ?? {}))
      for (const n of names) t.add(n, { type: 'state', id: s.iso3, form: 'strong' });
  }
  for (const a of k.actors) {
    const type = a.kind === 'PERSON' ? 'person' : 'org';
    for (const n of [a.name, ...Object.values(a.names), ...a.aliases]) t.add(n, { type, id: a.id }, type === 'org');
  }
  for (const p of k.places) for (const n of [p.name, ...p.names]) t.add(n, { type: 'place', id: p.id });
  nameTables.set(k, t);
  return t;
}

/** Every form of a state's names (or demonyms) in one language, by the lexicon's endings. */
function formsIn(k: Knowledge, lang: string, kind: 'name' | 'demonym', words: readonly string[]): string[] {
  return words.flatMap((n) => [n, ...nameForms(k.lexicons[lang], kind, n)]);
}

/** "{demonym} government", "دولت {name}": the state's government phrases in each language whose lexicon has them. */
function governmentNames(k: Knowledge, s: StateRow): string[] {
  const out: string[] = [];
  for (const [lang, lexicon] of Object.entries(k.lexicons))
    for (const pattern of lexicon.stateGovernment ?? []) {
      const kind = pattern.includes('{demonym}') ? 'demonym' : 'name';
      const words = kind === 'demonym' ? (s.demonyms?.[lang] ?? []) : (s.names[lang] ?? []);
      for (const w of formsIn(k, lang, kind, words)) out.push(pattern.replace(`{${kind}}`, w));
    }
  return out;
}

export function buildDictionary(k: Knowledge, lang: string): Dictionary {
  const lexicon = k.lexicons[lang] ?? k.lexicons.en;
  if (!lexicon) throw new Error('no lexicon for English');
  const clitics = cliticReader(k, lexicon.lang);
  const table = namesOf(k, clitics.letters).copy();
  const phrases = table.phrases;
  const add = (phrase: string, entry: Entry, allowShort = false): void => {
    table.add(phrase, entry, allowShort);
  };
  for (const s of k.series) addSeries(s, lexicon, add);
  // A language with no lexicon is read with the English cues and every language's names (unseen/names.ts).
  if (isUnseenLanguage(k, lang)) addUnseenNames(k, lang, add);
  for (const [cue, list] of Object.entries(lexicon.cues) as [CueName, string[]][])
    for (const n of list)
      for (const v of inflected(lexicon, cue, n))
        for (const w of possessed(lexicon, cue, v)) add(w, { type: 'cue', cue }, true);
  for (const [cue, table] of Object.entries(lexicon.values) as [ValueName, Record<string, number>][]) {
    for (const [n, value] of Object.entries(table)) add(n, { type: 'cue', cue, value }, true);
  }
  // A country name that is a word of the language ("réunion" in French) is that word, not the country; an
  // organization's name in small letters that is a function word of the language (Turkish "onu", "him", against
  // Italian "l'Onu") is that word.
  for (const [key, list] of phrases) {
    if (list.some((e) => e.type === 'cue' && !['stop', 'dateFiller', 'yearWord', 'titleWord'].includes(e.cue))) {
      phrases.set(
        key,
        list.filter((e) => e.type !== 'state' || e.form !== 'name'),
      );
    }
    if (list.some((e) => e.type === 'cue' && e.cue === 'stop'))
      phrases.set(
        key,
        (phrases.get(key) ?? list).filter((e) => e.type !== 'org' || e.upper === true),
      );
  }
  const abbreviations = new Set(
    (lexicon.abbreviations ?? []).map((a) => phraseKey(a, clitics.letters)).filter(Boolean),
  );
  const trie = phraseTree(phrases);
  return { lang: lexicon.lang, lexicon, phrases, trie, maxLen: table.maxLen, abbreviations, clitics };
}

/** Words of a key (single spaces between). */
function wordCount(key: string): number {
  let n = 1;
  for (let i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) n++;
  return n;
}

/** The words after a key that no longer key goes on from: one empty map shared by every leaf, never written to. */
const LEAF: ReadonlyMap<string, PhraseNode> = new Map();

function phraseTree(phrases: Map<string, Entry[]>): PhraseNode {
  const root: PhraseNode = { next: new Map() };
  for (const [key, entries] of phrases) {
    let node = root;
    for (const word of key.split(' ')) {
      let child = node.next.get(word);
      if (!child) {
        // Most nodes are leaves: a map of their own each was most of a cold dictionary build (time and garbage).
        child = { next: LEAF };
        const next = node.next === LEAF ? new Map<string, PhraseNode>() : (node.next as Map<string, PhraseNode>);
        next.set(word, child);
        node.next = next;
      }
      node = child;
    }
    node.entries = entries;
  }
  return root;
}
