// Coverage generator for which Geneva meeting a report is of: short invented articles in which the press counts the
// rounds and sessions of one numbered conference ("the first round" of the talks that Geneva II opened), opens "a
// fresh session" of a numbered conference, counts the weeks of a round ("the round's second week"), suspends one "until" a day, or names an agenda in the ordinary words that
// later named another process (constitutional matters, years before the Constitutional Committee), with negative
// rows where a dated round is the one of its own number. Every sentence here is invented.

/** One article with the facts it must yield: "series|round" for meetings, "series|round|ACTOR|ROLE" for sides. */
export interface MeetingCase {
  lang: string;
  cls: string;
  text: string;
  publishedAt: string;
  expected: string[];
}

/** What one language writes. Templates: {G} the government's side, {O} the opposition's, {ord} an ordinal, {date}. */
export interface MeetingParts {
  gov: string[];
  opp: string[];
  /** Ordinal words for the rounds ("first", "الأولى"). */
  ordinal: Record<number, string>;
  /** Days as the language writes them, by ISO day. */
  day: Record<string, string>;
  /** A round counted by ordinal and dated by the text ({ord}, {date}). */
  dated: string[];
  /** A new sitting of a numbered conference (Geneva 2). */
  fresh: string[];
  /** A numbered conference (Geneva 3) suspended until a day ({date}). */
  bound: string[];
  /** A lead naming the talks in Geneva and their next round ({ord}, the seventh). */
  plannedLead: string[];
  /** The previous round ended ({ord}, the sixth; {date}), with constitutional matters on the agenda. */
  agenda: string[];
  /** A week or day of the eighth round counted by an ordinal ("the round's second week"). */
  period: string[];
  /** The fifth round opening on the article's day ({G}, {O} at it) beside Geneva 4 named by name and number. */
  nextToNamed: string[];
}

const GV = 'geneva';
const SIDES = ['SYR|PARTY', 'SYR-OPP|PARTY'];

/** A dated ordinal round, the day the article is written, and the round the series counts it as. */
interface Dated {
  ord: number;
  date: string;
  publishedAt: string;
  round: number;
  cls: string;
}

const DATED: Dated[] = [
  // Geneva II opened in Montreux on 22 January 2014; its first round is no Geneva I (June 2012).
  { ord: 1, date: '2014-01-22', publishedAt: '2014-02-10', round: 2, cls: 'phase' },
  // Geneva III opened on 29 January 2016.
  { ord: 1, date: '2016-01-29', publishedAt: '2016-03-14', round: 3, cls: 'phase' },
  // Negative rows: a round dated within its own number's span stays that round.
  { ord: 4, date: '2017-03-03', publishedAt: '2017-03-23', round: 4, cls: 'keep' },
  { ord: 5, date: '2017-03-31', publishedAt: '2017-05-16', round: 5, cls: 'keep' },
];

function pick<T>(xs: T[], i: number): T {
  const x = xs[i % xs.length];
  if (x === undefined) throw new Error('empty parts list');
  return x;
}

function fill(t: string, p: MeetingParts, i: number, slots: { ord?: number; date?: string } = {}): string {
  const out = t
    .replaceAll('{G}', pick(p.gov, i))
    .replaceAll('{O}', pick(p.opp, i + 1))
    .replaceAll('{ord}', slots.ord === undefined ? '' : (p.ordinal[slots.ord] ?? String(slots.ord)))
    .replaceAll('{date}', slots.date === undefined ? '' : (p.day[slots.date] ?? slots.date));
  return out.charAt(0).toUpperCase() + out.slice(1);
}

/** A meeting and, when the template names them, both sides at it. */
function at(round: number, sides: boolean): string[] {
  const r = `${GV}|${String(round)}`;
  return [r, ...(sides ? SIDES.map((s) => `${r}|${s}`) : [])];
}

export function meetingCases(lang: string, p: MeetingParts): MeetingCase[] {
  const out: MeetingCase[] = [];
  const add = (cls: string, text: string, publishedAt: string, expected: string[]): void => {
    out.push({ lang, cls, text, publishedAt, expected: [...new Set(expected)].sort() });
  };
  DATED.forEach((d, k) => {
    p.dated.forEach((t, i) => {
      add(d.cls, fill(t, p, i + k, { ord: d.ord, date: d.date }), d.publishedAt, at(d.round, true));
    });
  });
  p.fresh.forEach((t, i) => {
    add('fresh', fill(t, p, i), '2014-02-10', at(2, true));
  });
  p.bound.forEach((t, i) => {
    add('bound', fill(t, p, i, { date: '2016-02-25' }), '2016-02-03', at(3, true));
  });
  p.period.forEach((t, i) => {
    add('period', fill(t, p, i), '2017-12-11', at(8, true));
  });
  p.nextToNamed.forEach((t, i) => {
    add('nextToNamed', fill(t, p, i), '2017-03-23', [...at(5, true), ...at(4, false)]);
  });
  p.plannedLead.forEach((lead, i) => {
    const agenda = pick(p.agenda, i);
    const text = [fill(lead, p, i, { ord: 7 }), fill(agenda, p, i, { ord: 6, date: '2017-05-19' })].join(' ');
    add('beforeSeries', text, '2017-06-17', [...at(7, false), ...at(6, true)]);
  });
  return out;
}
