// How a body is made up, told as a standing fact: "the committee has 150 members, 50 each for the government, the
// opposition and civil society", "وتضم الهيئة 45 عضوا موزعين بالتساوي على الفرق الثلاثة". Such a sentence says who
// belongs to the body, not who came to one of its meetings (the guideline's "general description"). The same
// distributive wording inside a report of a meeting ("the meetings bring together 15 from each side", "convened on
// Monday, the small body gathers 15 of each") does tell of attendance, so a sentence that names a meeting, an opening
// or a gathering, or gives a day, is left to the other rules. Pure.
import type { Doc } from '../doc.js';
import { hasAnyCue, sentenceMentions } from '../doc.js';
import type { CueName } from '../knowledge.js';

/** Words that make a sentence tell of a meeting rather than of the body's standing make-up. */
const EVENT_CUES: readonly CueName[] = [
  'meeting',
  'meetingPlural',
  'opening',
  'launchWork',
  'startedVerb',
  'underWay',
  'gather',
  'attend',
  'arrive',
  'dayOfMeeting',
];

/** Date kinds that pin a sentence to a day (a year or a month alone does not make an event). */
const DAY_KINDS: ReadonlySet<string> = new Set(['day', 'range', 'relative']);

/** The sentence tells how a body is composed (cue membership) and of no meeting, opening, gathering or day. */
export function describesMembership(doc: Doc, sentence: number): boolean {
  const ms = sentenceMentions(doc, sentence);
  if (!ms.some((m) => hasAnyCue(m, ['membership']))) return false;
  if (ms.some((m) => hasAnyCue(m, EVENT_CUES) || m.entries.some((e) => e.type === 'seriesNoun'))) return false;
  return !doc.dates.some((d) => d.sentence === sentence && DAY_KINDS.has(d.kind));
}
