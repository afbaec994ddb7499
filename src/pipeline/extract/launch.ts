// Stage 6c: "the committee started its work", "انطلقت أعمال اللجنة الدستورية": a series said to begin its work, with
// no meeting of it named between, is at its first meeting (the launch is round 1). The words are data (lexicon
// "launchWork"); the series must be named right by them. Pure.
import type { Doc } from '../doc.js';
import { hasCue, sentenceMentions } from '../doc.js';
import type { Mention } from './mentions.js';
import { cueOf, entriesOf } from './mentions.js';
import { seriesByCalendar } from './known-meetings.js';
import type { DateMention } from './dates.js';
import { seriesRow } from '../rows.js';

/** Tokens between a series' name and its launch words ("the committee's work was formally opened"). */
const LAUNCH_REACH = 4;

export interface Launch {
  series: string;
  first: number;
  last: number;
}

/** A series named by a mention, short names only for series the article names. */
function namedBy(m: Mention, inArticle: string[]): string | null {
  const e = entriesOf(m, 'series').find((x) => x.form !== 'short' || inArticle.includes(x.id));
  return e?.id ?? null;
}

const BREAKS = [',', '،', ';', '.', ':'];

/** "the eighth session of the committee started its work": the name completes a meeting's phrase in its clause. */
function ofMeeting(doc: Doc, name: Mention): boolean {
  for (let j = name.first - 1; j >= Math.max(0, name.first - LAUNCH_REACH); j--) {
    const t = doc.tokens[j];
    if (!t || t.kind === 'newline' || BREAKS.includes(t.text)) return false;
    const m = doc.cover[j];
    if (m && (hasCue(m, 'meeting', 'meetingPlural') || cueOf(m, 'ordinal') !== undefined)) return true;
  }
  return false;
}

/** Whether the tokens between two positions hold a meeting word, a number or a clause break. */
function interrupted(doc: Doc, from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    const t = doc.tokens[j];
    if (!t || t.kind === 'num' || t.kind === 'newline' || BREAKS.includes(t.text)) return true;
    const m = doc.cover[j];
    if (m && (hasCue(m, 'meeting', 'meetingPlural') || cueOf(m, 'ordinal') !== undefined)) return true;
  }
  return false;
}

/** The series a launch mention is about: named within reach before or after it, nothing meeting-like between. */
function launchedSeries(doc: Doc, cue: Mention, inArticle: string[]): string | null {
  for (const m of sentenceMentions(doc, cue.sentence)) {
    // "the committee started working in Geneva": a short name after "in" is the place, not the series launched.
    const id = namedBy(m, hasCue(doc.cover[m.first - 1], 'locPrep') ? [] : inArticle);
    if (!id) continue;
    const gap = m.last <= cue.first ? cue.first - m.last : m.first - cue.last;
    if (gap < 0 || gap > LAUNCH_REACH) continue;
    const [from, to] = m.last <= cue.first ? [m.last, cue.first] : [cue.last, m.first];
    if (!interrupted(doc, from, to) && !(m.last <= cue.first && ofMeeting(doc, m))) return id;
  }
  return null;
}

/**
 * "Government and opposition sat face to face as work officially got under way", with the committee named only in
 * the headline: launch words that name no series in reach launch the one series of the article whose calendar has
 * its first meeting at about the article's date (the text says a launch; the calendar says of which series).
 */
function launchedNearItsStart(doc: Doc, inArticle: string[]): string | null {
  const known = seriesByCalendar(doc, inArticle, 1);
  return known.length === 1 ? (known[0] ?? null) : null;
}

/**
 * "تبدأ اللجنة الدستورية أعمالها اليوم": a verb of starting, the series as its subject right after it, and the work
 * it starts right after the name (cue launchWorkObject) — the launch words split by the subject, as a
 * verb-subject-object language writes them.
 */
function splitLaunch(doc: Doc, verb: Mention, inArticle: string[]): Launch | null {
  const name = doc.cover[verb.last];
  const id = name ? namedBy(name, inArticle) : null;
  if (!name || !id || !hasCue(doc.cover[name.last], 'launchWorkObject')) return null;
  const object = doc.cover[name.last];
  // "بدأت اللجنة أعمال دورتها الثامنة": the work of a meeting, not of the series.
  if (!object || hasCue(doc.cover[object.last], 'meeting', 'meetingPlural')) return null;
  return { series: id, first: verb.first, last: object.last };
}

/** Tokens before launch words in which a history word makes them a time reference ("since the committee began"). */
const HISTORY_REACH = 2;

/** "منذ أن بدأت اللجنة أعمالها", "ever since the committee started work": the launch dates something else. */
function since(doc: Doc, cue: Mention): boolean {
  for (let j = cue.first - 1; j >= Math.max(0, cue.first - HISTORY_REACH); j--)
    if (hasCue(doc.cover[j], 'history')) return true;
  return false;
}

/** Every "the series began its work" in the article, with the series it launches. */
export function findLaunches(doc: Doc, inArticle: string[]): Launch[] {
  const out: Launch[] = [];
  for (const cue of doc.mentions) {
    if (since(doc, cue)) continue;
    const split = hasCue(cue, 'startedVerb') ? splitLaunch(doc, cue, inArticle) : null;
    if (split) out.push(split);
    if (!hasCue(cue, 'launchWork')) continue;
    // "انطلاق أعمال الجولة الثامنة": the work of a meeting, not of the series.
    if (hasCue(doc.cover[cue.last], 'meeting')) continue;
    const series = launchedSeries(doc, cue, inArticle) ?? launchedNearItsStart(doc, inArticle);
    if (series) out.push({ series, first: cue.first, last: cue.last });
  }
  return out;
}

/** Date kinds precise enough to name one meeting: a day or a range of days. */
const DAY_KINDS: readonly DateMention['kind'][] = ['day', 'range'];

/**
 * Whether a day (or, after a "first time" cue, a month) the sentence gives covers the first day of the series' first
 * meeting. A loop over the article's dates: a filtered copy of them for every launch cue was garbage for nothing.
 */
function sentenceDatesFirstMeeting(doc: Doc, series: string, sentence: number, months: boolean): boolean {
  for (const d of doc.dates) {
    if (d.sentence !== sentence || !(DAY_KINDS.includes(d.kind) || (months && d.kind === 'month'))) continue;
    if (datesFirstMeeting(doc, series, d)) return true;
  }
  return false;
}

/** Whether a date the text gives covers the first day of the series' first meeting by its calendar. */
function datesFirstMeeting(doc: Doc, series: string, d: DateMention): boolean {
  const first = seriesRow(doc.knowledge, series)?.calendar?.find((r) => r.round === 1);
  const start = first?.status === 'CANCELLED' ? undefined : first?.start;
  return !!start && d.start <= start && start <= d.end;
}

/**
 * "The Astana talks, launched on January 23-24, 2017", "впервые переговоры прошли 23–24 января 2017 года", "the
 * committee first met at the end of October 2019": a launch word (lexicon "launchVerb", "launchWork") in a sentence
 * whose day is the one the series' calendar gives its first meeting, or a first-time word ("launchFirst": first met,
 * for the first time) with that day or month, names that meeting, wherever the series is named: the date, checked
 * against the calendar, says which series began and that it is the first round. A process "launched in January 2017"
 * is said to have begun, not that its first meeting is reported: a month needs the first-time words.
 */
export function datedLaunches(doc: Doc, inArticle: string[]): Launch[] {
  const out: Launch[] = [];
  for (const cue of doc.mentions) {
    const firstTime = hasCue(cue, 'launchFirst');
    if (!firstTime && !hasCue(cue, 'launchVerb', 'launchWork')) continue;
    const series =
      inArticle.find((id) => sentenceDatesFirstMeeting(doc, id, cue.sentence, firstTime)) ??
      (firstTime ? meetsFirstNow(doc, cue, inArticle) : null);
    if (series) out.push({ series, first: cue.first, last: cue.last });
  }
  return out;
}

/**
 * "The committee is meeting in Geneva for the first time", "تجتمع اللجنة لأول مرة في جنيف": first-time words in an
 * undated sentence that names the series, in an article its calendar dates around the series' first meeting, tell
 * of that meeting (the article's own day is the sentence's).
 */
function meetsFirstNow(doc: Doc, cue: Mention, inArticle: string[]): string | null {
  if (doc.dates.some((d) => d.sentence === cue.sentence)) return null;
  const named = sentenceMentions(doc, cue.sentence)
    .map((m) => namedBy(m, inArticle))
    .filter((id): id is string => id !== null);
  const known = seriesByCalendar(doc, [...new Set(named)], 1);
  return known.length === 1 ? (known[0] ?? null) : null;
}
