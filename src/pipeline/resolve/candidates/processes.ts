// Other processes: a series other than the sentence's own, or a process of no series, named in passing claims the
// actors nearer to it; a sentence about another process only places no one. Pure.
import type { Doc } from '../../doc.js';
import { hasCue } from '../../doc.js';
import type { Mention } from '../../extract/mentions.js';
import { entriesOf } from '../../extract/mentions.js';
import { locativeWord } from '../../normalize/clitics.js';
import type { Sentence } from './sentence.js';
import { WINDOW } from './windows.js';
import { near } from './words.js';

/**
 * A short series name used as a place: after a preposition of place ("in Geneva"), with one written on it ("بجنيف",
 * the lexicon's locative clitics), or next to a hosting verb ("Geneva hosted the session", "استضافت جنيف الجولة"); a
 * city that hosts is a venue, not the talks named after it.
 */
function venue(doc: Doc, m: Mention): boolean {
  if (hasCue(doc.cover[m.first - 1], 'locPrep', 'host') || hasCue(doc.cover[m.last], 'host')) return true;
  return m.last - m.first === 1 && locativeWord(doc.dict.clitics, doc.tokens[m.first]?.text ?? '');
}

/**
 * A reference to another process: a series other than the ones the sentence's meetings belong to, or a process that
 * is no series of ours ("the national dialogue congress"); a short name used as a venue is not the talks.
 */
export function otherProcessRef(doc: Doc, m: Mention, series: ReadonlySet<string>): boolean {
  const named = entriesOf(m, 'series');
  if (!named.length) return hasCue(m, 'otherSeries');
  if (named.some((e) => series.has(e.id))) return false;
  return named.some((e) => e.form !== 'short') || !venue(doc, m);
}

/** The reference that governs an actor: the nearest before it, else the nearest after it. */
function claimedByOther(s: Sentence, m: Mention): boolean {
  const own = (x: Mention): boolean => hasCue(x, 'meeting') || entriesOf(x, 'series').some((e) => s.series.has(e.id));
  const refs = s.ms.filter((x) => otherProcessRef(s.doc, x, s.series) || own(x));
  const before = refs.filter((x) => x.last <= m.first).pop();
  const governing = before ?? refs.find((x) => x.first >= m.last);
  return !!governing && otherProcessRef(s.doc, governing, s.series);
}

/**
 * "At the Astana talks, in which Russia, Turkey and Iran take part, the Constitutional Committee's work ...": a
 * process named in passing claims the actors nearer to it than to the meeting's own name, unless they are named as
 * guarantors or observers.
 */
export function lostToOtherProcess(s: Sentence, m: Mention): boolean {
  if (!s.otherProcess || !(s.ownRound || claimedByOther(s, m))) return false;
  return !near(s.doc, m, ['guarantor', 'observer'], WINDOW.otherProcessRole);
}

/**
 * A sentence about another process only (another series, a congress) places no one at a round; nor does one about a
 * working group held beside the round ("a working group on detainees meets with the ICRC and the UN taking part"),
 * unless it names the round itself.
 */
export function aboutOtherProcessOnly(s: Sentence): boolean {
  if (!s.ownRound && s.ms.some((m) => hasCue(m, 'subMeeting'))) return true;
  const ownName = s.ms.some((x) => hasCue(x, 'meeting') || entriesOf(x, 'series').some((e) => s.series.has(e.id)));
  return s.otherProcess && !s.ownRound && !ownName;
}
