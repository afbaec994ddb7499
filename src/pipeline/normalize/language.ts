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
 * letters it has, else the one that has none listed ("گ" tells Persian from Arabic).
 */
function byScript(text: string, k: Knowledge): string | undefined {
  const langs = scriptLanguagesOf(k);
  const first = langs.find((l) => l.script.test(text));
  if (!first) return undefined;
  const same = langs.filter((l) => l.script.source === first.script.source);
  return (same.find((l) => l.letters?.test(text)) ?? same.find((l) => !l.letters) ?? first).lang;
}

/** The tag (BCP 47 "undetermined") of a text in none of the lexicons' languages. */
export const UNDETERMINED = 'und';

/** Language of a text when the article does not say: by script, then by the lexicons' common words. */
export function detectLanguage(text: string, knowledge: Knowledge): string {
  const scripted = byScript(text, knowledge);
  if (scripted) return scripted;
  const words = tokenize(fold(text.slice(0, 5000)).text, procliticLetters(knowledge)).filter((t) => t.kind === 'word');
  let best = UNDETERMINED;
  let bestScore = 0;
  for (const lex of Object.values(knowledge.lexicons)) {
    // A language told by its script is not in a text of another script.
    if (toldByScript(lex)) continue;
    const stop = new Set((lex.cues.stop ?? []).map((w) => fold(w).text));
    const score = words.filter((w) => stop.has(w.text)).length;
    if (score > bestScore) {
      best = lex.lang;
      bestScore = score;
    }
  }
  // None of any lexicon's common words (a script none is for, or a language none is for): undetermined, read by the
  // fallback (unseen/). A Latin-script language sharing a few short words with ours (Polish "i", "na", "do") is
  // still taken for one of ours: a share of common words did not tell them apart in short texts.
  return best;
}

function toldByScript(lex: Lexicon): boolean {
  return lex.detection !== undefined;
}
