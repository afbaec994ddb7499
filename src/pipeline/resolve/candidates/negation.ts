// The negation exclusion: an actor invited, absent, boycotting or only possibly coming is not placed at the meeting.
// Pure; negation cue words are lexicon data.
import type { CueName } from '../../knowledge.js';
import { hasCue } from '../../doc.js';
import type { Mention } from '../../extract/mentions.js';
import { actorOf } from '../heads.js';
import type { Sentence } from './sentence.js';
import { gap } from './words.js';

/** "Jordan, which had joined earlier rounds, did not send a delegation": the actor(s) before a negated verb. */
export function negatedSubject(s: Sentence, m: Mention): boolean {
  const { ms, doc } = s;
  const neg = ms.find((x) => x.first >= m.last && hasCue(x, 'negation'));
  if (!neg) return false;
  // "Jordan, Iraq and Lebanon did not attend": the negation reaches back across the list the actor heads; another
  // actor between that is no item of that list is the verb's subject instead.
  let prev = m;
  for (const x of ms) {
    if (x === m || x.first < m.last || x.last > neg.first || actorOf(x) === null) continue;
    if (gap(doc, prev, x) !== 0) return false;
    prev = x;
  }
  // Where the subject follows the verb ("بينما غاب عنها ممثل الولايات المتحدة"), the negation is about that one.
  const next = ms.find((x) => x.first >= neg.last && actorOf(x) !== null);
  return !next || next.sentence !== m.sentence || next.first - neg.last > 4;
}

/** A cue of the kind in the same comma-delimited clause as the mention. */
function sameClause(s: Sentence, m: Mention, cue: CueName): boolean {
  return s.ms.some((x) => {
    if (x === m || !hasCue(x, cue)) return false;
    const [a, b] = x.first < m.first ? [x.last, m.first] : [m.last, x.first];
    for (let k = a; k < b; k++) if (s.doc.tokens[k]?.text === ',' || s.doc.tokens[k]?.text === ';') return false;
    return true;
  });
}

/** Invited, absent, boycotting or only possibly coming: after such a word, in its clause, or its subject. */
export function negated(s: Sentence, m: Mention): boolean {
  return m.first > s.negAt || sameClause(s, m, 'negation') || negatedSubject(s, m);
}
