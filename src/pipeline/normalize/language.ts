// Language of an article that does not say: by script, then by the lexicons' common words. Pure.
import type { Knowledge, Lexicon } from '../knowledge.js';
import { procliticLetters } from './clitics.js';
import { fold } from './fold.js';
import { tokenize } from './tokens.js';

/** A lexicon's `detection` row, compiled: a letter of its script, and one of its own letters, found anywhere. */
interface ScriptLanguage {
  lang: string;
  script: RegExp;
  letters: RegExp | null;
}

const scriptLanguages = new WeakMap<Knowledge, readonly ScriptLanguage[]>();

/** The languages told by their script, in lexicon order, compiled once per knowledge load. */
function scriptLanguagesOf(k: Knowledge): readonly ScriptLanguage[] {
  let out = scriptLanguages.get(k);
  if (!out) {
    out = Object.values(k.lexicons).flatMap((lex) => {
      const d = lex.detection;
      if (!d) return [];
      const letters = d.letters?.length ? new RegExp(`[${d.letters.join('')}]`, 'u') : null;
      return [{ lang: lex.lang, script: new RegExp(`[\\u{${d.script[0]}}-\\u{${d.script[1]}}]`, 'u'), letters }];
    });
    scriptLanguages.set(k, out);
  }
  return out;
}

/**
 * The language a text's script tells: of the languages written in the first script found in it, the one whose own
 * letters it has ("گ" tells Persian from Arabic); else the one of them whose common words it has most ("че", "се"
 * tell Bulgarian from Russian), the one that lists no letters on a tie.
 */
function byScript(text: string, k: Knowledge, words: () => readonly string[]): string | undefined {
  const langs = scriptLanguagesOf(k);
  const first = mainScript(text, langs);
  if (!first) return undefined;
  const same = langs.filter((l) => l.script.source === first.script.source);
  const lettered = same.find((l) => l.letters?.test(text));
  if (lettered) return lettered.lang;
  const fallback = (same.find((l) => !l.letters) ?? first).lang;
  if (same.length === 1) return fallback;
  return byCommonWords(
    words(),
    same.flatMap((l) => k.lexicons[l.lang] ?? []),
    fallback,
    0,
  );
}

/**
 * The script most of a text's letters are in, of those the lexicons are told by, unless Latin letters are more: an
 * English report quoting an Arabic or Russian name is English. Undefined: Latin (or none of them) is the main one.
 */
function mainScript(text: string, langs: readonly ScriptLanguage[]): ScriptLanguage | undefined {
  const letters = text.slice(0, SAMPLE).match(LETTER) ?? [];
  const latin = letters.filter((c) => LATIN.test(c)).length;
  let best: ScriptLanguage | undefined;
  let bestCount = 0;
  const counted = new Set<string>();
  for (const l of langs) {
    if (counted.has(l.script.source)) continue;
    counted.add(l.script.source);
    const n = letters.filter((c) => l.script.test(c)).length;
    if (n > bestCount) {
      best = l;
      bestCount = n;
    }
  }
  return bestCount > latin ? best : undefined;
}

/** Characters of a text read to tell its language. */
const SAMPLE = 5000;

/** The tag (BCP 47 "undetermined") of a text in none of the lexicons' languages. */
export const UNDETERMINED = 'und';

/**
 * Of `lexicons`, the one with the most of its stop words among `words`, if `distinct` of them at least are found;
 * `fallback` unless another has more. One short word shared is no evidence: Indonesian "di" is Italian's too,
 * Swahili "na" Polish's.
 */
function byCommonWords(
  words: readonly string[],
  lexicons: readonly Lexicon[],
  fallback: string,
  distinct: number,
): string {
  const hits = (lex: Lexicon): string[] => {
    const stop = new Set((lex.cues.stop ?? []).map((w) => fold(w).text));
    return words.filter((w) => stop.has(w));
  };
  const first = lexicons.find((lex) => lex.lang === fallback);
  let best = fallback;
  let bestScore = first ? hits(first).length : 0;
  for (const lex of lexicons) {
    const found = hits(lex);
    if (found.length > bestScore && new Set(found).size >= distinct) {
      best = lex.lang;
      bestScore = found.length;
    }
  }
  return best;
}

/** Distinct stop words of a Latin-script lexicon a text must have to be in its language. */
const MIN_COMMON_WORDS = 2;
/**
 * Share of a text's letters (of the language's script) its lexicon never writes, from which the text is in another
 * language of that script: Vietnamese "ư ạ ế", Czech "ř ě ů", Romanian "ș ț", Urdu "ے ں ہ". Texts in our languages
 * had at most .6% (a quoted Turkish name in English); the other languages 5% to 28%.
 */
const FOREIGN_SHARE = 0.02;
/** Fewest such letters for the share to count: a short text with one accented name is not foreign. */
const FOREIGN_LEAST = 3;

const alphabets = new WeakMap<Lexicon, ReadonlySet<string>>();

/** The letters a lexicon writes anywhere in its data (lower case), once per lexicon. */
function alphabetOf(lex: Lexicon): ReadonlySet<string> {
  let out = alphabets.get(lex);
  if (!out) {
    out = new Set(JSON.stringify(lex).toLowerCase().normalize('NFC').match(LETTER) ?? []);
    alphabets.set(lex, out);
  }
  return out;
}

/** Whether enough of the text's letters of `script` are ones the language's lexicon never writes. */
function foreignLetters(text: string, lex: Lexicon, script: RegExp): boolean {
  const alphabet = alphabetOf(lex);
  const letters = (text.slice(0, SAMPLE).toLowerCase().normalize('NFC').match(LETTER) ?? []).filter((c) =>
    script.test(c),
  );
  const foreign = letters.filter((c) => !alphabet.has(c)).length;
  return foreign >= FOREIGN_LEAST && foreign >= FOREIGN_SHARE * letters.length;
}

const LETTER = /\p{L}/gu;
const LATIN = /\p{Script=Latin}/u;

/**
 * Whether most of a text's letters are in scripts no lexicon is told by and that are not Latin: a Chinese report
 * with a few Latin words (an agency's name, "Astana") or an Arabic quote is in none of our languages, and its handful
 * of Latin or Arabic words must not decide that it is Italian or Arabic.
 */
function mostlyOtherScripts(text: string, k: Knowledge): boolean {
  const letters = text.slice(0, SAMPLE).match(LETTER) ?? [];
  if (letters.length === 0) return false;
  const scripts = scriptLanguagesOf(k).map((l) => l.script);
  const ours = letters.filter((c) => LATIN.test(c) || scripts.some((s) => s.test(c))).length;
  return ours * 2 < letters.length;
}

/** Language of a text when the article does not say: by script, then by the lexicons' common words. */
export function detectLanguage(text: string, knowledge: Knowledge): string {
  if (mostlyOtherScripts(text, knowledge)) return UNDETERMINED;
  let words: string[] | undefined;
  const wordsOf = (): string[] =>
    (words ??= tokenize(fold(text.slice(0, SAMPLE)).text, procliticLetters(knowledge))
      .filter((t) => t.kind === 'word')
      .map((t) => t.text));
  const scripted = byScript(text, knowledge, wordsOf);
  if (scripted) return ownLetters(text, knowledge, scripted);
  // A language told by its script is not in a text of another script. None of any lexicon's common words (a script
  // none is for, or a language none is for): undetermined, read by the fallback (unseen/). A Latin-script language
  // sharing one short word with ours, or writing letters our lexicon for it never does, is undetermined too; one
  // sharing several short words and no letter of its own (Dutch "de", "en" with Spanish) is still taken for ours.
  return ownLetters(
    text,
    knowledge,
    byCommonWords(
      wordsOf(),
      Object.values(knowledge.lexicons).filter((lex) => !toldByScript(lex)),
      UNDETERMINED,
      MIN_COMMON_WORDS,
    ),
  );
}

/** `lang`, unless the text writes letters of its script that its lexicon never does: then undetermined. */
function ownLetters(text: string, k: Knowledge, lang: string): string {
  const lex = k.lexicons[lang];
  if (!lex) return lang;
  const script = scriptLanguagesOf(k).find((l) => l.lang === lang)?.script ?? LATIN;
  return foreignLetters(text, lex, script) ? UNDETERMINED : lang;
}

function toldByScript(lex: Lexicon): boolean {
  return lex.detection !== undefined;
}
