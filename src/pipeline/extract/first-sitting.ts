// "Pedersen chaired the first sitting", "when the small body met on Monday, its first meeting on the agenda went
// well": in a report written while a later meeting of a series is under way (by its calendar), a bare "first
// meeting/sitting" that names no series, is dated to no other time, and whose noun is not one the series' own
// meetings go by is the first sitting of that meeting, not the series' first round. A dated background ("its first session, in October 2019", "the first round, which ended on
// 8 November") and a phrase that names its series ("the first session of the committee") stay round 1. Pure; the
// calendars are data (series.json).
import type { Doc } from '../doc.js';
import { addDays } from './dates.js';
import { seriesInArticle } from './series.js';
import { underWayOnDay } from './known-meetings.js';
import { entriesOf } from './mentions.js';
import { seriesRow } from '../rows.js';

/** Date kinds that place a sentence in a month or a stretch of time rather than on a day. */
const BACKGROUND_KINDS: ReadonlySet<string> = new Set(['month', 'window']);
/** Days around publication within which a sentence's day is a day of the report. */
const REPORT_DAYS = 3;
/** Tokens after the phrase in which a series name claims it ("the first round of the committee's meetings"). */
const SERIES_AFTER = 6;
/** A year written alone ("in 2019"), which the date reader does not make a date of its own. */
const YEAR = /^(19|20)\d\d$/;
const CLAUSE_END: ReadonlySet<string> = new Set([',', '.', ';', ':', '،', '؛']);

/** The meeting under way whose first sitting a round-1 phrase [first, last) is, or null. */
export function firstSittingOfLater(doc: Doc, first: number, last: number): { series: string; round: number } | null {
  if (namesItsSeries(doc, first, last)) return null;
  const sentence = doc.tokens[first]?.sentence;
  if (sentence === undefined || datedElsewhere(doc, sentence)) return null;
  for (const id of seriesInArticle(doc)) {
    const row = seriesRow(doc.knowledge, id);
    if (!row || underWayOnDay(doc, row, 1)) continue;
    const later = (row.calendar ?? []).find((c) => c.round > 1 && underWayOnDay(doc, row, c.round));
    if (later && !byOwnNoun(doc, first, last, id)) return { series: id, round: later.round };
  }
  return null;
}

/**
 * The phrase's noun is one the series' own meetings go by (series.json nouns: "session" for a committee, "meeting"
 * for a format whose rounds are meetings): then "the first session" is the series' first round, not a sitting.
 */
function byOwnNoun(doc: Doc, first: number, last: number, series: string): boolean {
  for (let j = first; j < last; j++) {
    const m = doc.cover[j];
    if (m && entriesOf(m, 'seriesNoun').some((e) => e.id === series)) return true;
  }
  return false;
}

/** A series named in the phrase or in its clause right after it. */
function namesItsSeries(doc: Doc, first: number, last: number): boolean {
  for (let j = first; j < Math.min(doc.tokens.length, last + SERIES_AFTER); j++) {
    if (j >= last && CLAUSE_END.has(doc.tokens[j]?.text ?? '')) return false;
    const m = doc.cover[j];
    if (m && entriesOf(m, 'series').some((e) => e.form !== 'short')) return true;
  }
  return false;
}

/** The sentence gives a month, a year, or a day away from the report's days. */
function datedElsewhere(doc: Doc, sentence: number): boolean {
  const pub = doc.article.publishedAt.slice(0, 10);
  const [from, to] = [addDays(pub, -REPORT_DAYS), addDays(pub, REPORT_DAYS)];
  for (const d of doc.dates) {
    if (d.sentence !== sentence) continue;
    if (BACKGROUND_KINDS.has(d.kind) || d.start < from || d.start > to) return true;
  }
  const s = doc.sentences[sentence];
  if (!s) return false;
  for (let i = s.first; i < s.last; i++) {
    const t = doc.tokens[i];
    if (t?.kind === 'num' && YEAR.test(t.text)) return true;
  }
  return false;
}
