// Stage 7b: meeting frames — what each sentence is about, decided for the whole article before participation, heads
// and statements are read: one or more numbered rounds, a general description of the format (who its guarantors and
// observers are: attendance at no round), or nothing. Pure.
//
// A sentence that names rounds is about them. Otherwise it continues the sentence before it, with three exceptions
// that make real reporting differ from tidy text: a planned round does not capture sentences that are not about the
// future; a round held before the one the article reports (background: "the first round was held in 2017") captures
// only sentences told in the past; and before any round is named, the sentence is about the round the article
// reports (its number may come only at the end: "... the talks were the sixth meeting").
import type { Doc } from '../doc.js';
import type { CueName } from '../knowledge.js';
import { hasCue, quoteMask, sentenceHasAnyCue, sentenceMentions } from '../doc.js';
import type { RoundInfo } from './meetings.js';
import type { Mention } from '../extract/mentions.js';
import type { RoundMention } from '../extract/rounds.js';
import { coordinates } from '../extract/rounds.js';
import { underWayOnDay } from '../extract/known-meetings.js';
import { addDays } from '../extract/dates.js';
import { describesMembership } from './membership.js';
import { entriesOf } from '../extract/mentions.js';
import { seriesRow } from '../rows.js';

/** Rounds are named by their meeting ids ("astana-20"): a number alone never says which series. */
export type Frame =
  /** `each`: the sentence is about every one of its rounds alike ("these meetings"), not about the one named nearest. */
  (
    | { kind: 'rounds'; rounds: string[]; each?: true }
    /** Before any round is named, not telling of an event: only a host is placed, at the round the article reports. */
    | { kind: 'preamble'; round: string }
    | { kind: 'general' }
    | { kind: 'none' }
  ) & {
    /** Which rule decided the frame (for diagnosis: counting which rule put facts at the wrong meeting). */
    why: string;
  };

/**
 * The round the article is mostly about (its meeting id): the one its series' calendar has under way on the article's
 * day when the article names it (a report is written around the meeting it tells of, however often it recalls the
 * earlier ones), else the most mentioned, earliest first on ties.
 */
export function focusRound(rounds: RoundInfo[], doc?: Doc): string | null {
  // The headline's round, when the body does not contradict it (headline.ts), is the one the article reports.
  const headline = rounds.find((r) => r.headlineFocus);
  if (headline) return headline.id;
  const own = (x: RoundInfo): number => x.mentions.filter((m) => !m.next && !m.before).length;
  const current = doc ? rounds.filter((r) => own(r) > 0 && underWay(doc, r)) : [];
  if (current.length === 1) return current[0]?.id ?? null;
  let best: RoundInfo | null = null;
  for (const r of rounds) {
    const n = own(r);
    if (n === 0) continue;
    const first = (x: RoundInfo): number => Math.min(...x.mentions.map((m) => m.first));
    const bn = best ? own(best) : 0;
    if (!best || n > bn || (n === bn && first(r) < first(best))) best = r;
  }
  return best?.id ?? null;
}

function underWay(doc: Doc, r: RoundInfo): boolean {
  const row = seriesRow(doc.knowledge, r.series);
  return !!row && underWayOnDay(doc, row, r.round);
}

/**
 * The rounds a sentence names itself. "The next meeting" only governs what is said about the future: a sentence told
 * in the future whose only rounds are next ones, and that says who will attend, is about them ("the ministry said the next meeting will convene in
 * the capital on 14-15 March and that senior officials of Russia, Turkey and Iran will attend it") when the next
 * round's number follows from the article, every earlier round of its series being named in it ("the meeting was
 * held in two rounds, the first in January and the second in February"); a "next round" counted from a calendar is
 * not one the article numbers.
 */
function ownRounds(doc: Doc, rounds: RoundInfo[], sentence: number): string[] {
  const named = (next: boolean): RoundInfo[] =>
    rounds.filter((r) => r.mentions.some((m) => m.sentence === sentence && m.next === next));
  const own = named(false).map((r) => r.id);
  // Told in the future and saying who will attend (not only when or whether the round will be held).
  if (own.length || !hasAny(doc, sentence, 'future') || !hasAny(doc, sentence, 'attend')) return own;
  return named(true)
    .filter((r) => earlierRoundsNamed(rounds, r))
    .map((r) => r.id);
}

/** Earlier rounds that make a listing the next round's number follows from ("the first ..., the second ..."). */
const LISTED_MIN = 2;

/**
 * Whether the rounds of a round's series before it are listed in the article: every one named (not as "the next
 * one"), at least two of them (one earlier round named in passing, "its first session", numbers nothing after it).
 */
function earlierRoundsNamed(rounds: RoundInfo[], r: RoundInfo): boolean {
  if (r.round - 1 < LISTED_MIN) return false;
  for (let n = 1; n < r.round; n++)
    if (!rounds.some((x) => x.series === r.series && x.round === n && x.mentions.some((m) => !m.next))) return false;
  return true;
}

function hasAny(doc: Doc, sentence: number, ...cues: CueName[]): boolean {
  return sentenceHasAnyCue(doc, sentence, cues);
}

/**
 * "Moscow, Ankara and Tehran are the guarantors of the format", "تتولى روسيا وإيران وتركيا ضمان ...": a sentence that
 * describes the format in general, names no round, and says nobody attended or will attend anything.
 */
function generalDescription(doc: Doc, sentence: number): boolean {
  return (
    (hasAny(doc, sentence, 'formatGeneral') && !hasAny(doc, sentence, 'attend')) || describesMembership(doc, sentence)
  );
}

/**
 * Before any round is named, a sentence is about the round the article reports only when it tells of an event: it
 * has an attending, gathering, heading or opening word or a day ("Delegations of Russia, Turkey and Iran met on
 * Tuesday", "Lavrentiev leads the Russian delegation", "Opening the meeting will be addresses by the envoy and the
 * two co-chairs"), and is not someone's quoted words.
 */
function eventBeforeRounds(doc: Doc, sentence: number, quoted: boolean[]): boolean {
  const s = doc.sentences[sentence];
  if (!s) return false;
  let words = 0;
  let inQuote = 0;
  for (let i = s.first; i < s.last; i++) {
    if (doc.tokens[i]?.kind !== 'word') continue;
    words++;
    if (quoted[i]) inQuote++;
  }
  if (inQuote * 2 > words) return false;
  const day = doc.dates.some((d) => d.sentence === sentence && ['day', 'range', 'relative'].includes(d.kind));
  // "Government and opposition envoys are meeting again in the Kazakh capital": delegations gathering; the opening
  // of the meeting told before its number is given.
  // "The Russian and Iranian delegations are arriving in the capital" before "the 21st round opens tomorrow": the
  // arrival of delegations is the round's first event (not the "arrival" of aid).
  // "The Russian and Iranian delegations are already in Astana": delegations placed somewhere are there for it too.
  const placed = sentenceMentions(doc, sentence).some((m) => entriesOf(m, 'place').length > 0);
  // "The Turkish delegation has not yet arrived" tells why the round waits, not of its first event.
  const arrival =
    (placed || hasAny(doc, sentence, 'arrive')) &&
    hasAny(doc, sentence, 'delegation') &&
    !hasAny(doc, sentence, 'negation', 'negParticle');
  return day || arrival || hasAny(doc, sentence, 'attend', 'head', 'headActive', 'gather', 'opening');
}

/** Days around publication within which a sentence's day is the day of the report. */
const REPORT_DAYS = 3;

/**
 * "Delegations had arrived yesterday for the opening", told after a recalled round: a sentence dated at about the
 * article's day, well after the recalled round ended (by its dates or its series' calendar), tells of the round the
 * article reports, however past its tense.
 */
function toldOfToday(doc: Doc, sentence: number, recalled: RoundInfo): boolean {
  const pub = doc.article.publishedAt.slice(0, 10);
  const near = (d: string): boolean => addDays(pub, -REPORT_DAYS) <= d && d <= addDays(pub, REPORT_DAYS);
  const day = doc.dates.find((d) => d.sentence === sentence && d.kind !== 'window' && near(d.start));
  if (!day) return false;
  const row = seriesRow(doc.knowledge, recalled.series)?.calendar?.find((r) => r.round === recalled.round);
  const ended = recalled.dates?.end ?? row?.end ?? row?.start;
  return !!ended && ended < addDays(day.start, -REPORT_DAYS);
}

/**
 * "Sixteen meetings have been held so far, two of them in Sochi", "عقد لغاية الآن 16 اجتماعا": a sentence that counts
 * the format's meetings (a count of two or more before a meeting noun) and names no round is the format's history,
 * attendance at no round.
 */
function countsMeetings(doc: Doc, sentence: number): boolean {
  return sentenceMentions(doc, sentence).some((m) => {
    if (!hasCue(m, 'meeting', 'meetingPlural')) return false;
    const t = doc.tokens[m.first - 1];
    if (t?.kind === 'num') return Number(t.text) >= 2;
    const before = doc.cover[m.first - 1];
    const n = before?.entries.find((e) => e.type === 'cue' && e.cue === 'cardinal');
    return n?.type === 'cue' && (n.value ?? 0) >= 2;
  });
}

/** Tokens between an attending word and its pronoun object, either side ("attended it", "y ont assisté", "в нём участвовали"). */
const PRONOUN_OBJECT_GAP = 1;

/**
 * "The 20th round was held in June. Jordan and Iraq attended it as observers", "وشارك فيه الأردن والعراق": an
 * attending word whose object is a pronoun (cue meetingObject, next to it, or fused with it: "وحضرها") points back at
 * the round just named, like "that meeting" does; the pronoun is read as the meeting only beside an attending word.
 */
function attendsPronounObject(doc: Doc, sentence: number): boolean {
  const ms = sentenceMentions(doc, sentence);
  const attending = ms.filter((m) => hasCue(m, 'attend', 'participate'));
  return ms.some(
    (p) =>
      hasCue(p, 'meetingObject') &&
      attending.some(
        (a) =>
          a === p ||
          (a.last <= p.first && p.first - a.last <= PRONOUN_OBJECT_GAP) ||
          (p.last <= a.first && a.first - p.last <= PRONOUN_OBJECT_GAP),
      ),
  );
}

/**
 * Whether a sentence after a recalled (earlier, held) round is back at the round the article reports: one not told in
 * the past, or one dated at the report's day, unless it points back at the recalled meeting ("that meeting", "تلك
 * الجولة"), or, while the reported round is still ahead, names "the event" without speaking of the future ("the 20th
 * meeting took place in June; the UN, Jordan and Iraq sent envoys who followed the event as observers").
 */
function backToReported(doc: Doc, sentence: number, recalled: RoundInfo, ahead: boolean, future: boolean): boolean {
  if (hasAny(doc, sentence, 'thatMeeting') || attendsPronounObject(doc, sentence)) return false;
  if (ahead && !future && hasAny(doc, sentence, 'eventAnaphor')) return false;
  return !hasAny(doc, sentence, 'past', 'earlier') || toldOfToday(doc, sentence, recalled);
}

/**
 * Whether a sentence has a calendar date (a day, days or a month: a weekday alone may be next week's), and every
 * date of it ends before the article's day.
 */
function datedBeforeReport(doc: Doc, sentence: number): boolean {
  const pub = doc.article.publishedAt.slice(0, 10);
  const ds = doc.dates.filter((d) => d.sentence === sentence && d.kind !== 'relative');
  return ds.length > 0 && ds.every((d) => d.end < pub);
}

/** Days before a round's start beyond which a dated sentence tells of earlier history, not of the round. */
const HISTORY_DAYS = 180;

/**
 * "In December 2015 a Security Council resolution backed a road map agreed by the US, Russia ...", "اندلعت الأزمة في
 * آذار 2011": a sentence that names no round and is dated (by a day or a month) long before the round it would
 * continue tells of earlier history, and places no one at that round.
 */
function datedLongBefore(doc: Doc, sentence: number, r: RoundInfo | undefined): boolean {
  if (!r) return false;
  const row = seriesRow(doc.knowledge, r.series)?.calendar?.find((c) => c.round === r.round);
  const start = r.dates?.start ?? row?.start ?? r.window?.start;
  if (!start) return false;
  const limit = addDays(start, -HISTORY_DAYS);
  const here = doc.dates.filter((d) => d.sentence === sentence);
  const ds = here.filter((d) => d.kind !== 'relative' && d.kind !== 'window');
  // "The talks began in 2017 and bring together Russia, Iran, Turkey and Damascus": a bare year dates the sentence
  // too, unless a day near the report ("today", "on Tuesday") says it tells of now.
  const years = here.some((d) => d.kind === 'relative') ? [] : bareYears(doc, sentence, here);
  // Pushed one by one: spreads of mapped arrays of differing element kinds recompiled this function again and again.
  const ends: string[] = [];
  for (const d of ds) ends.push(d.end);
  for (const y of years) ends.push(`${String(y)}-12-31`);
  return ends.length > 0 && ends.every((end) => end < limit);
}

const YEAR_MIN = 1990;
const YEAR_MAX = 2100;

/** The years written alone in a sentence ("in 2017", "عام 2017"), outside its date expressions. */
function bareYears(doc: Doc, sentence: number, dates: { first: number; last: number }[]): number[] {
  const s = doc.sentences[sentence];
  if (!s) return [];
  const out: number[] = [];
  for (let i = s.first; i < s.last; i++) {
    const t = doc.tokens[i];
    if (t?.kind !== 'num' || t.text.length !== 4 || dates.some((d) => d.first <= i && i < d.last)) continue;
    const y = Number(t.text);
    if (y >= YEAR_MIN && y <= YEAR_MAX) out.push(y);
  }
  return out;
}

/** Tokens between an attending word and the "next meeting" it governs ("to take part in the new round"). */
const ATTEND_GAP = 3;
/** Tokens between a heading word and the "next meeting" ("will head the Syrian Arab Republic's delegation at the new round"). */
const HEAD_GAP = 7;

/**
 * "The delegation lands on Tuesday to take part in the new round", "ليشارك في الجولة الجديدة", "سيتولى رئاسة وفد ...
 * في الجولة الجديدة": a sentence whose only round is "the next meeting", right after an attending or heading word
 * (with nobody's words between), is about that next meeting (its id), not the round carried from before.
 */
function attendedNext(doc: Doc, rounds: RoundInfo[], sentence: number): string | null {
  const ms = sentenceMentions(doc, sentence);
  const governs = (a: Mention, m: RoundMention): boolean => {
    const gap = hasCue(a, 'attend') ? ATTEND_GAP : hasCue(a, 'head', 'headActive') ? HEAD_GAP : -1;
    if (a.last > m.first || m.first - a.last > gap) return false;
    return !ms.some((x) => x.first >= a.last && x.last <= m.first && hasCue(x, 'speech', 'content'));
  };
  for (const r of rounds)
    for (const m of r.mentions) if (m.sentence === sentence && m.next && ms.some((a) => governs(a, m))) return r.id;
  return null;
}

/** Tokens between an attending word and the name of the series whose meetings it attends ("take part in the Geneva talks"). */
const OTHER_SERIES_GAP = 8;
/** Marks that end the clause of an attending word (Latin and Arabic commas, semicolons). */
const CLAUSE_BREAKS = new Set([',', '،', ';', '؛']);
/** Tokens between a meeting noun and the series name it heads ("the meetings of the Geneva track"). */
const HEAD_NOUN_GAP = 2;

/**
 * "Opposition groups said they would send a 50-member delegation to take part in the Geneva talks", "ستشارك المعارضة
 * بوفد في محادثات جنيف": a sentence whose attending word governs the name of another series' meetings (no number of
 * its own; with nobody's words between), and that does not name the series of the round it would continue, tells of
 * attendance at that other process, not at the round. Another series named as a topic ("to keep the Geneva track
 * going") or a name that is also a city's ("the memorandum agreed in Astana") does not move the sentence.
 */
function attendsOtherSeries(doc: Doc, sentence: number, series: string | undefined): boolean {
  if (series === undefined) return false;
  const ms = sentenceMentions(doc, sentence);
  const names = (m: Mention, id?: string): boolean =>
    !entriesOf(m, 'place').length &&
    entriesOf(m, 'series').some(
      (e) => (e.form === 'name' || e.form === 'meeting') && (id === undefined || e.id === id),
    );
  if (ms.some((m) => names(m, series))) return false;
  // Its object: no other meeting noun ("took part in the talks, hoping to revive the Geneva process"; the name's own
  // head noun next to it is one: "the meetings of the Geneva track", "اجتماعات مسار جنيف"), clause break or reported
  // words between.
  const between = (a: Mention, n: Mention): boolean =>
    ms.some(
      (x) =>
        x.first >= a.last &&
        x.last <= n.first &&
        (hasCue(x, 'speech', 'content') || (hasCue(x, 'meeting', 'meetingPlural') && n.first - x.last > HEAD_NOUN_GAP)),
    ) || doc.tokens.slice(a.last, n.first).some((t) => t.kind === 'punct' && CLAUSE_BREAKS.has(t.text));
  const governs = (a: Mention, n: Mention): boolean =>
    a.last <= n.first && n.first - a.last <= OTHER_SERIES_GAP && !between(a, n);
  const attending = ms.filter((m) => hasCue(m, 'participate', 'attend'));
  return ms.some((n) => names(n) && attending.some((a) => governs(a, n)));
}

/** Tokens between a reference word and the round it points at ("after the 20th round", "as at the 20th round"). */
const REFERENCE_GAP = 3;

/**
 * "The Russian delegation to the talks, which follow the 20th round held in June, is headed by X", "يرأس الوفد إلى
 * المحادثات، التي تأتي بعد الجولة العشرين، ...": a sentence not told in the past (outside those clauses) whose only
 * rounds are earlier ones named as a reference point (after a cue sequenceRef: "after", "following", "as at", "بعد", "عقب") is about the round
 * the article reports; the earlier round only dates it.
 */
function onlyReferenceRounds(doc: Doc, rounds: RoundInfo[], sentence: number, focus: RoundInfo | undefined): boolean {
  const s = doc.sentences[sentence];
  if (!focus || !s) return false;
  const ms = sentenceMentions(doc, sentence);
  const refs = ms.filter((m) => hasCue(m, 'sequenceRef'));
  const own = rounds.flatMap((r) =>
    r.mentions.filter((m) => m.sentence === sentence && !m.next).map((m) => ({ r, m })),
  );
  const clauses: [number, number][] = [];
  for (const { r, m } of own) {
    const ref = refs.find((x) => x.last <= m.first && m.first - x.last <= REFERENCE_GAP);
    if (r.series !== focus.series || r.round >= focus.round || !ref) return false;
    let end = m.last;
    while (end < s.last && !CLAUSE_BREAKS.has(doc.tokens[end]?.text ?? '')) end++;
    clauses.push([ref.first, end]);
  }
  // Told in the past outside the reference clauses ("held in June" describes the earlier round): about that round.
  const outside = (m: Mention): boolean => !clauses.some(([a, b]) => a <= m.first && m.last <= b);
  return own.length > 0 && !ms.some((m) => hasCue(m, 'past', 'earlier') && outside(m));
}

/**
 * "the first three rounds", "the 20th and 21st rounds", "الجولتين العشرين والحادية والعشرين": rounds a sentence names in
 * one phrase (one span, or spans joined only by "and", a comma or a function word) are all what its actors did, each
 * alike ("brokered by Russia, Turkey and Iran, the first three rounds took place in Astana"), not the one named
 * nearest to each actor.
 */
function onePhrase(doc: Doc, rounds: RoundInfo[], own: string[], sentence: number): boolean {
  const spans = rounds
    .filter((r) => own.includes(r.id))
    .flatMap((r) => r.mentions.filter((m) => m.sentence === sentence && !m.next))
    .sort((a, b) => a.first - b.first);
  for (let k = 1; k < spans.length; k++) {
    const a = spans[k - 1];
    const b = spans[k];
    if (!a || !b || (a.first === b.first && a.last === b.last)) continue;
    // The earlier phrase is an ordinal sharing the later one's noun ("the fourth round, the first round" and
    // "unlike Geneva I, Geneva II" are two phrases).
    if (b.first < a.last || !bareOrdinal(doc, a) || !coordinates(doc, a.last, b.first)) return false;
  }
  return spans.length > 1;
}

/** Whether a round phrase is an ordinal alone: a word ("third") or a marked number ("3rd", "3.", "3-й"). */
function bareOrdinal(doc: Doc, r: { first: number; last: number }): boolean {
  for (let j = r.first; j < r.last; j++) {
    const t = doc.tokens[j];
    const mark = t?.kind === 'num' || t?.text === '-' || t?.text === '.';
    if (!mark && !hasCue(doc.cover[j], 'ordinal', 'ordinalSuffix')) return false;
  }
  return true;
}

/** One frame per sentence of the article, by sentence index. */
export function articleFrames(doc: Doc, rounds: RoundInfo[]): Frame[] {
  const focus = focusRound(rounds, doc);
  const info = (id: string): RoundInfo | undefined => rounds.find((r) => r.id === id);
  const focusHeld = focus !== null && info(focus)?.status === 'HELD';
  const frames: Frame[] = [];
  const quoted = quoteMask(doc);
  let carried: string | null = null;
  // The rounds of the last sentence that named several, until a sentence names one alone.
  let several: string[] = [];
  for (const sent of doc.sentences) {
    const own = ownRounds(doc, rounds, sent.index);
    if (own.length && focus !== null && onlyReferenceRounds(doc, rounds, sent.index, info(focus))) {
      frames.push({ kind: 'rounds', rounds: [focus], why: 'reference' });
      continue;
    }
    if (own.length) {
      const each = own.length > 1 && onePhrase(doc, rounds, own, sent.index) ? { each: true as const } : {};
      frames.push({ kind: 'rounds', rounds: own, ...each, why: 'own' });
      carried = own[own.length - 1] ?? null;
      several = own.length > 1 ? own : [];
      continue;
    }
    // "Two rounds were held, in January and February. Russia, Iran and Turkey attended these meetings": a plural
    // anaphor is about every round the sentence it points back to named.
    if (several.length && hasAny(doc, sent.index, 'theseMeetings')) {
      frames.push({ kind: 'rounds', rounds: several, each: true, why: 'theseMeetings' });
      continue;
    }
    if (generalDescription(doc, sent.index) || countsMeetings(doc, sent.index)) {
      frames.push({ kind: 'general', why: 'general' });
      continue;
    }
    // "The guarantors will meet at expert level to set the agenda of the next round": a meeting that prepares a
    // round is not that round.
    if (focus === null || hasAny(doc, sent.index, 'preparatory')) {
      frames.push({ kind: 'none', why: focus === null ? 'noFocus' : 'preparatory' });
      continue;
    }
    const attended = attendedNext(doc, rounds, sent.index);
    if (attended) {
      frames.push({ kind: 'rounds', rounds: [attended], why: 'attendedNext' });
      continue;
    }
    // "Nur-Sultan hosted this round, which brought together ...": the round the article reports, wherever it is named.
    if (hasAny(doc, sent.index, 'thisMeeting')) {
      frames.push({ kind: 'rounds', rounds: [focus], why: 'thisMeeting' });
      carried = focus;
      continue;
    }
    if (attendsOtherSeries(doc, sent.index, info(carried ?? focus)?.series)) {
      frames.push({ kind: 'none', why: 'otherSeries' });
      continue;
    }
    if (carried === null && !eventBeforeRounds(doc, sent.index, quoted)) {
      frames.push({ kind: 'preamble', round: focus, why: 'preamble' });
      continue;
    }
    let round = carried ?? focus;
    let why = carried === null ? 'focus' : carried === focus ? 'carriedFocus' : 'carriedOther';
    const named = info(round);
    const future = hasAny(doc, sent.index, 'future');
    // After "the next, 23rd meeting will be held...", a sentence not about the future is about the reported round.
    if (named?.status === 'PLANNED' && round !== focus && focusHeld && !future) {
      round = focus;
      why = 'plannedBackToFocus';
    }
    // "The round is due next week. At the end of last month the three presidents agreed at a summit ...": what a
    // sentence dates before the report, not told of the future, did not happen at a round still ahead.
    if (info(round)?.status === 'PLANNED' && !future && datedBeforeReport(doc, sent.index)) {
      frames.push({ kind: 'none', why: 'plannedDatedBefore' });
      continue;
    }
    // After "the first round was held in January 2017", a sentence not told in the past is about the reported round.
    const reported = info(focus);
    const background =
      named?.status === 'HELD' && !!reported && named.series === reported.series && named.round < reported.round;
    // Back at the reported round from a recalled one, the story goes on from it: the recalled round no longer carries.
    if (background && backToReported(doc, sent.index, named, !focusHeld, future)) {
      round = carried = focus;
      why = 'backToReported';
    }
    frames.push(
      datedLongBefore(doc, sent.index, info(round))
        ? { kind: 'none', why: 'datedLongBefore' }
        : { kind: 'rounds', rounds: [round], why },
    );
  }
  return frames;
}

/**
 * "According to Iran, Russia and Turkey in their joint statement, the next, 10th meeting will be held in July",
 * "Moscow and Ankara announced that the 10th round will take place in Sochi": an actor who is the source of what is
 * said about a planned round (before "that", after "according to", with the round after both) speaks at the round
 * the article reports, not at the one announced.
 */
export function sourceOfAnnouncement(doc: Doc, sentence: number, actorAt: number, roundAt: number): boolean {
  if (actorAt >= roundAt) return false;
  return sentenceMentions(doc, sentence).some(
    (m) =>
      (hasCue(m, 'content') && actorAt < m.first && m.last <= roundAt) || (hasCue(m, 'according') && m.last <= actorAt),
  );
}
