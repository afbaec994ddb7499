// Stage 4: date expressions — explicit days and ranges in any month family, relative days and weekdays, month-only
// and half-year windows — resolved against publishedAt. Pure: the reference date is an argument, never the clock.
import type { IsoDate } from '../../domain.js';
import type { Mention } from './mentions.js';
import { cueOf } from './mentions.js';
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
}

export function iso(y: number, m: number, d: number): IsoDate {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const t = new Date(`${date}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + days);
  return t.toISOString().slice(0, 10);
}

function lastDay(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
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
  for (let steps = 0; i >= 0 && steps < 8; steps++) {
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
    if (t.text.startsWith('و') && days.length > 0 && t.text.length <= 2) {
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
  for (let i = start, steps = 0; i < s.tokens.length && steps < 7; steps++) {
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

export function findDates(
  tokens: Token[],
  mentions: Mention[],
  pub: IsoDate,
  fillers: string[],
  joins: string[],
): DateMention[] {
  const s: Scan = {
    tokens,
    byFirst: new Map(mentions.map((m) => [m.first, m])),
    fillers: new Set(fillers),
    joins: new Set(joins),
    pubYear: Number(pub.slice(0, 4)),
  };
  const out: DateMention[] = [];
  const py = Number(pub.slice(0, 4));
  const push = (d: Omit<DateMention, 'sentence'>): void => {
    out.push({ ...d, sentence: tokens[d.first]?.sentence ?? 0 });
  };
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    // A mention inside the previous expression ("كانون الأول/ديسمبر") was read with it.
    if (!m || out.some((d) => m.first >= d.first && m.first < d.last)) continue;
    const month = cueOf(m, 'month')?.value;
    const monthWord = cueOf(m, 'monthWord');
    let relMonthAfter: number | undefined;
    if (monthWord) {
      const next = mentions[k + 1];
      if (next && next.first === m.last && cueOf(next, 'relmonth')) relMonthAfter = cueOf(next, 'relmonth')?.value;
    }
    if (month !== undefined || relMonthAfter !== undefined) {
      const before = daysBefore(s, m.first);
      const aft = after(s, m.last, before.days.length === 0);
      let mm = month ?? 0;
      let yy: number | undefined = aft.year;
      let direction = aft.direction;
      if (relMonthAfter !== undefined) {
        const base = new Date(Date.UTC(py, Number(pub.slice(5, 7)) - 1 + relMonthAfter, 1));
        mm = base.getUTCMonth() + 1;
        yy = base.getUTCFullYear();
        direction = undefined;
      }
      const days = before.days.length ? before.days : aft.days;
      const first = before.days.length ? before.first : m.first;
      const last = Math.max(aft.last, m.last);
      if (!days.length) {
        const y = yy ?? pickYear(pub, mm, 15, direction);
        // A bare month name needs a year, a "last/next" or a preposition ("in June"): "may" is mostly a verb.
        const prev = mentions[k - 1];
        const glued = !!prev && prev.last === m.first && !!(cueOf(prev, 'locPrep') ?? cueOf(prev, 'dateFiller'));
        if (month !== undefined && (yy !== undefined || direction !== undefined || glued))
          push({ kind: 'month', start: iso(y, mm, 1), end: iso(y, mm, lastDay(y, mm)), first, last });
        continue;
      }
      const d0 = days[0] ?? 1;
      const d1 = days[days.length - 1] ?? d0;
      const y = yy ?? pickYear(pub, mm, d0, direction);
      push({ kind: days.length > 1 ? 'range' : 'day', start: iso(y, mm, d0), end: iso(y, mm, d1), first, last });
      continue;
    }
    const rel = cueOf(m, 'relday');
    if (rel && rel.value !== undefined) {
      push({
        kind: 'relative',
        start: addDays(pub, rel.value),
        end: addDays(pub, rel.value),
        first: m.first,
        last: m.last,
      });
      continue;
    }
    const wd = cueOf(m, 'weekday');
    if (wd && wd.value !== undefined) {
      // A weekday next to a relative day or an explicit date only confirms it.
      // Same sentence only: "... ended on Thursday. On Wednesday, X said" names two days.
      const near = out.find(
        (d) =>
          Math.abs(d.last - m.first) <= 2 && (d.kind === 'relative' || d.kind === 'day') && d.sentence === m.sentence,
      );
      const nextM = mentions[k + 1];
      if (near || (nextM && nextM.first - m.last <= 2 && (cueOf(nextM, 'month') || dayNumber(s, m.last)))) continue;
      const prev = mentions[k - 1];
      const future =
        prev && m.first - prev.last <= 1 && (cueOf(prev, 'future') || (cueOf(prev, 'relday')?.value ?? 0) > 0);
      let delta = (weekday(pub) - wd.value + 7) % 7;
      if (future) delta = -((wd.value - weekday(pub) + 7) % 7 || 7);
      const date = addDays(pub, -delta);
      push({ kind: 'relative', start: date, end: date, first: m.first, last: m.last });
      continue;
    }
    const half = cueOf(m, 'half');
    if (half && half.value !== undefined) {
      const aft = after(s, m.last);
      let y = aft.year ?? py;
      for (let j = k + 1; j < Math.min(k + 4, mentions.length) && aft.year === undefined; j++) {
        const n = mentions[j];
        if (n && cueOf(n, 'thisYear')) y = py;
      }
      push({
        kind: 'window',
        start: half.value === 1 ? iso(y, 1, 1) : iso(y, 7, 1),
        end: half.value === 1 ? iso(y, 6, 30) : iso(y, 12, 31),
        first: m.first,
        last: Math.max(aft.last, m.last),
      });
      continue;
    }
    if (cueOf(m, 'yearEnd')) push({ kind: 'window', start: pub, end: iso(py, 12, 31), first: m.first, last: m.last });
  }
  return out.sort((a, b) => a.first - b.first);
}
