// Stage 5a: spellings of person names — keys so one gazetteer row finds "Lawrentjew", "Dschaafari", "Abdrachmanow"
// and the Russian case forms "Кайрата Абдрахманова"; and a known surname after another given name is someone else.
// Pure: words in, keys out.
import type { Doc } from '../doc.js';
import { capitalized, hasCase, span } from '../doc.js';
import type { Mention } from './mentions.js';
import { entriesOf } from './mentions.js';
import type { Knowledge } from '../knowledge.js';
import { foldKey } from '../normalize/fold.js';
import { procliticLetters } from '../normalize/clitics.js';
import { tokenize } from '../normalize/tokens.js';
import { actorRow } from '../rows.js';

// Cyrillic letters written the way the Latin key spells them (ж, дж → j; х → h; ь, й → i).
const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'j',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'h',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'sh',
  ъ: '',
  ы: 'i',
  ь: 'i',
  э: 'e',
  ю: 'iu',
  я: 'ia',
};

// Russian noun case endings of names (genitive, dative, instrumental, prepositional), longest first.
const CASE_ENDINGS = ['ого', 'ому', 'ым', 'ом', 'ой', 'ую', 'а', 'у', 'е', 'ю', 'я'];

/** The Latin key: letters only, one spelling for sounds that transliteration systems write differently. */
function latinKey(word: string, lang: string): string {
  // Turkish writes the "j" of Arabic and Persian names with c (Hacı), and "ch", "sh" with ç, ş.
  const w = lang === 'tr' ? word.replace(/ç/gi, 'ch').replace(/ş/gi, 'sh').replace(/c/gi, 'j') : word;
  let s = w
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
  // Spanish writes the "kh" of Russian and Arabic names with j (Abdrajmánov).
  if (lang === 'es') s = s.replace(/j/g, 'h');
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

const ARABIC_SCRIPT = /[\u0600-\u06ff]/;
const SKELETON_MIN = 4;

/**
 * The consonant skeleton of an Arabic-script word: long vowels after the first letter dropped, doubled letters once,
 * hamza seats folded ("لافرينتيف", "لافرنتييف" → "لفرنتف"). Foreign names have no fixed Arabic spelling.
 */
function arabicKey(word: string): string {
  const w = foldKey(word).replace(/[أإآ]/g, 'ا').replace(/ى/g, 'ي');
  return `ar:${(w.slice(0, 1) + w.slice(1).replace(/[اوي]/g, '')).replace(/(.)\1+/g, '$1')}`;
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

// Skeletons by language and word, memoized like the keys below.
const skeletons = new ByLanguage<string>();

/** Skeleton keys of a written word ("sk:kzbr"), none for Arabic script (its key is a skeleton already). */
function skeletonOf(word: string, lang: string): string {
  if (ARABIC_SCRIPT.test(word)) return '';
  // Memoized like the keys: four replacements per capitalized word of every article added up.
  const words = skeletons.of(lang);
  return words.get(word) ?? skeletons.set(words, word, skeleton(spellingKeys(word, lang)[0] ?? ''));
}

// Keys by language and word, memoized: every article asks again for the same words.
const keysOf = new ByLanguage<readonly string[]>();

/** Keys of one written word: its Latin key, and for Cyrillic also the key without a case ending. */
export function spellingKeys(word: string, lang: string): readonly string[] {
  const words = keysOf.of(lang);
  return words.get(word) ?? keysOf.set(words, word, wordKeys(word, lang));
}

/** "Жайнакова" → "жайнаков": a Cyrillic word without its case ending, where a stem of four letters or more is left. */
export function caseStem(word: string): string | undefined {
  if (!/[\u0400-\u04ff]/.test(word)) return undefined;
  const e = CASE_ENDINGS.find((x) => word.endsWith(x) && word.length - x.length >= 4);
  return e ? word.slice(0, -e.length) : undefined;
}

function wordKeys(word: string, lang: string): string[] {
  if (ARABIC_SCRIPT.test(word)) return [arabicKey(word)];
  const lower = word.toLowerCase();
  // Spanish reads j as the "kh" of Russian and Arabic names (Abdrajmánov), but its press also copies the French and
  // English j (Jafari, Jaberi): both readings.
  if (!/[\u0400-\u04ff]/.test(lower))
    return lang === 'es' && lower.includes('j') ? [latinKey(word, lang), latinKey(word, 'en')] : [latinKey(word, lang)];
  const keys = [
    latinKey(
      lower.replace(/[\u0400-\u04ff]/g, (c) => CYRILLIC[c] ?? c),
      lang,
    ),
  ];
  for (const e of CASE_ENDINGS) {
    if (lower.endsWith(e) && lower.length - e.length >= 4) {
      keys.push(
        latinKey(
          lower.slice(0, -e.length).replace(/[\u0400-\u04ff]/g, (c) => CYRILLIC[c] ?? c),
          lang,
        ),
      );
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
  const seen = new Map<string, Set<string>>();
  const note = (key: string, id: string): void => {
    seen.set(key, (seen.get(key) ?? new Set()).add(id));
  };
  for (const a of k.actors) {
    if (a.kind !== 'PERSON') continue;
    for (const n of [a.name, ...Object.values(a.names), ...a.aliases]) {
      const words = tokenize(foldKey(n), procliticLetters(k)).filter((t) => t.kind === 'word');
      const last = words[words.length - 1]?.text ?? '';
      for (const key of spellingKeys(last, 'en')) {
        // Arabic skeletons are short: five consonants at least, so common words never match a surname.
        if (key.length < (key.startsWith('ar:') ? 8 : 5)) continue;
        note(key, a.id);
      }
      const sk = skeletonOf(last, 'en');
      if (sk.length >= SKELETON_MIN) note(`sk:${sk}`, a.id);
      const full = words.map((w) => skeletonOf(w.text, 'en')).join('');
      if (words.length >= 2 && full.length >= SKELETON_MIN && !ARABIC_SCRIPT.test(n)) note(`fn:${full}`, a.id);
      const arabic = arabicRunKey(words.map((w) => w.text));
      if (arabic) note(arabic, a.id);
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
  doc.tokens.forEach((t, i) => {
    // Scripts without capitals (Arabic, Persian) have no capital to ask for.
    const uncased = ARABIC_SCRIPT.test(t.text);
    if (t.kind !== 'word' || doc.cover[i] || !(uncased || capitalized(doc, i))) return;
    const full = uncased ? arabicFullNameAt(doc, index, i) : fullNameAt(doc, index, i);
    if (full) {
      out.push(full);
      return;
    }
    const word = span(doc, i, i + 1).text;
    const id = knownSurname(index, word, doc.lex.lang);
    if (!id) return;
    const prev = doc.tokens[i - 1];
    // Without capitals the given name is a word right before that the gazetteer row also writes first.
    const withFirst =
      !!prev &&
      prev.kind === 'word' &&
      !doc.cover[i - 1] &&
      (uncased ? givenOf(doc, id, prev.text) : capitalized(doc, i - 1));
    out.push({ id, first: withFirst ? i - 1 : i, last: i + 1 });
  });
  return out;
}

/** The gazetteer person a word's spelling keys name, else its skeleton's (the first key that names one). */
// Surnames by index, language and word, memoized (null: none): every capitalized word of every article is asked, and
// building its skeleton key string each time was most of the cost.
const surnamesBy = new WeakMap<Map<string, string>, ByLanguage<string | null>>();

function knownSurname(index: Map<string, string>, word: string, lang: string): string | undefined {
  let memo = surnamesBy.get(index);
  if (!memo) surnamesBy.set(index, (memo = new ByLanguage<string | null>()));
  const words = memo.of(lang);
  let id = words.get(word);
  if (id === undefined) id = memo.set(words, word, surnameOf(index, word, lang) ?? null);
  return id ?? undefined;
}

function surnameOf(index: Map<string, string>, word: string, lang: string): string | undefined {
  for (const k of spellingKeys(word, lang)) {
    const id = index.get(k);
    if (id !== undefined) return id;
  }
  return index.get(`sk:${skeletonOf(word, lang)}`);
}

/**
 * A full name of two or three capitalized words outside every dictionary mention, ending at word `i`, whose
 * skeleton is a gazetteer person's full name ("Sidat Unal", "Najat Rushdi", "Ali Askar Hacı").
 */
function fullNameAt(
  doc: Doc,
  index: Map<string, string>,
  i: number,
): { id: string; first: number; last: number } | undefined {
  for (const first of [i - 2, i - 1]) {
    const key = runSkeleton(doc, first, i + 1);
    const id = key && key.length >= SKELETON_MIN ? index.get(`fn:${key}`) : undefined;
    if (id) return { id, first, last: i + 1 };
  }
  return undefined;
}

/** Letters an Arabic-script full name's skeletons must add up to: shorter runs are too common to name a person. */
const ARABIC_RUN_MIN = 7;

/**
 * The key of an Arabic-script full name of two or three words: each word's consonant skeleton ("علي أصغري حاجي" and
 * "علي أصغر حاجي" agree), or null when they are too short together to name one person.
 */
function arabicRunKey(words: string[]): string | null {
  if (words.length < 2 || words.length > 3 || !words.every((w) => ARABIC_SCRIPT.test(w))) return null;
  // The memoized keys: every uncovered Arabic word of an article is asked.
  const keys = words.map((w) => (spellingKeys(w, 'ar')[0] ?? '').slice(3));
  return keys.join('').length >= ARABIC_RUN_MIN ? `fa:${keys.join(' ')}` : null;
}

/**
 * A full name of two or three Arabic-script words outside every dictionary mention, ending at word `i`, whose
 * skeletons are a gazetteer person's full name written another way (long vowels, hamza seats).
 */
function arabicFullNameAt(
  doc: Doc,
  index: Map<string, string>,
  i: number,
): { id: string; first: number; last: number } | undefined {
  for (const first of [i - 2, i - 1]) {
    const words: string[] = [];
    for (let k = first; k <= i; k++) {
      const t = doc.tokens[k];
      // A one-word cue may be a given name too once folded ("علي" is also "على", on).
      const m = doc.cover[k];
      const cueOnly = !!m && m.last - m.first === 1 && m.entries.every((e) => e.type === 'cue');
      if (!t || t.kind !== 'word' || (m && !cueOnly) || t.sentence !== doc.tokens[i]?.sentence) break;
      words.push(t.text);
    }
    const key = words.length === i - first + 1 ? arabicRunKey(words) : null;
    const id = key ? index.get(key) : undefined;
    if (id) return { id, first, last: i + 1 };
  }
  return undefined;
}

/** The skeleton of the words [first, last) when all are capitalized words of one sentence outside every mention. */
function runSkeleton(doc: Doc, first: number, last: number): string | null {
  let key = '';
  for (let k = first; k < last; k++) {
    const t = doc.tokens[k];
    if (!t || t.kind !== 'word' || doc.cover[k] || !capitalized(doc, k)) return null;
    if (t.sentence !== doc.tokens[last - 1]?.sentence) return null;
    key += skeletonOf(span(doc, k, k + 1).text, doc.lex.lang);
  }
  return key;
}

/** Whether a word is, by its skeleton, a given name of the gazetteer person ("ألكساندر" for Alexander). */
function givenOf(doc: Doc, id: string, word: string): boolean {
  const row = actorRow(doc.knowledge, id);
  const key = arabicKey(word);
  return (row?.aliases ?? []).some((a) => {
    const ws = tokenize(foldKey(a), doc.dict.clitics.letters).filter((x) => x.kind === 'word');
    return ws.length > 1 && arabicKey(ws[0]?.text ?? '') === key;
  });
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
  const cased = hasCase(span(doc, m.first, m.first + 1).text);
  const candidate = cased
    ? capitalized(doc, i) && doc.sentences[t.sentence]?.first !== i
    : // Without capitals: a plain word, not a clitic-led one ("ولفت", "للسفير") nor one with the article.
      t.text.length >= 3 && !/^(ال|[وفبل])/.test(t.text);
  if (!candidate) return undefined;
  // The person's own first name in another spelling ("Alexandre Lavrentiev") is still that person.
  const id = entriesOf(m, 'person')[0]?.id;
  const row = actorRow(doc.knowledge, id);
  const key = (w: string): string =>
    (ARABIC_SCRIPT.test(w) ? w : spellingKeys(w, doc.lex.lang)[0] || w).replace(/^[اأإآ]/, 'ا');
  const given = (row?.aliases ?? [])
    .map((a) => tokenize(foldKey(a), doc.dict.clitics.letters).filter((x) => x.kind === 'word'))
    .flatMap((ws) => ws.slice(0, -1).map((x) => key(x.text)));
  const mine = key(t.text);
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
