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
  if (!neg || contrastOpens(s, m.last, neg.first)) return false;
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

/**
 * "The Turkish delegation arrived, while reports on Iraq's coming conflict", "ووصل وفد تركيا، فيما تضاربت الأنباء": a
 * comma and a contrasting word ("while", "فيما", "в то время как") open another clause; a negation in it does not
 * reach back to the actors before.
 */
function contrastOpens(s: Sentence, from: number, to: number): boolean {
  for (let k = from; k < to; k++)
    if (COMMAS.has(s.doc.tokens[k]?.text ?? '') && hasCue(s.doc.cover[k + 1], 'clauseBreak')) return true;
  return false;
}

const COMMAS: ReadonlySet<string> = new Set([',', '،']);

/**
 * Whether one clause holds both mentions: no comma or semicolon between them, nor, when `words`, a clause-breaking
 * word ("while", "فيما").
 */
function clauseMates(s: Sentence, x: Mention, m: Mention, words = false): boolean {
  const [a, b] = x.first < m.first ? [x.last, m.first] : [m.last, x.first];
  for (let k = a; k < b; k++) {
    const t = s.doc.tokens[k]?.text;
    if (t === ',' || t === ';' || (words && hasCue(s.doc.cover[k], 'clauseBreak'))) return false;
  }
  return true;
}

/** A cue of the kind in the same clause as the mention. */
function sameClause(s: Sentence, m: Mention, cue: CueName): boolean {
  return s.ms.some((x) => x !== m && hasCue(x, cue) && clauseMates(s, x, m));
}

/** An attending verb that is no negation ("attended", not "did not attend"). */
function attends(x: Mention): boolean {
  return hasCue(x, 'attend') && !hasCue(x, 'negation');
}

/**
 * "The government and the opposition attended, while the UN envoy stayed away, and Jordan, with Iraq for the first
 * time, took part as an observer": an actor with an attending verb of its own in its clause, or after a new attending
 * verb that follows the negation, is placed by that verb; the negation of another clause does not reach it.
 */
function reasserted(s: Sentence, m: Mention): boolean {
  if (s.ms.some((x) => x !== m && attends(x) && clauseMates(s, x, m, true))) return true;
  let last: Mention | undefined;
  for (const x of s.ms) if (x.last <= m.first && (attends(x) || hasCue(x, 'negation'))) last = x;
  return !!last && attends(last) && last.first > s.negAt;
}

/** "attended", "بحضور": a word of attending that is not itself a delegation or co-chair word ("the delegations"). */
function attendingWord(x: Mention | undefined): boolean {
  return hasCue(x, 'attend', 'participate') && !hasCue(x, 'delegation', 'coChair');
}

/** Tokens between a verb that comes first and its subject ("ناشد اليوم المبعوث"). */
const VERB_SUBJECT_GAP = 2;

/** The last appeal word ending before m (a backward loop: reversing a copy of the sentence's list per actor cost more). */
function lastAppealBefore(s: Sentence, m: Mention): Mention | undefined {
  for (let i = s.ms.length - 1; i >= 0; i--) {
    const x = s.ms[i];
    if (x && x.last <= m.first && hasCue(x, 'appeal')) return x;
  }
  return undefined;
}

/**
 * "Pedersen urged the two co-chairs, their delegations and the middle third to ...", "ناشد المبعوث الوفود أن ...": the
 * actors an appeal is addressed to — after the appeal word, a list's commas allowed, no other clause or attending verb
 * between — are asked to act, not said to attend. Its subject is not: the one who appeals may well be there.
 */
export function addressed(s: Sentence, m: Mention): boolean {
  const appeal = lastAppealBefore(s, m);
  if (!appeal) return false;
  // Where the verb comes first, the actor right after it is who appeals ("ناشد المبعوث الأطراف").
  const firstAfter = s.ms.find((x) => x.first >= appeal.last && actorOf(x) !== null);
  if (s.doc.lex.verbFirst && firstAfter === m && m.first - appeal.last <= VERB_SUBJECT_GAP) return false;
  for (let k = appeal.last; k < m.first; k++) {
    const t = s.doc.tokens[k]?.text;
    if (t === ';' || t === '.' || hasCue(s.doc.cover[k], 'clauseBreak') || attendingWord(s.doc.cover[k])) return false;
  }
  return true;
}

/** Invited, absent, boycotting or only possibly coming: after such a word, in its clause, or its subject. */
export function negated(s: Sentence, m: Mention): boolean {
  if (sameClause(s, m, 'negation') || addressed(s, m)) return true;
  if (reasserted(s, m)) return false;
  return m.first > s.negAt || negatedSubject(s, m);
}
