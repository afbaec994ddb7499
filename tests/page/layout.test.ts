// The analyst page's layout defects found by a newcomer (issue 8, item 6), each checked in real headless Chromium
// against the real server over the dev corpus: what the eye saw is measured (boxes, scroll positions, values).
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConfig } from '../../src/config.js';
import {
  buildAssets,
  CHROMIUM,
  CHROMIUM_ARGS,
  PageSession,
  RESULTS,
  startAnalystServer,
  type AnalystServer,
} from './fixture.js';

const SHOTS = path.join(RESULTS, 'page');
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium && testConfig().requireBrowser)
  throw new Error(`DIPLOGRAPH_REQUIRE_BROWSER=1 but ${CHROMIUM} is missing`);

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const inside = (inner: Box, outer: Box): boolean =>
  inner.x >= outer.x - 0.5 &&
  inner.x + inner.width <= outer.x + outer.width + 0.5 &&
  inner.y >= outer.y - 0.5 &&
  inner.y + inner.height <= outer.y + outer.height + 0.5;

describe.skipIf(!hasChromium)('analyst page layout', () => {
  let app: AnalystServer;
  let browser: Browser;
  let session: PageSession;

  beforeAll(async () => {
    buildAssets();
    mkdirSync(SHOTS, { recursive: true });
    app = await startAnalystServer();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    session = new PageSession(browser, app.server.url);
  });
  afterAll(async () => {
    await (browser as Browser | undefined)?.close();
    await (app as AnalystServer | undefined)?.stop();
  });

  /** Every meeting mark of the timeline with the box of the scroller that shows it. */
  async function timelineMarks(page: Page): Promise<{ id: string; round: string; box: Box }[]> {
    return page.$$eval('svg.timeline g.item[data-meeting]', (groups) =>
      groups.map((g) => {
        const mark = g.querySelector('circle, rect') as SVGGraphicsElement;
        const r = mark.getBoundingClientRect();
        return {
          id: g.getAttribute('data-meeting') ?? '',
          round: g.querySelector('text')?.textContent ?? '',
          box: { x: r.x, y: r.y, width: r.width, height: r.height },
        };
      }),
    );
  }
  const scrollerBox = (page: Page): Promise<Box> =>
    page.$eval('.timeline-scroll', (el) => {
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    });

  it('shows every round of the timeline at 1400 px: the chart fits its column, nothing past the edge', async () => {
    const page = await session.open('timeline/astana', 1400, 900);
    await page.waitForSelector('svg.timeline');
    const marks = await timelineMarks(page);
    expect(marks.length).toBeGreaterThan(15);
    const frame = await scrollerBox(page);
    expect(marks.filter((m) => !inside(m.box, frame)).map((m) => m.round)).toEqual([]);
    expect(await page.$eval('.timeline-scroll', (el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    // Fitting squeezes rounds weeks apart together: still no mark may cover another, nor a number a mark.
    const drawn = await page.$$eval('svg.timeline g.item[data-meeting]', (groups) =>
      groups.map((g) => {
        const box = (el: Element | null) => {
          const r = (el as Element).getBoundingClientRect();
          return { x1: r.left, y1: r.top, x2: r.right, y2: r.bottom };
        };
        return {
          round: g.querySelector('text')?.textContent ?? '',
          mark: box(g.querySelector('circle, rect')),
          label: box(g.querySelector('text')),
        };
      }),
    );
    type B = { x1: number; y1: number; x2: number; y2: number };
    const overlap = (a: B, b: B): boolean =>
      a.x1 < b.x2 - 0.5 && b.x1 < a.x2 - 0.5 && a.y1 < b.y2 - 0.5 && b.y1 < a.y2 - 0.5;
    const clashes: string[] = [];
    for (const a of drawn) {
      for (const b of drawn) {
        if (a !== b && overlap(a.label, b.mark)) clashes.push(`label ${a.round} on mark ${b.round}`);
        if (a.round < b.round && overlap(a.mark, b.mark)) clashes.push(`mark ${a.round} on mark ${b.round}`);
      }
      if (overlap(a.label, a.mark)) clashes.push(`label ${a.round} on its own mark`);
    }
    expect(clashes).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, 'timeline-1400.png') });
    await page.close();
  });

  it('opens the timeline on a phone at its latest round, the rest a sideways scroll away', async () => {
    const { meetings } = await app.query<{ meetings: { id: string; status: string; startDate: string | null }[] }>(
      `{ meetings(series: "astana") { id status startDate } }`,
    );
    const latest = meetings
      .filter((m) => m.status === 'HELD' && m.startDate)
      .sort((a, b) => (a.startDate ?? '').localeCompare(b.startDate ?? ''))
      .at(-1);
    if (!latest) throw new Error('no dated held meeting in the corpus');
    const page = await session.open('timeline/astana', 390, 844);
    await page.waitForSelector('svg.timeline');
    const mark = (await timelineMarks(page)).find((m) => m.id === latest.id);
    expect(mark && inside(mark.box, await scrollerBox(page))).toBe(true);
    await page.close();
  });

  it('cites an untitled article by its decoded host and path, wrapped inside the panel', async () => {
    type P = { actor: { id: string; kind: string }; evidence: { article: { id: string } }[] };
    const { articles } = await app.query<{
      articles: { id: string; url: string | null; title: string | null; meetings: { id: string }[] }[];
    }>(`{ articles { id url title meetings { id } } }`);
    // A state or organization whose attendance rests on an untitled article with a percent-encoded Arabic URL.
    let target: { round: number; p: P; article: { id: string; url: string | null } } | undefined;
    for (const article of articles.filter((a) => a.title === null && /%D8/i.test(a.url ?? ''))) {
      for (const { id } of article.meetings) {
        const { meeting } = await app.query<{ meeting: { round: number | null; participants: P[] } }>(
          `query($id: ID!) { meeting(id: $id) { round participants { actor { id kind } evidence { article { id } } } } }`,
          { id },
        );
        const p = meeting.participants.find(
          (x) => x.actor.kind !== 'PERSON' && x.evidence.some((e) => e.article.id === article.id),
        );
        if (p && meeting.round !== null) target ??= { round: meeting.round, p, article };
      }
    }
    if (!target) throw new Error('the corpus has no untitled article with an encoded Arabic URL behind a cell');
    const page = await session.open('matrix/astana', 1400, 900);
    await page.click(`td.cell button[data-round="${target.round}"][data-actor="${target.p.actor.id}"]`);
    const cite = await page.waitForSelector(`#panel .evidence[data-article="${target.article.id}"] cite`);
    const shown = await cite.$eval('a', (a) => ({ text: a.textContent, href: a.getAttribute('href') }));
    const url = new URL(target.article.url as string);
    expect(shown.href).toBe(target.article.url);
    expect(shown.text).not.toMatch(/%[0-9A-Fa-f]{2}/);
    expect(shown.text.startsWith(url.host)).toBe(true);
    expect(shown.text).toMatch(/[\u0600-\u06ff]/);
    // Wrapped: neither the citation nor the panel is wider than the panel's own box.
    expect(await cite.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    expect(await page.$eval('#panel', (el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    await page.screenshot({ path: path.join(SHOTS, 'untitled-citation-1400.png') });
    await page.close();
  });

  it('empties the search box when another tab is opened, and shows the search being viewed', async () => {
    const page = await session.open('matrix/astana');
    await page.waitForSelector('table.matrix');
    await page.fill('#search input[name=q]', 'Lavrentiev');
    await page.click('#search button');
    await page.waitForSelector('article.actor, .results, #view .state.empty');
    for (const tab of ['timeline', 'matrix', 'graph', 'actor']) {
      await page.click(`nav.tabs a[data-view="${tab}"]`);
      await page.waitForFunction((t) => location.hash.startsWith(`#${t}`), tab);
      expect(await page.inputValue('#search input[name=q]'), `after the ${tab} tab`).toBe('');
    }
    // A search that matches nobody stays on its own view, and the box says what was searched.
    await page.goto(`${app.server.url}/#search/${encodeURIComponent('لا أحد بهذا الاسم')}`);
    await page.waitForSelector('#view .state.empty');
    expect(await page.inputValue('#search input[name=q]')).toBe('لا أحد بهذا الاسم');
    await page.close();
  });

  it('draws graph labels clear of their nodes, and no two role labels on top of each other', async () => {
    const { attendance } = await app.query<{ attendance: { cells: { meeting: { id: string } }[] } }>(
      `{ attendance(series: "astana") { cells { meeting { id } } } }`,
    );
    const perMeeting = new Map<string, number>();
    for (const c of attendance.cells) perMeeting.set(c.meeting.id, (perMeeting.get(c.meeting.id) ?? 0) + 1);
    // The most crowded meeting: where labels have the least room.
    const busiest = [...perMeeting].sort((a, b) => b[1] - a[1]).map(([id]) => ({ id }))[0];
    if (!busiest) throw new Error('no round to draw');
    const page = await session.open(`graph/meeting/${busiest.id}`, 1400, 900);
    await page.waitForSelector('.graph-canvas[data-nodes] canvas');
    const measured = await page.$eval('.graph-canvas', (el) => {
      // cytoscape keeps its instance on the container it drew into.
      const cy = (el as unknown as { _cyreg: { cy: import('cytoscape').Core } })._cyreg.cy;
      const box = (b: { x1: number; y1: number; x2: number; y2: number }) => ({
        x1: b.x1,
        y1: b.y1,
        x2: b.x2,
        y2: b.y2,
      });
      const bodyOnly = { includeLabels: false, includeOverlays: false } as const;
      const labelOnly = { includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false };
      return {
        nodes: cy.nodes().map((n) => ({
          id: n.id(),
          kind: String(n.data('kind')),
          body: box(n.boundingBox(bodyOnly)),
          label: box(n.boundingBox(labelOnly)),
        })),
        edgeLabels: cy
          .edges()
          .filter((e) => String(e.style('label')) !== '')
          .map((e) => ({ id: e.id(), label: box(e.boundingBox(labelOnly)) })),
      };
    });
    type B = { x1: number; y1: number; x2: number; y2: number };
    const overlap = (a: B, b: B): boolean => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
    await page.screenshot({ path: path.join(SHOTS, 'graph-labels-1400.png') });
    expect(measured.nodes.length).toBeGreaterThan(3);
    // A meeting's label is drawn inside its box; any other node's label sits clear of its shape.
    const within = (a: B, b: B): boolean => a.x1 >= b.x1 && a.x2 <= b.x2 && a.y1 >= b.y1 && a.y2 <= b.y2;
    const meetings = measured.nodes.filter((n) => n.kind === 'MEETING');
    expect(meetings.length).toBeGreaterThan(0);
    expect(meetings.filter((n) => !within(n.label, n.body)).map((n) => n.id)).toEqual([]);
    const others = measured.nodes.filter((n) => n.kind !== 'MEETING');
    expect(others.filter((n) => overlap(n.label, n.body)).map((n) => n.id)).toEqual([]);
    const clashes: string[] = [];
    measured.edgeLabels.forEach((a, i) => {
      for (const b of measured.edgeLabels.slice(i + 1)) {
        if (overlap(a.label, b.label)) clashes.push(`${a.id} × ${b.id}`);
      }
    });
    expect(clashes).toEqual([]);
    await page.close();
  });

  it('on a phone, scrolls a clicked cell’s evidence into view, even from the last round of a long matrix', async () => {
    const page = await session.open('matrix/astana', 390, 844);
    await page.waitForSelector('table.matrix');
    // The last attended round's first cell: the matrix scroller and the page both have to move for it.
    const button = page.locator('table.matrix tbody tr:has(td.cell button)').last().locator('td.cell button').first();
    await button.scrollIntoViewIfNeeded();
    await button.click();
    const quote = await page.waitForSelector('#panel .evidence blockquote');
    // Scrolling may be animated: give it time to settle, then the first sentence must be entirely on screen.
    const onScreen = (): boolean => {
      const q = document.querySelector('#panel .evidence blockquote');
      const r = q?.getBoundingClientRect();
      return r !== undefined && r.top >= 0 && r.bottom <= window.innerHeight;
    };
    await page.waitForFunction(onScreen, undefined, { timeout: 3000 }).catch(() => undefined);
    const box = await quote.boundingBox();
    expect(box && box.y >= 0 && box.y + box.height <= 844, JSON.stringify(box)).toBe(true);
    await page.screenshot({ path: path.join(SHOTS, 'evidence-last-row-390.png') });
    await page.close();
  });

  it('serves /favicon.ico as an icon, and the page names it', async () => {
    const res = await fetch(`${app.server.url}/favicon.ico`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/x-icon');
    const bytes = new Uint8Array(await res.arrayBuffer());
    // ICONDIR: reserved 0, type 1 (icon), at least one image.
    expect([...bytes.slice(0, 4)]).toEqual([0, 0, 1, 0]);
    expect(bytes[4]).toBeGreaterThan(0);
    const page = await session.open('matrix/astana');
    const href = await page.$eval('link[rel=icon]', (l) => (l as HTMLLinkElement).href);
    expect(href).toBe(`${app.server.url}/favicon.ico`);
    await page.close();
  });

  it('stayed offline and error-free: every request went to the server itself', () => {
    expect(session.foreign).toEqual([]);
    expect(session.problems).toEqual([]);
  });
});
