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
  const first = langs.find((l) => l.script.test(text));
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
  );
}

/** The tag (BCP 47 "undetermined") of a text in none of the lexicons' languages. */
export const UNDETERMINED = 'und';

/** Of `lexicons`, the one with the most of its stop words among `words`; `fallback` unless another has more. */
function byCommonWords(words: readonly string[], lexicons: readonly Lexicon[], fallback: string): string {
  const score = (lex: Lexicon): number => {
    const stop = new Set((lex.cues.stop ?? []).map((w) => fold(w).text));
    return words.filter((w) => stop.has(w)).length;
  };
  const first = lexicons.find((lex) => lex.lang === fallback);
  let best = fallback;
  let bestScore = first ? score(first) : 0;
  for (const lex of lexicons) {
    const s = score(lex);
    if (s > bestScore) {
      best = lex.lang;
      bestScore = s;
    }
  }
  return best;
}

const LETTER = /\p{L}/gu;
const LATIN = /\p{Script=Latin}/u;

/**
 * Whether most of a text's letters are in scripts no lexicon is told by and that are not Latin: a Chinese report
 * with a few Latin words (an agency's name, "Astana") or an Arabic quote is in none of our languages, and its handful
 * of Latin or Arabic words must not decide that it is Italian or Arabic.
 */
function mostlyOtherScripts(text: string, k: Knowledge): boolean {
  const letters = text.slice(0, 5000).match(LETTER) ?? [];
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
    (words ??= tokenize(fold(text.slice(0, 5000)).text, procliticLetters(knowledge))
      .filter((t) => t.kind === 'word')
      .map((t) => t.text));
  const scripted = byScript(text, knowledge, wordsOf);
  if (scripted) return scripted;
  // A language told by its script is not in a text of another script. None of any lexicon's common words (a script
  // none is for, or a language none is for): undetermined, read by the fallback (unseen/). A Latin-script language
  // sharing a few short words with ours (Polish "i", "na", "do") is still taken for one of ours: a share of common
  // words did not tell them apart in short texts.
  return byCommonWords(
    wordsOf(),
    Object.values(knowledge.lexicons).filter((lex) => !toldByScript(lex)),
    UNDETERMINED,
  );
}

function toldByScript(lex: Lexicon): boolean {
  return lex.detection !== undefined;
}
