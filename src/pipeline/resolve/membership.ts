// How a body is made up, told as a standing fact: "the committee has 150 members, 50 each for the government, the
// opposition and civil society", "وتضم الهيئة 45 عضوا موزعين بالتساوي على الفرق الثلاثة", or one count given to each
// side in turn ("50 of the government, 50 of the opposition and 50 of civil society"). Such a sentence says who
// belongs to the body, not who came to one of its meetings (the guideline's "general description"). The same
// distributive wording inside a report of a meeting ("the meetings bring together 15 from each side", "convened on
// Monday, the small body gathers 15 of each") does tell of attendance, so a sentence that names a meeting, an opening
// or a gathering, or gives a day, is left to the other rules. One exception (sidesSitting, below): the make-up of a
// body that sits at the meeting the article reports names the sides sitting there. Pure.
import type { Doc } from '../doc.js';
import { hasAnyCue, sentenceMentions } from '../doc.js';
import type { CueName, SittingBody } from '../knowledge.js';
import { memberRole } from '../knowledge.js';
import type { Mention } from '../extract/mentions.js';
import type { RoundInfo } from './meetings.js';
import { seriesRow } from '../rows.js';

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

/** Counts of seats are small numbers; a number this large is a year ("2019 ... 2019"), not a share. */
const MAX_SHARE = 1000;
/** Sides a repeated count must be given to before it reads as shares of seats. */
const MIN_SIDES = 2;

/** A number written more than once in the sentence, below a year: "50 ..., 50 ... and 50 ...". */
function repeatsCount(doc: Doc, sentence: number): boolean {
  const s = doc.sentences[sentence];
  if (!s) return false;
  const seen = new Set<string>();
  for (let i = s.first; i < s.last; i++) {
    const t = doc.tokens[i];
    if (t?.kind !== 'num' || !(Number(t.text) < MAX_SHARE)) continue;
    if (seen.has(t.text)) return true;
    seen.add(t.text);
  }
  return false;
}

/**
 * "The committee has 150 members: 50 from civil society, 50 from the government and 50 from the opposition": one
 * count given to each of several sides is how the seats are shared, whatever words join them (no cue needed).
 */
function sharesOneCount(doc: Doc, sentence: number, ms: readonly Mention[]): boolean {
  const sides = new Set<string>();
  for (const m of ms) for (const e of m.entries) if (e.type === 'state' || e.type === 'org') sides.add(e.id);
  return sides.size >= MIN_SIDES && repeatsCount(doc, sentence);
}

/** The sentence tells how a body is composed (cue membership) and of no meeting, opening, gathering or day. */
export function describesMembership(doc: Doc, sentence: number): boolean {
  const ms = sentenceMentions(doc, sentence);
  if (!ms.some((m) => hasAnyCue(m, ['membership'])) && !sharesOneCount(doc, sentence, ms)) return false;
  if (ms.some((m) => hasAnyCue(m, EVENT_CUES) || m.entries.some((e) => e.type === 'seriesNoun'))) return false;
  return !doc.dates.some((d) => d.sentence === sentence && DAY_KINDS.has(d.kind));
}

/** The counts a sentence gives outside its dates ("the 45-member body", "15 each"; not "on 15 May"). */
function countsOf(doc: Doc, sentence: number): Set<number> {
  const s = doc.sentences[sentence];
  const out = new Set<number>();
  if (!s) return out;
  const dated = doc.dates.filter((d) => d.sentence === sentence);
  for (let i = s.first; i < s.last; i++) {
    const t = doc.tokens[i];
    if (t?.kind !== 'num' || dated.some((d) => i >= d.first && i < d.last)) continue;
    const n = Number(t.text);
    if (n < MAX_SHARE) out.add(n);
  }
  return out;
}

/**
 * The series' bodies the sentence tells the make-up of: those whose seats or per-side share it gives ("the 45-member
 * body", "50 delegates each"); with no count, a sentence of make-up (cue membership: "the government, the opposition
 * and civil society are represented on it") tells of the whole membership, the body with the most seats.
 */
function bodiesTold(doc: Doc, sentence: number, bodies: readonly SittingBody[]): SittingBody[] {
  const counts = countsOf(doc, sentence);
  const told = bodies.filter((b) => counts.has(b.seats) || (b.share !== undefined && counts.has(b.share)));
  if (told.length) return told;
  if (!sentenceMentions(doc, sentence).some((m) => hasAnyCue(m, ['membership']))) return [];
  const whole = [...bodies].sort((a, b) => b.seats - a.seats)[0];
  return whole ? [whole] : [];
}

/**
 * "The small body, 45 members, 15 each from the government, the opposition and civil society, ...", "وتتألف هذه
 * الهيئة من 150 عضوا تتقاسمهم بالتساوي الحكومة والمعارضة والمجتمع المدني": in an article reporting a meeting, the
 * make-up of a body that sits at that meeting (the series' `bodies`) names the sides sitting there; the make-up of one
 * that does not (a whole committee that sat in full only at its first session) stays a general description. The
 * sentence must name two of the series' parties and no other meeting before them ("launched on 30 October with 150
 * members ..." tells of that launch). The parties' ids, none when the sentence says no such thing.
 */
export function sidesSitting(doc: Doc, sentence: number, focus: RoundInfo, rounds: readonly RoundInfo[]): string[] {
  const bodies = seriesRow(doc.knowledge, focus.series)?.bodies;
  if (!bodies?.length) return [];
  const sides: { id: string; at: number }[] = [];
  for (const m of sentenceMentions(doc, sentence))
    for (const e of m.entries)
      if ((e.type === 'state' || e.type === 'org') && memberRole(doc.knowledge, focus.series, e.id) === 'PARTY')
        sides.push({ id: e.id, at: m.first });
  const ids = [...new Set(sides.map((x) => x.id))];
  if (ids.length < MIN_SIDES) return [];
  const sits = bodiesTold(doc, sentence, bodies).some((b) => !b.rounds || b.rounds.includes(focus.round));
  if (!sits) return [];
  const lastSide = Math.max(...sides.map((x) => x.at));
  const otherBefore = (r: RoundInfo): boolean =>
    r.id !== focus.id && r.mentions.some((m) => m.sentence === sentence && m.first < lastSide);
  return rounds.some(otherBefore) ? [] : ids;
}
