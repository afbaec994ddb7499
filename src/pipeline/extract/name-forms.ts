// Inflected forms of state names and demonyms, by the endings a language's lexicon lists (nameForms): Russian,
// German, Kazakh and the Romance languages write a state's name and adjective with case, gender and number endings,
// and the gazetteer lists only some of them. Pure; run once per knowledge load.
import type { EndingRule, Lexicon } from '../knowledge.js';

// Shorter words and acronyms ("США", "ABD") are not inflected by ending: a generated form would be a common word.
const MIN_LENGTH = 4;
const ACRONYM = /^[\p{Lu}.-]+$/u;

/** The rule whose ending fits the word, the longest ending first; with the ending it matched. */
function ruleFor(word: string, rules: readonly EndingRule[]): { rule: EndingRule; ending: string } | null {
  let best: { rule: EndingRule; ending: string } | null = null;
  for (const rule of rules)
    for (const ending of rule.endings) {
      if (!word.endsWith(ending) || (best && best.ending.length >= ending.length)) continue;
      if (ending === '' && (rule.except ?? []).some((x) => word.endsWith(x))) continue;
      best = { rule, ending };
    }
  return best;
}

/** The other forms of a one-word name or demonym by the lexicon's rules for its kind (none: the word alone). */
export function nameForms(lexicon: Lexicon | undefined, kind: 'name' | 'demonym', word: string): string[] {
  const rules = lexicon?.nameForms?.[kind];
  if (!rules || word.includes(' ') || word.length < MIN_LENGTH || ACRONYM.test(word)) return [];
  const fit = ruleFor(word, rules);
  if (!fit) return [];
  const stem = word.slice(0, word.length - fit.ending.length);
  return fit.rule.forms.map((f) => stem + f).filter((f) => f !== word);
}
