// What the series' calendars (series.json "calendar") tell about the meetings an article can be reporting. A report
// is written around the meeting it tells of — announced weeks before, reviewed weeks after — so a numbered phrase
// that names no series belongs to the series whose calendar has that number at about the article's date, and a
// series whose calendar meeting is under way at the calendar's place, reported from there, is the article's series
// even when it is called only "the talks". Pure.
import type { Doc } from '../doc.js';
import type { CalendarRow, SeriesRow } from '../knowledge.js';
import { hasCue } from '../doc.js';
import { addDays } from './dates.js';
import { seriesRow } from '../rows.js';

/** Days before a known meeting's start in which a report can already be about it (announcements, previews). */
const ANNOUNCED_BEFORE = 30;
/** Days after its end in which a report can still be about it (reviews, the next steps). */
const REVIEWED_AFTER = 30;
/** Days around a known meeting in which a report from its place is a report of it. */
const UNDER_WAY_MARGIN = 3;
/** A known meeting with a start and no end is taken to last this many days. */
const DEFAULT_LENGTH = 7;

/** The article's day ("2017-07-15" of "2017-07-15T08:48:00Z"). */
function dayOf(doc: Doc): string {
  return doc.article.publishedAt.slice(0, 10);
}

/** The span of days a calendar row's meeting took; null when the row has no date. */
function span(row: CalendarRow): { start: string; end: string } | null {
  const start = row.start ?? row.end;
  if (!start) return null;
  return { start, end: row.end ?? addDays(start, DEFAULT_LENGTH) };
}

// Windows by row and margins, computed once per knowledge load: every article asks of every calendar row, and date
// arithmetic on strings per question added up. Rows are immutable knowledge; the map lives as long as the row.
// Keyed by a number of the two margins (MARGIN_KEY): a string key built per question was most of the lookup's cost.
const windows = new WeakMap<CalendarRow, Map<number, { from: string; to: string } | null>>();
/** Margins are days (well under this): before * MARGIN_KEY + after names the pair. */
const MARGIN_KEY = 1_000_000;

/** The days [from, to] within `before` days of a row's start and `after` days of its end; null when undated. */
function windowOf(row: CalendarRow, before: number, after: number): { from: string; to: string } | null {
  let byMargins = windows.get(row);
  if (!byMargins) {
    byMargins = new Map();
    windows.set(row, byMargins);
  }
  const key = before * MARGIN_KEY + after;
  let w = byMargins.get(key);
  if (w === undefined) {
    const s = span(row);
    w = s ? { from: addDays(s.start, -before), to: addDays(s.end, after) } : null;
    byMargins.set(key, w);
  }
  return w;
}

function within(day: string, row: CalendarRow, before: number, after: number): boolean {
  const w = windowOf(row, before, after);
  return !!w && w.from <= day && day <= w.to;
}

/** Whether the series' calendar has its meeting `round` at about the article's date. */
export function knownNearDate(doc: Doc, series: SeriesRow, round: number): boolean {
  const row = series.calendar?.find((r) => r.round === round);
  return !!row && within(dayOf(doc), row, ANNOUNCED_BEFORE, REVIEWED_AFTER);
}

/** Of the candidate series, those whose calendar has meeting `round` at about the article's date. */
export function seriesByCalendar(doc: Doc, candidates: string[], round: number): string[] {
  return candidates.filter((id) => {
    const row = seriesRow(doc.knowledge, id);
    return !!row && knownNearDate(doc, row, round);
  });
}

/**
 * Whether the series' calendar says it had not reached meeting `round` when the article was written: an earlier
 * meeting of it was still to come ("the 13th round" in August 2019 is no session of a committee whose first session
 * opened that October).
 */
export function notYetReached(doc: Doc, series: SeriesRow, round: number): boolean {
  const day = dayOf(doc);
  return (series.calendar ?? []).some((r) => r.round < round && r.start !== undefined && r.start > day);
}

/** Whether the series' calendar has its meeting `round` begun by the article's day. */
export function alreadyHeld(doc: Doc, series: SeriesRow, round: number): boolean {
  const row = series.calendar?.find((r) => r.round === round);
  const start = row?.start ?? row?.end;
  return !!start && row?.status !== 'CANCELLED' && start <= dayOf(doc);
}

/**
 * "Geneva, July 15: ... the peace talks' latest round is over": a meeting of the series under way at its calendar
 * place on the article's day, with the place and a meeting word in the article.
 */
export function underWayAtPlace(doc: Doc, series: SeriesRow): boolean {
  const day = dayOf(doc);
  const rows = (series.calendar ?? []).filter(
    (r) => r.place && r.status !== 'CANCELLED' && within(day, r, UNDER_WAY_MARGIN, UNDER_WAY_MARGIN),
  );
  if (!rows.length) return false;
  const named = namedInArticle(doc);
  return named.meeting && rows.some((r) => !!r.place && named.places.has(r.place));
}

/** What the article's mentions name, for the questions asked of every series: places, states and bodies, a meeting. */
export interface NamedInArticle {
  places: ReadonlySet<string>;
  /** Ids of the states and organizations named. */
  actors: ReadonlySet<string>;
  /** Some mention is a meeting word. */
  meeting: boolean;
}

// One pass over the mentions per article: each series asked again of every mention (and copied their entries) before.
const namedByDoc = new WeakMap<Doc, NamedInArticle>();

/** The ids of the places, states and organizations the article names, and whether it has a meeting word. */
export function namedInArticle(doc: Doc): NamedInArticle {
  let named = namedByDoc.get(doc);
  if (named === undefined) {
    const places = new Set<string>();
    const actors = new Set<string>();
    let meeting = false;
    for (const m of doc.mentions) {
      for (const e of m.entries)
        if (e.type === 'place') places.add(e.id);
        else if (e.type === 'state' || e.type === 'org') actors.add(e.id);
      meeting ||= hasCue(m, 'meeting');
    }
    named = { places, actors, meeting };
    namedByDoc.set(doc, named);
  }
  return named;
}

/** Days before a known meeting in which the calendar says a report is of it ahead (the announcements). */
const AHEAD_WITHIN = 60;
/** Days after a known meeting in which the calendar says a report is of it over (reviews, the next steps). */
const OVER_WITHIN = 365;

/**
 * What a series' calendar says of its meeting `round` on the article's day: not yet begun (PLANNED), over (HELD), or
 * null when the day falls within it, the calendar has no date for it, it was called off (calendar.ts), or the day is
 * so far from it that the report's date, not the meeting, is more likely wrong. A report written weeks before a known
 * meeting opened cannot have seen it held, nor one written after it closed seen it ahead, whatever its tenses say.
 */
export function calendarStatus(doc: Doc, series: SeriesRow, round: number): 'PLANNED' | 'HELD' | null {
  const row = series.calendar?.find((r) => r.round === round);
  const s = row && row.status !== 'CANCELLED' ? span(row) : null;
  if (!s) return null;
  const day = dayOf(doc);
  // A row that knows only the last day does not know the first: it cannot say the meeting had not begun.
  if (row?.start && day < s.start) return addDays(s.start, -AHEAD_WITHIN) <= day ? 'PLANNED' : null;
  return day > s.end && day <= addDays(s.end, OVER_WITHIN) ? 'HELD' : null;
}

/** Whether the series' calendar has its meeting `round` under way on the article's day (a few days either side). */
export function underWayOnDay(doc: Doc, series: SeriesRow, round: number): boolean {
  const row = series.calendar?.find((r) => r.round === round);
  return !!row && row.status !== 'CANCELLED' && within(dayOf(doc), row, UNDER_WAY_MARGIN, UNDER_WAY_MARGIN);
}

/**
 * Whether the series' calendar, knowing both its first and last day, has meeting `round` strictly between them on the
 * article's day: in its middle, under way, which is held ("the delegation will go back to take part in the eighth
 * round" tells of one who left a round going on). Its first and last days stay with the text: a report may preview
 * the opening or the closing session.
 */
export function pastFirstDay(doc: Doc, series: SeriesRow, round: number): boolean {
  const row = series.calendar?.find((r) => r.round === round);
  if (!row?.start || !row.end || row.status === 'CANCELLED') return false;
  const day = dayOf(doc);
  return row.start < day && day < row.end;
}

/**
 * Whether the article is dated on the first or the last day the series' calendar gives meeting `round` (both known,
 * different days). Reports of those days are, by far most often, written while the meeting is under way.
 */
export function onFirstOrLastDay(doc: Doc, series: SeriesRow, round: number): boolean {
  const row = series.calendar?.find((r) => r.round === round);
  if (!row?.start || !row.end || row.start === row.end || row.status === 'CANCELLED') return false;
  const day = dayOf(doc);
  return day === row.start || day === row.end;
}
