// Stage 4: date expressions — explicit days and ranges in any month family, relative days and weekdays, month-only
// and half-year windows — resolved against publishedAt. Pure: the reference date is an argument, never the clock.
import type { IsoDate } from '../../domain.js';
import { hasCue } from '../doc.js';
import type { Mention } from './mentions.js';
import { cueOf, mentionsByFirst } from './mentions.js';
import type { CliticReader } from '../normalize/clitics.js';
import { andGlued } from '../normalize/clitics.js';
import type { Token } from '../normalize/tokens.js';

export type DateKind = 'day' | 'range' | 'month' | 'window' | 'relative';

export interface DateMention {
  kind: DateKind;
  start: IsoDate;
  end: IsoDate;
  /** Token range [first, last). */
  first: number;
  last: number;
  sentence: number;
  /** The text gives the year ("May 2023"); otherwise it was chosen against publication. */
  yearStated?: true;
}

// Calendar arithmetic memoized: the rules ask for the same few dates (publication, its neighbours, month ends) for every
// mention and every meeting, and each answer went through a Date object and an ISO string. Bounded against odd input.
const MEMO_LIMIT = 100_000;
const isoDays = new Map<number, IsoDate>();
const shifted = new Map<IsoDate, Map<number, IsoDate>>();

export function iso(y: number, m: number, d: number): IsoDate {
  // Only plain calendar days are kept (one number each); out-of-range parts, which Date rolls over, are computed.
  const plain = Number.isInteger(y) && y >= 0 && y <= 9999 && m >= 1 && m <= 12 && Number.isInteger(m);
  const key = plain && d >= 1 && d <= 31 && Number.isInteger(d) ? (y * 13 + m) * 32 + d : -1;
  let out = key >= 0 ? isoDays.get(key) : undefined;
  if (out === undefined) {
    out = new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10);
    if (key >= 0) {
      if (isoDays.size >= MEMO_LIMIT) isoDays.clear();
      isoDays.set(key, out);
    }
  }
  return out;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  let byDays = shifted.get(date);
  let out = byDays?.get(days);
  if (out === undefined) {
    const t = new Date(`${date}T00:00:00Z`);
    t.setUTCDate(t.getUTCDate() + days);
    out = t.toISOString().slice(0, 10);
    if (!byDays) {
      if (shifted.size >= MEMO_LIMIT) shifted.clear();
      shifted.set(date, (byDays = new Map<number, IsoDate>()));
    }
    byDays.set(days, out);
  }
  return out;
}

function lastDay(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** The same date expression a year earlier (a month keeps its whole length, 29 February becomes the 28th). */
export function yearBefore(d: DateMention): DateMention {
  const back = (date: IsoDate, end: boolean): IsoDate => {
    const [y, m, day] = date.split('-').map(Number) as [number, number, number];
    const last = lastDay(y - 1, m);
    return iso(y - 1, m, end && d.kind === 'month' ? last : Math.min(day, last));
  };
  return { ...d, start: back(d.start, false), end: back(d.end, true) };
}

function weekday(date: IsoDate): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/** The year that puts month/day nearest publication, in the direction a "last"/"next" word gives (-1, 0, +1). */
function pickYear(pub: IsoDate, m: number, d: number, direction: number | undefined): number {
  const py = Number(pub.slice(0, 4));
  const years = [py - 1, py, py + 1];
  const diff = (y: number): number => (Date.parse(iso(y, m, d)) - Date.parse(pub)) / 86_400_000;
  if (direction === 0) return py;
  if (direction === -1) return years.filter((y) => diff(y) <= 0).sort((a, b) => diff(b) - diff(a))[0] ?? py;
  if (direction === 1) return years.filter((y) => diff(y) >= 0).sort((a, b) => diff(a) - diff(b))[0] ?? py;
  return years.sort((a, b) => Math.abs(diff(a)) - Math.abs(diff(b)))[0] ?? py;
}

interface Scan {
  tokens: Token[];
  byFirst: Map<number, Mention>;
  fillers: Set<string>;
  joins: Set<string>;
  pubYear: number;
  clitics: CliticReader;
}

/** The mention starting at token i, if any. */
function at(s: Scan, i: number): Mention | undefined {
  return s.byFirst.get(i);
}

function dayNumber(s: Scan, i: number): { value: number; first: number; last: number } | undefined {
  const t = s.tokens[i];
  if (t?.kind === 'num' && t.text.length <= 2 && Number(t.text) >= 1 && Number(t.text) <= 31)
    return { value: Number(t.text), first: i, last: i + 1 };
  return undefined;
}

/** Day numbers just before token `end` (exclusive): "20 و21", "21-22", "du 30 au 31", "العاشر والحادي عشر". */
function daysBefore(s: Scan, end: number): { days: number[]; first: number } {
  const days: number[] = [];
  let i = end - 1;
  let first = end;
  for (let steps = 0; i >= 0 && steps < DAYS_BEFORE_REACH; steps++) {
    const t = s.tokens[i];
    if (!t) break;
    const n = dayNumber(s, i);
    if (n) {
      days.unshift(n.value);
      first = i;
      i--;
      continue;
    }
    // Ordinal day words ("العاشر") are mentions that end at i.
    let ord: Mention | undefined;
    for (let j = Math.max(0, i - 3); j <= i; j++) {
      const m = at(s, j);
      if (m && m.last === i + 1 && cueOf(m, 'dayOrdinal')) ord = m;
    }
    if (ord) {
      days.unshift(cueOf(ord, 'dayOrdinal')?.value ?? 0);
      first = ord.first;
      i = ord.first - 1;
      continue;
    }
    if (s.fillers.has(t.text) || s.joins.has(t.text) || t.text === '-' || t.text === '–' || t.text === '.') {
      i--;
      continue;
    }
    // "and" between days, alone or written on a short token ("21 و 22"), by the lexicons' clitics.
    if (andGlued(s.clitics, t.text) && days.length > 0 && t.text.length <= 2) {
      i--;
      continue;
    }
    break;
  }
  return { days: days.slice(-2), first };
}

/** Day numbers and a year after token `start`: "December 21-22", "January 29-30, 2018", "2023". */
function after(
  s: Scan,
  start: number,
  withDays = true,
): { days: number[]; year?: number; last: number; direction?: number } {
  const days: number[] = [];
  let year: number | undefined;
  let direction: number | undefined;
  let last = start;
  for (let i = start, steps = 0; i < s.tokens.length && steps < AFTER_MONTH_REACH; steps++) {
    const t = s.tokens[i];
    if (!t) break;
    if (t.kind === 'num' && t.text.length === 4) {
      year = Number(t.text);
      last = i + 1;
      break;
    }
    const n = dayNumber(s, i);
    if (n && withDays && year === undefined && days.length < 2) {
      days.push(n.value);
      last = i + 1;
      i++;
      continue;
    }
    const m = at(s, i);
    const ry = m ? cueOf(m, 'relyear') : undefined;
    if (ry && ry.value !== undefined && m) {
      year = s.pubYear + ry.value;
      last = m.last;
      break;
    }
    if (m && cueOf(m, 'relmonth')) {
      direction = cueOf(m, 'relmonth')?.value;
      last = m.last;
      break;
    }
    if (m && cueOf(m, 'month') && s.tokens[i - 1]?.text === '/') {
      i = m.last; // "كانون الأول/ديسمبر": the second name of the same month
      last = m.last;
      continue;
    }
    if (m && cueOf(m, 'yearWord')) {
      i = m.last;
      continue;
    }
    if (
      t.text === '-' ||
      t.text === '–' ||
      t.text === ',' ||
      t.text === '/' ||
      s.joins.has(t.text) ||
      s.fillers.has(t.text) ||
      t.text === 'th' ||
      t.text === 'st' ||
      t.text === 'nd' ||
      t.text === 'rd'
    ) {
      i++;
      continue;
    }
    break;
  }
  return { days, year, last, direction };
}

/** Tokens before a month name searched for its day numbers ("20 و21", "du 30 au 31"). */
const DAYS_BEFORE_REACH = 8;
/** Tokens after a month name searched for day numbers and a year ("December 21-22, 2018"). */
const AFTER_MONTH_REACH = 7;
/** Tokens between a weekday and the date or relative day it only confirms ("Tuesday, 4 June"). */
const WEEKDAY_CONFIRM_GAP = 2;
/** Mentions after a half-year searched for "this year" ("the first half of this year"). */
const THIS_YEAR_REACH = 3;

/** What a rule reads: the scan, the mention list and the mention's index in it, publication and its year. */
interface At {
  s: Scan;
  mentions: Mention[];
  k: number;
  m: Mention;
  pub: IsoDate;
  py: number;
  /** The dates of the mention's sentence found so far. */
  sameSentence: readonly DateMention[];
}

type Found = Omit<DateMention, 'sentence'> | null;

/** "the month after next", "الشهر المقبل": a month word followed by a relative month, as a month number and year. */
function relativeMonth(a: At): { mm: number; yy: number } | null {
  if (!cueOf(a.m, 'monthWord')) return null;
  const next = a.mentions[a.k + 1];
  const rel = next && next.first === a.m.last ? cueOf(next, 'relmonth')?.value : undefined;
  if (rel === undefined) return null;
  const base = new Date(Date.UTC(a.py, Number(a.pub.slice(5, 7)) - 1 + rel, 1));
  return { mm: base.getUTCMonth() + 1, yy: base.getUTCFullYear() };
}

/** A month name with its days and year ("21-22 December 2018"), or alone as a month ("in June", "last May"). */
function monthDate(a: At): Found | undefined {
  const month = cueOf(a.m, 'month')?.value;
  const relative = relativeMonth(a);
  if (month === undefined && !relative) return undefined;
  const raw = daysBefore(a.s, a.m.first);
  // "February 15-16 and March 14-15": days an earlier date of the sentence already read are its, not this month's.
  const before = a.sameSentence.some((d) => d.last > raw.first) ? { days: [], first: a.m.first } : raw;
  const aft = after(a.s, a.m.last, before.days.length === 0);
  const mm = relative?.mm ?? month ?? 0;
  const yy = relative?.yy ?? aft.year;
  const direction = relative ? undefined : aft.direction;
  const days = before.days.length ? before.days : aft.days;
  const first = before.days.length ? before.first : a.m.first;
  const last = Math.max(aft.last, a.m.last);
  const stated = aft.year !== undefined ? { yearStated: true as const } : {};
  if (!days.length) {
    const y = yy ?? pickYear(a.pub, mm, 15, direction);
    // A bare month name needs a year, a "last/next" or a preposition ("in June"): "may" is mostly a verb.
    const prev = a.mentions[a.k - 1];
    const glued = !!prev && prev.last === a.m.first && !!(cueOf(prev, 'locPrep') ?? cueOf(prev, 'dateFiller'));
    // "in mid-December", "منتصف كانون الأول", "в конце декабря": a part of the month before it dates it too.
    const hyphen = a.s.tokens[a.m.first - 1]?.text === '-' ? 1 : 0;
    const part = !!prev && prev.last === a.m.first - hyphen && !!cueOf(prev, 'monthPart');
    // "next month", "الشهر الماضي": a month counted from publication is no verb.
    if (relative && month === undefined)
      return { kind: 'month', start: iso(y, mm, 1), end: iso(y, mm, lastDay(y, mm)), first, last };
    if (month === undefined || (yy === undefined && direction === undefined && !glued && !part)) return null;
    return { kind: 'month', start: iso(y, mm, 1), end: iso(y, mm, lastDay(y, mm)), first, last, ...stated };
  }
  const d0 = days[0] ?? 1;
  const d1 = days[days.length - 1] ?? d0;
  const y = yy ?? pickYear(a.pub, mm, d0, direction);
  return {
    kind: days.length > 1 ? 'range' : 'day',
    start: iso(y, mm, d0),
    end: iso(y, mm, d1),
    first,
    last,
    ...stated,
  };
}

/** "yesterday", "اليوم", "demain": a day counted from publication. */
function relativeDay(a: At): Found | undefined {
  const rel = cueOf(a.m, 'relday')?.value;
  if (rel === undefined) return undefined;
  const day = addDays(a.pub, rel);
  return { kind: 'relative', start: day, end: day, first: a.m.first, last: a.m.last };
}

/** "on Tuesday": the last such day up to publication, or the next one after a future word ("will meet on Tuesday"). */
function weekdayDate(a: At): Found | undefined {
  const wd = cueOf(a.m, 'weekday')?.value;
  if (wd === undefined) return undefined;
  const { m, mentions, k, pub } = a;
  // A weekday next to a relative day or an explicit date only confirms it.
  // Same sentence only: "... ended on Thursday. On Wednesday, X said" names two days.
  const near = a.sameSentence.find(
    (d) => Math.abs(d.last - m.first) <= WEEKDAY_CONFIRM_GAP && (d.kind === 'relative' || d.kind === 'day'),
  );
  const nextM = mentions[k + 1];
  const dated =
    nextM && nextM.first - m.last <= WEEKDAY_CONFIRM_GAP && (cueOf(nextM, 'month') || dayNumber(a.s, m.last));
  if (near || dated) return null;
  const prev = mentions[k - 1];
  const future = prev && m.first - prev.last <= 1 && (cueOf(prev, 'future') || (cueOf(prev, 'relday')?.value ?? 0) > 0);
  let delta = (weekday(pub) - wd + 7) % 7;
  if (future) delta = -((wd - weekday(pub) + 7) % 7 || 7);
  const date = addDays(pub, -delta);
  return { kind: 'relative', start: date, end: date, first: m.first, last: m.last };
}

/** "the first half of 2025", "the second half of this year": a window. */
function halfYear(a: At): Found | undefined {
  const half = cueOf(a.m, 'half')?.value;
  if (half === undefined) return undefined;
  const aft = after(a.s, a.m.last);
  let y = aft.year ?? a.py;
  for (let j = a.k + 1; j <= Math.min(a.k + THIS_YEAR_REACH, a.mentions.length - 1) && aft.year === undefined; j++) {
    const n = a.mentions[j];
    if (n && cueOf(n, 'thisYear')) y = a.py;
  }
  return {
    kind: 'window',
    start: half === 1 ? iso(y, 1, 1) : iso(y, 7, 1),
    end: half === 1 ? iso(y, 6, 30) : iso(y, 12, 31),
    first: a.m.first,
    last: Math.max(aft.last, a.m.last),
  };
}

/** "before the end of the year": from publication to 31 December. */
function yearEnd(a: At): Found | undefined {
  if (!cueOf(a.m, 'yearEnd')) return undefined;
  return { kind: 'window', start: a.pub, end: iso(a.py, 12, 31), first: a.m.first, last: a.m.last };
}

/** The date rules in the order they are tried: undefined means "not mine", null "mine, and no date". */
const RULES: ((a: At) => Found | undefined)[] = [monthDate, relativeDay, weekdayDate, halfYear, yearEnd];

/** No dates yet in a sentence: shared, never written to. */
const NO_DATES: readonly DateMention[] = [];

export function findDates(
  tokens: Token[],
  mentions: Mention[],
  pub: IsoDate,
  fillers: string[],
  joins: string[],
  clitics: CliticReader,
): DateMention[] {
  const py = Number(pub.slice(0, 4));
  const s: Scan = {
    tokens,
    byFirst: mentionsByFirst(mentions),
    fillers: new Set(fillers),
    joins: new Set(joins),
    pubYear: py,
    clitics,
  };
  const out: DateMention[] = [];
  // Mentions run left to right and every date starts at or before the mention that made it, so "inside an earlier
  // date" is "before the furthest end so far"; dates are grouped by sentence for the weekday check. Both keep the
  // scan linear: looking through every earlier date per mention made long articles quadratic.
  let coveredUntil = -1;
  const inSentence = new Map<number, DateMention[]>();
  // One reading frame for the whole scan, moved along the mentions: most mentions are no date, and a new frame and
  // list for each of them was most of the garbage this stage made. Rules read it during their call only.
  const a: At = { s, mentions, k: 0, m: mentions[0] as Mention, pub, py, sameSentence: NO_DATES };
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    // A mention inside the previous expression ("كانون الأول/ديسمبر") was read with it.
    if (!m || m.first < coveredUntil) continue;
    // Every rule starts from one of these cues: a mention with none (most of them) is no date, read in one pass.
    if (!hasCue(m, 'month', 'monthWord', 'relday', 'weekday', 'half', 'yearEnd')) continue;
    a.k = k;
    a.m = m;
    a.sameSentence = inSentence.get(m.sentence) ?? NO_DATES;
    let found: Found | undefined;
    for (const rule of RULES) if ((found = rule(a)) !== undefined) break;
    if (!found) continue;
    const date = { ...found, sentence: tokens[found.first]?.sentence ?? 0 };
    out.push(date);
    coveredUntil = Math.max(coveredUntil, date.last);
    const same = inSentence.get(date.sentence);
    if (same) same.push(date);
    else inSentence.set(date.sentence, [date]);
  }
  return relativeRanges(
    s,
    out.sort((a, b) => a.first - b.first),
  );
}

/**
 * "from Tuesday until tomorrow", "desde este martes y hasta mañana": two days counted from publication joined by
 * range words are one span (a meeting that began on the first is under way until the second).
 */
function relativeRanges(s: Scan, dates: DateMention[]): DateMention[] {
  const out: DateMention[] = [];
  for (const d of dates) {
    const prev = out[out.length - 1];
    const joined =
      prev?.kind === 'relative' &&
      d.kind === 'relative' &&
      prev.sentence === d.sentence &&
      prev.end < d.start &&
      d.first > prev.last &&
      s.tokens.slice(prev.last, d.first).every((t) => s.joins.has(t.text) || s.fillers.has(t.text));
    if (prev && joined) out[out.length - 1] = { ...prev, end: d.end, last: d.last };
    else out.push(d);
  }
  return out;
}
