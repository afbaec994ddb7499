// Language of an article that does not say: by script, then by the lexicons' common words. Pure.
import type { Knowledge } from '../knowledge.js';
import { procliticLetters } from './clitics.js';
import { fold } from './fold.js';
import { tokenize } from './tokens.js';

/** Language of a text when the article does not say: by script, then by the lexicons' common words. */
export function detectLanguage(text: string, knowledge: Knowledge): string {
  if (/[\u0600-\u06ff]/.test(text)) return /[پچژگ]/.test(text) ? 'fa' : 'ar';
  if (/[\u0400-\u04ff]/.test(text)) return 'ru';
  const words = tokenize(fold(text.slice(0, 5000)).text, procliticLetters(knowledge)).filter((t) => t.kind === 'word');
  let best = 'en';
  let bestScore = 0;
  for (const lex of Object.values(knowledge.lexicons)) {
    if (lex.lang === 'ar' || lex.lang === 'fa' || lex.lang === 'ru') continue;
    const stop = new Set((lex.cues.stop ?? []).map((w) => fold(w).text));
    const score = words.filter((w) => stop.has(w.text)).length;
    if (score > bestScore) {
      best = lex.lang;
      bestScore = score;
    }
  }
  return best;
}
