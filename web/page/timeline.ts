// The series timeline as plain SVG: held rounds as dots, planned rounds as their date windows, statements as ticks.
// Drawn on a fixed pixel scale inside a horizontal scroller so labels stay legible on a phone; a table repeats it.
import type { MeetingRef, StatementBrief } from './api.js';
import { empty, failure, formatDate, formatSpan, h, loading, show, text } from './dom.js';
import { statementList } from './evidence.js';
import { meetingStatements, seriesStatements, statementDetail } from './series.js';
import type { SeriesData, SeriesMeeting } from './series.js';

const NS = 'http://www.w3.org/2000/svg';
const DAY = 86_400_000;
/** The least room a year gets on a narrow screen, which then scrolls sideways. */
const PX_PER_YEAR = 115;
/** From this chart width on (a laptop) the whole span is fitted: nothing is cut off or hidden past a scroll. */
const FIT_FROM_PX = 640;
/** Room at the left for the lane names. */
const GUTTER = 64;
const LANES = { held: 66, planned: 124, statements: 170 } as const;
/** A held meeting's dot radius, the drop of its second row, and the least room between two dots of a row. */
const DOT = 6;
const ROW_STEP = 20;
const MIN_GAP = 2 * DOT + 2;

function svg(tag: string, attrs: Record<string, string | number>, ...children: (Node | string)[]): SVGElement {
  const el = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  el.append(...children);
  return el;
}

function time(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const t = Date.parse(`${iso}T00:00:00Z`);
  return Number.isNaN(t) ? null : t;
}

type Meeting = SeriesMeeting;

export function renderTimeline(container: HTMLElement, panel: HTMLElement, data: SeriesData): void {
  const statements = seriesStatements(data).filter((s) => time(s.date) !== null);
  const points = [
    ...data.meetings.flatMap((m) => [m.startDate, m.endDate, m.windowStart, m.windowEnd]),
    ...statements.map((s) => s.date),
  ]
    .map(time)
    .filter((t): t is number => t !== null);
  if (points.length === 0) {
    show(container, empty('No dated meetings or statements in this series yet.'));
    show(panel);
    return;
  }
  const t0 = Math.min(...points) - 45 * DAY;
  const t1 = Math.max(...points) + 45 * DAY;
  // The panel first: filling it narrows the view, and the chart is sized to the width the view will keep.
  show(panel, h('p', { class: 'hint' }, 'Select a round, a planned window or a statement tick for details.'));
  const fit = container.clientWidth - 36;
  const natural = GUTTER + Math.round(((t1 - t0) / (365.25 * DAY)) * PX_PER_YEAR);
  const width = fit >= FIT_FROM_PX ? fit : Math.max(fit, natural);
  const x = (t: number): number => GUTTER + Math.round(((t - t0) / (t1 - t0)) * (width - GUTTER - 10));
  const chart = svg('svg', { class: 'timeline', width, height: 200, viewBox: `0 0 ${width} 200`, role: 'img' });
  chart.append(svg('title', {}, `Timeline of ${data.series?.name ?? 'the series'}`));
  drawAxis(chart, t0, t1, x);
  for (const [name, y] of Object.entries(LANES)) chart.append(svg('text', { x: 4, y: y + 4, class: 'lane' }, name));

  const placed = data.meetings
    .map((m) => ({ m, start: time(m.startDate) ?? time(m.endDate) ?? time(m.windowStart) ?? time(m.windowEnd) }))
    .filter((p): p is { m: Meeting; start: number } => p.start !== null);
  const rows = new Map<Meeting, number>();
  for (const status of ['HELD', 'OTHER']) {
    const lane = placed.filter((p) => (p.m.status === 'HELD') === (status === 'HELD'));
    lane.sort((a, b) => a.start - b.start);
    laneRows(lane.map((p) => x(p.start))).forEach((row, k) => rows.set((lane[k] as { m: Meeting }).m, row));
  }
  for (const { m, start } of placed) {
    // A meeting known only by its last day or by a window is still placed: at the first date it has.
    const select = (): void => void showMeeting(panel, m);
    const label = m.round !== null ? String(m.round) : '•';
    const row = rows.get(m) ?? 0;
    let mark: SVGElement;
    let labelY: number;
    if (m.status === 'HELD') {
      // Row 0 on the lane with its number above; a meeting too close to the previous one drops to row 1, number below.
      const cy = LANES.held + row * ROW_STEP;
      mark = svg('circle', { cx: x(start), cy, r: DOT, class: 'held' });
      labelY = row === 0 ? cy - DOT - 6 : cy + DOT + 12;
    } else {
      const end = time(m.windowEnd) ?? time(m.endDate) ?? start;
      const w = Math.max(8, x(end) - x(start));
      mark = svg('rect', {
        x: x(start),
        y: LANES.planned - 6,
        width: w,
        height: 12,
        rx: 4,
        class: m.status.toLowerCase(),
      });
      labelY = row === 0 ? LANES.planned + 20 : LANES.planned - 10;
    }
    const group = svg('g', { class: 'item', tabindex: 0, 'data-meeting': m.id }, mark);
    group.append(svg('text', { x: x(start), y: labelY, 'text-anchor': 'middle' }, label));
    group.append(svg('title', {}, `${m.name} (${m.status.toLowerCase()}): ${meetingDates(m)}`));
    group.addEventListener('click', select);
    group.addEventListener('keydown', (e) => (e as KeyboardEvent).key === 'Enter' && select());
    chart.append(group);
  }
  for (const s of statements) {
    const cx = x(time(s.date) ?? t0);
    const tick = svg('line', {
      x1: cx,
      x2: cx,
      y1: LANES.statements - 8,
      y2: LANES.statements + 8,
      class: `tick ${s.kind.toLowerCase()}`,
    });
    const group = svg('g', { class: 'item', tabindex: 0, 'data-statement': s.id }, tick);
    group.append(svg('title', {}, `${s.speaker.name}, ${formatDate(s.date)}`));
    group.addEventListener('click', () => void showStatement(panel, s));
    chart.append(group);
  }
  const scroller = h('div', { class: 'timeline-scroll' }, chart);
  show(container, scroller, meetingTable(data.meetings, panel));
  // Too long to fit (a phone): open on the latest rounds, the ones an analyst looks for first.
  scroller.scrollLeft = scroller.scrollWidth;
}

/**
 * Rows (0 or 1) for marks at ascending x: the first row whose last mark is at least MIN_GAP away, else the row whose
 * last mark is farthest. Two rounds weeks apart on a fitted chart then sit one above the other, not on each other.
 */
function laneRows(xs: number[]): number[] {
  const last = [-Infinity, -Infinity];
  return xs.map((at) => {
    const free = last.findIndex((l) => at - l >= MIN_GAP);
    const row = free >= 0 ? free : (last[0] ?? 0) <= (last[1] ?? 0) ? 0 : 1;
    last[row] = at;
    return row;
  });
}

function drawAxis(chart: SVGElement, t0: number, t1: number, x: (t: number) => number): void {
  chart.append(svg('line', { x1: GUTTER, x2: x(t1), y1: 190, y2: 190, class: 'axis' }));
  const first = new Date(t0).getUTCFullYear() + 1;
  for (let year = first; Date.UTC(year, 0, 1) <= t1; year++) {
    const tx = x(Date.UTC(year, 0, 1));
    chart.append(svg('line', { x1: tx, x2: tx, y1: 30, y2: 190, class: 'grid' }));
    chart.append(svg('text', { x: tx + 3, y: 186, class: 'year' }, String(year)));
  }
}

function meetingDates(m: MeetingRef): string {
  if (m.status !== 'HELD' && (m.windowStart || m.windowEnd)) return `window ${formatSpan(m.windowStart, m.windowEnd)}`;
  return formatSpan(m.startDate, m.endDate);
}

async function showMeeting(panel: HTMLElement, m: Meeting): Promise<void> {
  const header = [
    h('h3', {}, text(m.name)),
    h(
      'p',
      { class: 'muted' },
      `${m.status.toLowerCase()} · ${meetingDates(m)}${m.location ? ` · ${m.location.name}` : ''} · `,
      h('a', { href: `#graph/meeting/${encodeURIComponent(m.id)}` }, 'graph'),
    ),
  ];
  show(panel, ...header, loading('statements'));
  try {
    show(panel, ...header, statementList(await meetingStatements(m.id)));
  } catch (e) {
    show(panel, ...header, failure(e));
  }
}

async function showStatement(panel: HTMLElement, brief: StatementBrief): Promise<void> {
  show(panel, h('h3', {}, 'Statement'), loading('statement'));
  try {
    const full = await statementDetail(brief);
    show(
      panel,
      h('h3', {}, 'Statement'),
      full ? statementList([full]) : empty('This statement is no longer in the graph.'),
    );
  } catch (e) {
    show(panel, failure(e));
  }
}

function meetingTable(meetings: Meeting[], panel: HTMLElement): HTMLElement {
  return h(
    'table',
    { class: 'meetings' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ['Round', 'Meeting', 'Status', 'Dates', 'Statements'].map((c) => h('th', {}, c)),
      ),
    ),
    h(
      'tbody',
      {},
      meetings.map((m) =>
        h(
          'tr',
          { class: `status-${m.status.toLowerCase()}` },
          h('td', {}, m.round === null ? '–' : String(m.round)),
          h(
            'td',
            {},
            h(
              'a',
              {
                href: '#',
                onclick: (e: Event) => {
                  e.preventDefault();
                  void showMeeting(panel, m);
                },
              },
              text(m.name),
            ),
          ),
          h('td', {}, m.status.toLowerCase()),
          h('td', {}, meetingDates(m)),
          h('td', {}, String(m.statements.length)),
        ),
      ),
    ),
  );
}
