// Stage 5a: spellings of person names — keys so one gazetteer row finds "Lawrentjew", "Dschaafari", "Abdrachmanow"
// and the Russian case forms "Кайрата Абдрахманова"; and a known surname after another given name is someone else.
// Pure: words in, keys out.
import type { Doc } from '../doc.js';
import { capitalized, hasCaseAt, originalWord } from '../doc.js';
import type { Mention } from './mentions.js';
import { entriesOf } from './mentions.js';
import type { ActorRow, Knowledge } from '../knowledge.js';
import { foldKey } from '../normalize/fold.js';
import { procliticLetters } from '../normalize/clitics.js';
import { tokenize } from '../normalize/tokens.js';
import { actorRow } from '../rows.js';

/** A script's name spelling rows, compiled: which words they are for, and how those words are keyed. */
interface ScriptSpelling {
  lang: string;
  /** The script's code points [lo, hi]: a word with one of them anywhere is of the script; `letters` replaces them. */
  lo: number;
  hi: number;
  letters: RegExp;
  latin: ReadonlyMap<string, string> | null;
  caseEndings: readonly string[];
  /** Null for a romanized script; the vowels dropped, the key's prefix and least length for a skeleton script. */
  skeleton: { vowels: ReadonlySet<string>; prefix: string; shortest: number } | null;
  notGivenName: readonly string[];
}

/** The name spelling rows of every lexicon, compiled once per knowledge load, with the memos of their keys. */
interface Spelling {
  /** Skeleton scripts first: a word with letters of two scripts is keyed by its skeleton. */
  scripts: readonly ScriptSpelling[];
  rewrites: ReadonlyMap<string, { before: readonly [RegExp, string][]; after: readonly [RegExp, string][] }>;
  /** A language whose press also copies another's spelling as it is: the other language, per language. */
  alsoSpelledAs: ReadonlyMap<string, string>;
  keys: ByLanguage<readonly string[]>;
  skeletons: ByLanguage<string>;
  /** Skeletons of words without their case ending ("Оналом" → "Онал"), '' where the word has none (memo). */
  stemSkeletons: ByLanguage<string>;
  /** Each word's script and skeleton for full-name runs, memoized ('' as the language of words of no such script). */
  runWords: ByLanguage<RunWord | null>;
}

const spellings = new WeakMap<Knowledge, Spelling>();

function spellingOf(k: Knowledge): Spelling {
  let sp = spellings.get(k);
  if (!sp) spellings.set(k, (sp = compileSpelling(k)));
  return sp;
}

function compileSpelling(k: Knowledge): Spelling {
  const scripts: ScriptSpelling[] = [];
  const rewrites: Spelling['rewrites'] = new Map(
    Object.values(k.lexicons).map((lex) => {
      const ns = lex.nameSpelling;
      const rx = (pairs: [string, string][] | undefined, flags: string): [RegExp, string][] =>
        (pairs ?? []).map(([from, to]) => [new RegExp(escapeRegExp(from), flags), to]);
      return [lex.lang, { before: rx(ns?.latinRewrites, 'gi'), after: rx(ns?.keyRewrites, 'g') }];
    }),
  );
  for (const lex of Object.values(k.lexicons)) {
    const ns = lex.nameSpelling;
    if (!ns?.script) continue;
    const range = `[\\u{${ns.script[0]}}-\\u{${ns.script[1]}}]`;
    scripts.push({
      lang: lex.lang,
      lo: parseInt(ns.script[0], 16),
      hi: parseInt(ns.script[1], 16),
      letters: new RegExp(range, 'gu'),
      latin: ns.latin ? new Map(Object.entries(ns.latin)) : null,
      caseEndings: ns.caseEndings ?? [],
      skeleton: ns.skeletonVowels
        ? { vowels: new Set(ns.skeletonVowels), prefix: `${lex.lang}:`, shortest: ns.skeletonShortest ?? 1 }
        : null,
      notGivenName: ns.notGivenName ?? [],
    });
  }
  scripts.sort((a, b) => Number(!!b.skeleton) - Number(!!a.skeleton));
  const alsoSpelledAs = new Map<string, string>();
  for (const lex of Object.values(k.lexicons))
    if (lex.nameSpelling?.alsoSpelledAs) alsoSpelledAs.set(lex.lang, lex.nameSpelling.alsoSpelledAs);
  return {
    scripts,
    rewrites,
    alsoSpelledAs,
    keys: new ByLanguage(),
    skeletons: new ByLanguage(),
    stemSkeletons: new ByLanguage(),
    runWords: new ByLanguage(),
  };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The script rows a word is written in (a letter of the script anywhere in it), or undefined: most words are Latin. */
function scriptOf(sp: Spelling, word: string): ScriptSpelling | undefined {
  // One pass over the word's code points against each script's range (the first script in order that any of them
  // falls in), where a regular expression per script scanned every word once per script: most words are of none.
  const scripts = sp.scripts;
  let first = scripts.length;
  for (let i = 0; i < word.length && first > 0; i++) {
    const c = word.codePointAt(i) ?? 0;
    if (c > 0xffff) i++;
    for (let k = 0; k < first; k++) {
      const t = scripts[k];
      if (t && c >= t.lo && c <= t.hi) {
        first = k;
        break;
      }
    }
  }
  return scripts[first];
}

/** The skeleton script a word is written in: scripts without capitals whose names are keyed by consonants. */
function skeletonScriptOf(sp: Spelling, word: string): ScriptSpelling | undefined {
  const t = scriptOf(sp, word);
  return t?.skeleton ? t : undefined;
}

/** The Latin key: letters only, one spelling for sounds that transliteration systems write differently. */
function latinKey(sp: Spelling, word: string, lang: string): string {
  const rw = sp.rewrites.get(lang);
  // The language's own ways of writing sounds of foreign names (Turkish "Hacı", Spanish "Abdrajmánov").
  let w = word;
  for (const [from, to] of rw?.before ?? []) w = w.replace(from, to);
  let s = w
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
  for (const [from, to] of rw?.after ?? []) s = s.replace(from, to);
  s = s
    .replace(/dsch|dzh|dj/g, 'j')
    .replace(/tsch/g, 'ch')
    .replace(/sch/g, 'sh')
    .replace(/zh/g, 'j')
    .replace(/kh|ch/g, 'h')
    .replace(/ph/g, 'f')
    .replace(/w/g, 'v')
    // Russian writes an initial W as У ("Уасфи" for Wasfi), carried into Latin as "Uasfi".
    .replace(/^u(?=[aeio])/, 'v')
    .replace(/ou/g, 'u')
    .replace(/[yj]/g, 'i')
    .replace(/(.)\1+/g, '$1');
  return s;
}

/** The Latin key, and the other language's too where the press also copies that spelling and it keys differently. */
function latinKeys(sp: Spelling, word: string, lang: string): string[] {
  const own = latinKey(sp, word, lang);
  const other = sp.alsoSpelledAs.get(lang);
  const also = other ? latinKey(sp, word, other) : own;
  return also === own ? [own] : [own, also];
}

const SKELETON_MIN = 4;

/**
 * The consonant skeleton of a word of a skeleton script: long vowels after the first letter dropped, doubled letters
 * once ("لافرينتيف", "لافرنتييف" → "لفرنتف"); hamza seats are folded already by foldKey. Foreign names have no fixed
 * Arabic spelling.
 */
function scriptSkeletonKey(t: ScriptSpelling, word: string): string {
  const w = foldKey(word);
  const vowels = t.skeleton?.vowels;
  const rest = Array.from(w.slice(1), (c) => (vowels?.has(c) ? '' : c)).join('');
  return `${t.skeleton?.prefix ?? ''}${(w.slice(0, 1) + rest).replace(/(.)\1+/g, '$1')}`;
}

/**
 * The consonant skeleton of a Latin key: vowels and h dropped, k/g/q/c one letter ("Kizbari" and "Kuzbari",
 * "Rushdi" and "Rochdi", "Asghar" and "Askar" agree). Too loose for a word alone unless it is long; a full name's
 * skeleton (every word's) is what finds a person.
 */
function skeleton(latin: string): string {
  return latin
    .replace(/sh/g, 'h')
    .replace(/[gqc]/g, 'k')
    .replace(/[aeiouh]/g, '')
    .replace(/(.)\1+/g, '$1');
}

/**
 * A memo by language, then word: one map per language, so a lookup joins no strings (a key string built per call
 * cost more than the lookup). Bounded against odd input: a language's map is emptied at 100,000 words.
 */
class ByLanguage<T> {
  private readonly langs = new Map<string, Map<string, T>>();

  /** The words of a language (an empty map made on first use). */
  of(lang: string): Map<string, T> {
    let words = this.langs.get(lang);
    if (!words) this.langs.set(lang, (words = new Map<string, T>()));
    return words;
  }

  set(words: Map<string, T>, word: string, v: T): T {
    if (words.size >= 100_000) words.clear();
    words.set(word, v);
    return v;
  }
}

/** Skeleton keys of a written word ("sk:kzbr"), none for a skeleton script (its key is a skeleton already). */
function skeletonOf(sp: Spelling, word: string, lang: string): string {
  if (skeletonScriptOf(sp, word)) return '';
  // Memoized like the keys: four replacements per capitalized word of every article added up.
  const words = sp.skeletons.of(lang);
  return words.get(word) ?? sp.skeletons.set(words, word, skeleton(keysOfWord(sp, word, lang)[0] ?? ''));
}

/** Keys of one written word: its Latin key, and for a script with case endings also the key without one. */
export function spellingKeys(k: Knowledge, word: string, lang: string): readonly string[] {
  return keysOfWord(spellingOf(k), word, lang);
}

// Keys by language and word, memoized (in the knowledge's spelling): every article asks again for the same words.
function keysOfWord(sp: Spelling, word: string, lang: string): readonly string[] {
  const words = sp.keys.of(lang);
  return words.get(word) ?? sp.keys.set(words, word, wordKeys(sp, word, lang));
}

/** "Жайнакова" → "жайнаков": a word without its case ending, where a stem of four letters or more is left. */
export function caseStem(k: Knowledge, word: string): string | undefined {
  const t = scriptOf(spellingOf(k), word);
  if (!t) return undefined;
  // A loop, not `find` with a closure: asked of every uncovered word of an article that names a person.
  for (const e of t.caseEndings) {
    if (word.endsWith(e) && word.length - e.length >= 4) return e ? word.slice(0, -e.length) : undefined;
  }
  return undefined;
}

function wordKeys(sp: Spelling, word: string, lang: string): string[] {
  const skel = skeletonScriptOf(sp, word);
  if (skel) return [scriptSkeletonKey(skel, word)];
  const lower = word.toLowerCase();
  const t = scriptOf(sp, lower);
  if (!t) return latinKeys(sp, word, lang);
  const romanize = (w: string): string => w.replace(t.letters, (c) => t.latin?.get(c) ?? c);
  const keys = [latinKey(sp, romanize(lower), lang)];
  for (const e of t.caseEndings) {
    if (lower.endsWith(e) && lower.length - e.length >= 4) {
      keys.push(latinKey(sp, romanize(lower.slice(0, -e.length)), lang));
      break;
    }
  }
  return keys;
}

/**
 * Surname key → gazetteer person id, for surnames of five letters or more that name one person only; also the
 * consonant skeletons of surnames of four consonants or more ("sk:") and of full names ("fn:", two words or more,
 * four consonants or more), each naming one person only.
 */
export function surnameIndex(k: Knowledge): Map<string, string> {
  const sp = spellingOf(k);
  const seen = new Map<string, Set<string>>();
  const note = (key: string, id: string): void => {
    seen.set(key, (seen.get(key) ?? new Set()).add(id));
  };
  for (const a of k.actors) {
    if (a.kind !== 'PERSON') continue;
    for (const n of [a.name, ...Object.values(a.names), ...a.aliases]) {
      const words = tokenize(foldKey(n), procliticLetters(k)).filter((t) => t.kind === 'word');
      const last = words[words.length - 1]?.text ?? '';
      // Skeletons of a script are short: their rows say how long one must be, so common words never match a surname.
      const skel = skeletonScriptOf(sp, last)?.skeleton;
      const least = skel ? skel.prefix.length + skel.shortest : 5;
      for (const key of keysOfWord(sp, last, 'en')) if (key.length >= least) note(key, a.id);
      const sk = skeletonOf(sp, last, 'en');
      if (sk.length >= SKELETON_MIN) note(`sk:${sk}`, a.id);
      const full = words.map((w) => skeletonOf(sp, w.text, 'en')).join('');
      if (words.length >= 2 && full.length >= SKELETON_MIN && !skeletonScriptOf(sp, n)) note(`fn:${full}`, a.id);
      const run = skeletonRunKey(
        sp,
        words.map((w) => w.text),
      );
      if (run) note(run, a.id);
    }
  }
  const out = new Map<string, string>();
  for (const [key, ids] of seen) if (ids.size === 1) out.set(key, [...ids][0] as string);
  return out;
}

/**
 * Capitalized words outside every dictionary mention whose key is a known surname: [first, last) with a capitalized
 * first name before it when there is one ("Kairat Abdrachmanow").
 */
export function spelledPersons(doc: Doc, index: Map<string, string>): { id: string; first: number; last: number }[] {
  const out: { id: string; first: number; last: number }[] = [];
  const sp = spellingOf(doc.knowledge);
  doc.tokens.forEach((t, i) => {
    // Scripts keyed by skeleton (Arabic, Persian) have no capitals to ask for. The script is asked of uncovered words
    // only: most tokens are covered or no word.
    if (t.kind !== 'word' || doc.cover[i]) return;
    const uncased = !!skeletonScriptOf(sp, t.text);
    if (!(uncased || capitalized(doc, i))) return;
    const full = uncased
      ? endsKnownRun(sp, index, t.text) && skeletonFullNameAt(sp, doc, index, i)
      : fullNameAt(sp, doc, index, i);
    if (full) {
      out.push(full);
      return;
    }
    const word = originalWord(doc, i);
    const id = knownSurname(sp, index, word, doc.lex.lang);
    if (!id) return;
    const prev = doc.tokens[i - 1];
    // Without capitals the given name is a word right before that the gazetteer row also writes first.
    const withFirst =
      !!prev &&
      prev.kind === 'word' &&
      !doc.cover[i - 1] &&
      (uncased ? givenOf(sp, doc, id, prev.text) : capitalized(doc, i - 1));
    out.push({ id, first: withFirst ? i - 1 : i, last: i + 1 });
  });
  return out;
}

/** The gazetteer person a word's spelling keys name, else its skeleton's (the first key that names one). */
// Surnames by index, language and word, memoized (null: none): every capitalized word of every article is asked, and
// building its skeleton key string each time was most of the cost.
const surnamesBy = new WeakMap<Map<string, string>, ByLanguage<string | null>>();

function knownSurname(sp: Spelling, index: Map<string, string>, word: string, lang: string): string | undefined {
  let memo = surnamesBy.get(index);
  if (!memo) surnamesBy.set(index, (memo = new ByLanguage<string | null>()));
  const words = memo.of(lang);
  let id = words.get(word);
  if (id === undefined) id = memo.set(words, word, surnameOf(sp, index, word, lang) ?? null);
  return id ?? undefined;
}

function surnameOf(sp: Spelling, index: Map<string, string>, word: string, lang: string): string | undefined {
  for (const k of keysOfWord(sp, word, lang)) {
    const id = index.get(k);
    if (id !== undefined) return id;
  }
  return index.get(`sk:${skeletonOf(sp, word, lang)}`);
}

/**
 * A full name of two or three capitalized words outside every dictionary mention, ending at word `i`, whose
 * skeleton is a gazetteer person's full name ("Sidat Unal", "Najat Rushdi", "Ali Askar Hacı").
 */
function fullNameAt(
  sp: Spelling,
  doc: Doc,
  index: Map<string, string>,
  i: number,
): { id: string; first: number; last: number } | undefined {
  // A language that declines names declines every word of a full name ("с Седатом Оналом"): read without the endings.
  return fullNameFrom(sp, doc, index, i, false) ?? fullNameFrom(sp, doc, index, i, true);
}

/**
 * A full name of two or three words ending at word i, read as written or by stems; loops rather than `runAt` with a
 * closure and a list of starts, which were garbage at every capitalized word outside the dictionary.
 */
function fullNameFrom(
  sp: Spelling,
  doc: Doc,
  index: Map<string, string>,
  i: number,
  stems: boolean,
): { id: string; first: number; last: number } | undefined {
  for (let first = i - 2; first <= i - 1; first++) {
    const key = runSkeleton(sp, doc, first, i + 1, stems);
    const id = key && key.length >= SKELETON_MIN ? index.get(`fn:${key}`) : undefined;
    if (id) return { id, first, last: i + 1 };
  }
  return undefined;
}

/** The gazetteer person whose run key (`keyOf` the run from `first`) a run of three, then two words ending at `i` has. */
function runAt(
  index: Map<string, string>,
  i: number,
  keyOf: (first: number) => string | null,
): { id: string; first: number; last: number } | undefined {
  for (const first of [i - 2, i - 1]) {
    const key = keyOf(first);
    const id = key ? index.get(key) : undefined;
    if (id) return { id, first, last: i + 1 };
  }
  return undefined;
}

/** Letters a skeleton-script full name's skeletons must add up to: shorter runs are too common to name a person. */
const SKELETON_RUN_MIN = 7;

/**
 * The key of a full name of two or three words of one skeleton script: each word's consonant skeleton (Arabic
 * "علي أصغري حاجي" and "علي أصغر حاجي" agree), or null when they are too short together to name one person.
 */
function skeletonRunKey(sp: Spelling, words: string[]): string | null {
  if (words.length < 2 || words.length > 3) return null;
  let script: ScriptSpelling | undefined;
  const keys: string[] = [];
  for (const w of words) {
    const rw = runWordOf(sp, w);
    if (!rw || (script && rw.script !== script)) return null;
    script = rw.script;
    keys.push(rw.key);
  }
  return keys.join('').length >= SKELETON_RUN_MIN ? `fs:${keys.join(' ')}` : null;
}

const runEnds = new WeakMap<Map<string, string>, Set<string>>();

/**
 * Whether a word's skeleton ends some known full name's run: most words end none, and asking that first spares the
 * runs ending there (the set is built once per surname index).
 */
function endsKnownRun(sp: Spelling, index: Map<string, string>, word: string): boolean {
  let ends = runEnds.get(index);
  if (!ends) {
    ends = new Set<string>();
    for (const key of index.keys()) if (key.startsWith('fs:')) ends.add(key.slice(key.lastIndexOf(' ') + 1));
    runEnds.set(index, ends);
  }
  const rw = runWordOf(sp, word);
  return !!rw && ends.has(rw.key);
}

/** A word of a skeleton script and its skeleton without the script's prefix. */
interface RunWord {
  script: ScriptSpelling;
  key: string;
}

// Memoized: every uncovered word of an article is asked twice (as the end and the middle of a run).
function runWordOf(sp: Spelling, word: string): RunWord | null {
  const words = sp.runWords.of('');
  const known = words.get(word);
  if (known !== undefined) return known;
  const script = skeletonScriptOf(sp, word);
  const key = script ? (keysOfWord(sp, word, script.lang)[0] ?? '').slice(script.skeleton?.prefix.length ?? 0) : '';
  return sp.runWords.set(words, word, script ? { script, key } : null);
}

/**
 * A full name of two or three skeleton-script words outside every dictionary mention, ending at word `i`, whose
 * skeletons are a gazetteer person's full name written another way (long vowels, hamza seats).
 */
function skeletonFullNameAt(
  sp: Spelling,
  doc: Doc,
  index: Map<string, string>,
  i: number,
): { id: string; first: number; last: number } | undefined {
  return runAt(index, i, (first) => {
    const words: string[] = [];
    for (let k = first; k <= i; k++) {
      const t = doc.tokens[k];
      // A one-word cue may be a given name too once folded (Arabic "علي" is also "على", on).
      const m = doc.cover[k];
      const cueOnly = !!m && m.last - m.first === 1 && m.entries.every((e) => e.type === 'cue');
      if (!t || t.kind !== 'word' || (m && !cueOnly) || t.sentence !== doc.tokens[i]?.sentence) return null;
      words.push(t.text);
    }
    return skeletonRunKey(sp, words);
  });
}

/** The skeleton of the words [first, last) when all are capitalized words of one sentence outside every mention. */
function runSkeleton(sp: Spelling, doc: Doc, first: number, last: number, stems = false): string | null {
  let key = '';
  let stemmed = false;
  for (let k = first; k < last; k++) {
    const t = doc.tokens[k];
    if (!t || t.kind !== 'word' || doc.cover[k] || !capitalized(doc, k)) return null;
    if (t.sentence !== doc.tokens[last - 1]?.sentence) return null;
    const word = originalWord(doc, k);
    const stem = stems ? stemSkeletonOf(sp, word, doc.lex.lang) : '';
    stemmed ||= stem !== '';
    key += stem || skeletonOf(sp, word, doc.lex.lang);
  }
  // Without a case ending anywhere the run reads as it did already.
  return stems && !stemmed ? null : key;
}

/** The skeleton of a word without its case ending, or '' where the script gives it no ending (memoized). */
function stemSkeletonOf(sp: Spelling, word: string, lang: string): string {
  const words = sp.stemSkeletons.of(lang);
  const known = words.get(word);
  if (known !== undefined) return known;
  const keys = keysOfWord(sp, word, lang);
  return sp.stemSkeletons.set(words, word, keys.length > 1 ? skeleton(keys[keys.length - 1] ?? '') : '');
}

/** Whether a word is, by its skeleton, a given name of the gazetteer person ("ألكساندر" for Alexander). */
function givenOf(sp: Spelling, doc: Doc, id: string, word: string): boolean {
  const script = skeletonScriptOf(sp, word);
  if (!script) return false;
  const row = actorRow(doc.knowledge, id);
  const key = scriptSkeletonKey(script, word);
  return aliasWords(row, doc.dict.clitics.letters).some(
    (ws) => ws.length > 1 && scriptSkeletonKey(script, ws[0] ?? '') === key,
  );
}

// The words of a person's aliases, folded and tokenized as article text, per proclitic set (one per knowledge load)
// and row: asked for every known surname after an uncovered word, which folded and tokenized every alias each time.
const aliasWordsBy = new WeakMap<ReadonlySet<string>, WeakMap<ActorRow, readonly (readonly string[])[]>>();

/** The word tokens of each alias of the row (none without a row); shared, callers only read them. */
function aliasWords(row: ActorRow | undefined, letters: ReadonlySet<string>): readonly (readonly string[])[] {
  if (!row) return [];
  let byRow = aliasWordsBy.get(letters);
  if (!byRow) aliasWordsBy.set(letters, (byRow = new WeakMap()));
  let out = byRow.get(row);
  if (!out) {
    out = row.aliases.map((a) =>
      tokenize(foldKey(a), letters)
        .filter((x) => x.kind === 'word')
        .map((x) => x.text),
    );
    byRow.set(row, out);
  }
  return out;
}

/** A word as first names are compared: a skeleton script's as it is (folded: hamza seats are one alef already), others by their Latin key. */
function givenKey(sp: Spelling, w: string, lang: string): string {
  return skeletonScriptOf(sp, w) ? w : keysOfWord(sp, w, lang)[0] || w;
}

// The keys of a person's given names (every alias word but the last), per spelling, alias list and language: they
// were keyed again for every article naming the person after another first name (a new array per alias per call).
const givenKeysBy = new WeakMap<Spelling, WeakMap<readonly (readonly string[])[], Map<string, readonly string[]>>>();

function givenKeys(sp: Spelling, aliases: readonly (readonly string[])[], lang: string): readonly string[] {
  let byAliases = givenKeysBy.get(sp);
  if (!byAliases) givenKeysBy.set(sp, (byAliases = new WeakMap()));
  let byLang = byAliases.get(aliases);
  if (!byLang) byAliases.set(aliases, (byLang = new Map<string, readonly string[]>()));
  let out = byLang.get(lang);
  if (!out) byLang.set(lang, (out = aliases.flatMap((ws) => ws.slice(0, -1).map((w) => givenKey(sp, w, lang)))));
  return out;
}

/**
 * A gazetteer surname alone right after another first name is someone else with that surname ("سلجوق أونال" is not
 * Sedat Onal): the start of that person's name, or undefined.
 */
export function otherFirstName(doc: Doc, m: Mention): number | undefined {
  if (m.last - m.first !== 1 || !entriesOf(m, 'person').length) return undefined;
  const i = m.first - 1;
  const t = doc.tokens[i];
  if (!t || t.kind !== 'word' || doc.cover[i] || t.sentence !== doc.tokens[m.first]?.sentence) return undefined;
  const sp = spellingOf(doc.knowledge);
  const cased = hasCaseAt(doc, m.first);
  const candidate = cased
    ? capitalized(doc, i) && doc.sentences[t.sentence]?.first !== i
    : // Without capitals: a plain word, not a clitic-led one ("ولفت", "للسفير") nor one with the article.
      t.text.length >= 3 && !(scriptOf(sp, t.text)?.notGivenName ?? []).some((x) => t.text.startsWith(x));
  if (!candidate) return undefined;
  // The person's own first name in another spelling ("Alexandre Lavrentiev") is still that person.
  const id = entriesOf(m, 'person')[0]?.id;
  const row = actorRow(doc.knowledge, id);
  const given = givenKeys(sp, aliasWords(row, doc.dict.clitics.letters), doc.lex.lang);
  const mine = givenKey(sp, t.text, doc.lex.lang);
  // Same start or one letter apart (a typo such as "أضغر" for "أصغر"): the person's own given name.
  const same = given.some((g) => g.slice(0, 3) === mine.slice(0, 3) || oneApart(g, mine));
  return same ? undefined : i;
}

/** Whether two words differ by one substituted, inserted or deleted letter at most. */
function oneApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const rest = (x: string, k: number): string => x.slice(i + k);
  return rest(a, 1) === rest(b, 1) || rest(a, 1) === rest(b, 0) || rest(a, 0) === rest(b, 1);
}
