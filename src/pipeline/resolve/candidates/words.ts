// Word distances inside a sentence: list fillers, the words between two mentions, a cue near a mention, the word
// just before or after a mention. Pure.
import type { CueName } from '../../knowledge.js';
import type { Doc } from '../../doc.js';
import { hasAnyCue, hasCue, sentenceMentions } from '../../doc.js';
import type { Mention } from '../../extract/mentions.js';

/** Whether a token is filler between list items: punctuation of a list, "and", articles, "of" ("de la", "و"). */
export function filler(doc: Doc, i: number): boolean {
  const t = doc.tokens[i];
  if (!t) return false;
  if (t.kind === 'punct') return [',', '-', '–', '—', '(', ')', "'", '"', '،'].includes(t.text);
  if (t.text.length === 1) return true; // "l'", "d'"
  // A case ending set off by an apostrophe ("Rusya'dan gelen heyet", "Ürdün'ün heyeti") belongs to the name before it.
  if (doc.tokens[i - 1]?.text === "'" && doc.tokens[i - 2]?.kind === 'word' && doc.lex.modifiersBeforeNoun) return true;
  const x = doc.cover[i];
  if (!x || !x.entries.every((e) => e.type === 'cue')) return false;
  return hasCue(x, 'stop', 'rangeJoin', 'dateFiller');
}

/** Words between two mentions, not counting list fillers: 0 for "Russia, Turkey", "de la Russie, de la Turquie". */
export function gap(doc: Doc, a: Mention, b: Mention): number {
  const [from, to] = a.last <= b.first ? [a.last, b.first] : [b.last, a.first];
  if (from > to) return Infinity;
  let n = 0;
  for (let i = from; i < to; i++) if (!filler(doc, i)) n++;
  return n;
}

/** A cue of the given kinds within `dist` words of the mention, list fillers not counted. */
export function near(doc: Doc, m: Mention, cues: CueName[], dist: number): boolean {
  const ms = sentenceMentions(doc, m.sentence);
  return ms.some((x) => x !== m && hasAnyCue(x, cues) && gap(doc, m, x) < dist);
}

/** The index of the word before a mention, stepping over articles ("sur la Syrie", "auprès de l'ONU"). */
export function wordBefore(doc: Doc, m: Mention, cue: CueName): number {
  let j = m.first - 1;
  for (let n = 0; n < 3 && !hasCue(doc.cover[j], cue); n++) {
    const t = doc.tokens[j];
    const article = t?.kind === 'word' && (t.text.length === 1 || (t.text.length <= 3 && hasCue(doc.cover[j], 'stop')));
    const elision = t?.kind === 'punct' && t.text === "'";
    if (!article && !elision) break;
    j--;
  }
  return j;
}

/** The first word after a mention, stepping over a possessive or case suffix ("Kazakhstan's", "Suriye'nin"). */
export function wordAfter(doc: Doc, m: Mention): number {
  let k = m.last;
  if (doc.tokens[k]?.text === "'") k += 2;
  return k;
}
