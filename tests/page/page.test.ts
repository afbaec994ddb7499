// End to end: the bundled analyst page in real headless Chromium, against the real server over a store holding the
// dev corpus as the real pipeline extracted it. Expectations are read from the same API, so they hold for any corpus.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConfig } from '../../src/config.js';
import {
  buildAssets,
  CHROMIUM,
  CHROMIUM_ARGS,
  RESULTS,
  ROOT,
  startAnalystServer,
  type AnalystServer,
} from './fixture.js';

const SHOTS = path.join(RESULTS, 'page');
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium && testConfig().requireBrowser)
  throw new Error(`DIPLOGRAPH_REQUIRE_BROWSER=1 but ${CHROMIUM} is missing`);
if (!hasChromium) console.warn(`page.test: skipped: ${CHROMIUM} is missing (apt-get install -y chromium)`);

interface Cell {
  round: number;
  meeting: { id: string };
  actor: { id: string; kind: string; name: string };
  roles: string[];
}
interface NamedActor {
  id: string;
  kind: string;
  name: string;
  names: { lang: string; value: string }[];
}

describe.skipIf(!hasChromium)('analyst page', () => {
  let app: AnalystServer;
  let browser: Browser;
  let cells: Cell[];
  const foreign: string[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    buildAssets();
    mkdirSync(SHOTS, { recursive: true });
    app = await startAnalystServer();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const matrix = await app.query<{ attendance: { cells: Cell[] } | null }>(
      `{ attendance(series: "astana") { cells { round meeting { id } actor { id kind name } roles } } }`,
    );
    cells = (matrix.attendance?.cells ?? []).filter((c) => c.actor.kind !== 'PERSON');
  });
  afterAll(async () => {
    // Either may be unset when beforeAll failed part-way.
    await (browser as Browser | undefined)?.close();
    await (app as AnalystServer | undefined)?.stop();
  });

  async function open(hash: string, width = 1280, height = 900): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height } });
    page.on('request', (r) => {
      if (!r.url().startsWith(app.server.url) && !r.url().startsWith('data:')) foreign.push(r.url());
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    await page.goto(`${app.server.url}/#${hash}`);
    return page;
  }

  it('draws the attendance matrix of the dev corpus: one coloured cell per (round, state/organization), a legend', async () => {
    expect(cells.length).toBeGreaterThan(10);
    const page = await open('matrix/astana');
    await page.waitForSelector('table.matrix');
    const rendered = await page.$$eval('td.cell button', (bs) =>
      bs.map((b) => `${b.dataset.round}|${b.dataset.actor}`),
    );
    expect(rendered.sort()).toEqual(cells.map((c) => `${c.round}|${c.actor.id}`).sort());
    expect(await page.$$eval('.legend li', (li) => li.map((x) => x.textContent))).toEqual([
      'Guarantor',
      'Party',
      'Observer',
      'Host',
      'Mediator',
      'Participant',
    ]);
    const guarantor = cells.find((c) => c.roles[0] === 'GUARANTOR');
    if (guarantor) {
      const colour = await page.$eval(
        `td.cell button[data-round="${guarantor.round}"][data-actor="${guarantor.actor.id}"]`,
        (b) => getComputedStyle(b.parentElement as Element).backgroundColor,
      );
      expect(colour).toBe('rgb(213, 94, 0)');
    }
    await page.screenshot({ path: path.join(SHOTS, 'matrix-1280.png') });
    await page.close();
  });

  it('falls back to the contract fields when a server lacks the attendance extension', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    // An older server: every query naming `attendance` fails validation, as graphql-js words it.
    await page.route('**/graphql', async (route) => {
      if (!(route.request().postData() ?? '').includes('attendance(')) return route.continue();
      return route.fulfill({
        status: 400,
        contentType: 'application/json',
        body: JSON.stringify({
          errors: [
            {
              message: 'Cannot query field "attendance" on type "Query".',
              extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
            },
          ],
        }),
      });
    });
    await page.goto(`${app.server.url}/#matrix/astana`);
    await page.waitForSelector('table.matrix');
    const rendered = await page.$$eval('td.cell button', (bs) =>
      bs.map((b) => `${b.dataset.round}|${b.dataset.actor}`),
    );
    expect(rendered.sort()).toEqual(cells.map((c) => `${c.round}|${c.actor.id}`).sort());
    await page.close();
  });

  it('shows the verbatim evidence of a clicked cell with its article title, source, date and link', async () => {
    const cell = cells.find((c) => c.roles.includes('GUARANTOR')) ?? cells[0];
    if (!cell) throw new Error('no attendance cell to click');
    const expected = await app.query<{
      meeting: {
        participants: {
          actor: { id: string; kind: string };
          representing: { id: string } | null;
          evidence: { text: string; article: { url: string | null; title: string | null } }[];
        }[];
      };
    }>(
      `query($id: ID!) { meeting(id: $id) { participants { actor { id kind } representing { id } evidence { text article { url title } } } } }`,
      {
        id: cell.meeting.id,
      },
    );
    const evidence = expected.meeting.participants
      // The cell shows the actor's own attendance and that of the persons who represented it there.
      .filter(
        (p) => p.actor.id === cell.actor.id || (p.actor.kind === 'PERSON' && p.representing?.id === cell.actor.id),
      )
      .flatMap((p) => p.evidence);
    expect(evidence.length).toBeGreaterThan(0);

    const page = await open('matrix/astana');
    await page.click(`td.cell button[data-round="${cell.round}"][data-actor="${cell.actor.id}"]`);
    await page.waitForSelector('#panel .evidence blockquote');
    const shown = await page.$$eval('#panel .evidence', (items) =>
      items.map((li) => ({
        text: li.querySelector('blockquote')?.textContent ?? '',
        href: li.querySelector('cite a')?.getAttribute('href') ?? null,
        meta: li.querySelector('cite .meta')?.textContent ?? '',
      })),
    );
    expect(shown.map((s) => s.text).sort()).toEqual(evidence.map((e) => e.text).sort());
    for (const e of evidence.filter((x) => x.article.url)) expect(shown.map((s) => s.href)).toContain(e.article.url);
    expect(shown.every((s) => /\d{1,2} [A-Z][a-z]{2} \d{4}/.test(s.meta))).toBe(true);
    await page.screenshot({ path: path.join(SHOTS, 'evidence-1280.png') });
    await page.close();
  });

  it.each([
    ['Arabic', 'ar'],
    ['English', 'en'],
  ])('finds an actor by its %s name through the search box', async (_label, lang) => {
    const { actors } = await app.query<{ actors: NamedActor[] }>(
      `{ actors(kind: PERSON) { id kind name names { lang value } } }`,
    );
    // Lavrentiev when the pipeline found him; otherwise the first person named in both languages.
    const bilingual = actors.filter(
      (a) => a.names.some((n) => n.lang === 'ar') && a.names.some((n) => n.lang === 'en'),
    );
    const actor = bilingual.find((a) => a.id === 'alexander-lavrentiev') ?? bilingual[0];
    if (!actor) throw new Error('no person with both an Arabic and an English name in the graph');
    const name = actor.names.find((n) => n.lang === lang)?.value ?? '';
    const page = await open('matrix/astana');
    await page.fill('#search input[name=q]', name);
    await page.click('#search button');
    // One match opens the actor; several list it.
    await page.waitForSelector(`article.actor[data-actor="${actor.id}"], .results li[data-actor="${actor.id}"]`);
    if (await page.$('.results')) await page.click(`.results li[data-actor="${actor.id}"] a`);
    await page.waitForSelector(`article.actor[data-actor="${actor.id}"] h3`);
    const names = await page.$$eval('.names dd .bidi', (els) =>
      els.map((e) => ({ text: e.textContent, direction: getComputedStyle(e).direction })),
    );
    const arabic = names.find((n) => /[\u0600-\u06ff]/.test(n.text));
    expect(arabic?.direction).toBe('rtl');
    expect(names.find((n) => /^[A-Za-z]/.test(n.text))?.direction).toBe('ltr');
    await page.screenshot({ path: path.join(SHOTS, `search-${lang}-1280.png`), fullPage: true });
    await page.close();
  });

  it('draws the timeline: a dot per dated held round, a table row per meeting', async () => {
    type Dated = {
      status: string;
      startDate: string | null;
      endDate: string | null;
      windowStart: string | null;
      windowEnd: string | null;
    };
    const { meetings } = await app.query<{ meetings: Dated[] }>(
      `{ meetings(series: "astana") { status startDate endDate windowStart windowEnd } }`,
    );
    const page = await open('timeline/astana');
    await page.waitForSelector('svg.timeline');
    expect(await page.$$eval('svg.timeline circle.held', (c) => c.length)).toBe(
      meetings.filter((m) => m.status === 'HELD' && (m.startDate ?? m.endDate ?? m.windowStart ?? m.windowEnd)).length,
    );
    expect(await page.$$eval('table.meetings tbody tr', (r) => r.length)).toBe(meetings.length);
    await page.screenshot({ path: path.join(SHOTS, 'timeline-1280.png') });
    await page.close();
  });

  it('opens a round from the timeline with its statements', async () => {
    const page = await open('timeline/astana');
    const first = await page.waitForSelector('svg.timeline g.item[data-meeting]');
    const id = await first.getAttribute('data-meeting');
    const { meeting } = await app.query<{ meeting: { name: string; statements: unknown[] } }>(
      `query($id: ID!) { meeting(id: $id) { name statements { id } } }`,
      { id },
    );
    await page.click(
      `svg.timeline g.item[data-meeting="${id}"] circle, svg.timeline g.item[data-meeting="${id}"] rect`,
      { timeout: 3000 },
    );
    await page.waitForSelector('#panel .statement-list, #panel .state.empty');
    expect(await page.textContent('#panel h3')).toBe(meeting.name);
    expect(await page.$$eval('#panel .statement', (s) => s.length)).toBe(meeting.statements.length);
    await page.close();
  });

  it("draws a meeting's neighbourhood graph with every participant", async () => {
    const cell = cells[cells.length - 1];
    if (!cell) throw new Error('no meeting to draw');
    const { meeting } = await app.query<{ meeting: { participants: { actor: { id: string } }[] } }>(
      `query($id: ID!) { meeting(id: $id) { participants { actor { id } } } }`,
      { id: cell.meeting.id },
    );
    const page = await open(`graph/meeting/${cell.meeting.id}`);
    const canvas = await page.waitForSelector('.graph-canvas[data-nodes]');
    const nodes = Number(await canvas.getAttribute('data-nodes'));
    expect(nodes).toBeGreaterThanOrEqual(1 + new Set(meeting.participants.map((p) => p.actor.id)).size);
    expect(await page.$$eval('.graph-canvas canvas', (c) => c.length)).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(SHOTS, 'graph-1280.png') });
    await page.close();
  });

  it("draws an actor's neighbourhood graph: the actor and every meeting it attended", async () => {
    const busiest = [...new Set(cells.map((c) => c.actor.id))]
      .map((id) => ({ id, n: cells.filter((c) => c.actor.id === id).length }))
      .sort((a, b) => b.n - a.n)[0];
    if (!busiest) throw new Error('no actor to draw');
    const { actor } = await app.query<{ actor: { participations: { meeting: { id: string } }[] } }>(
      `query($id: ID!) { actor(id: $id) { participations { meeting { id } } } }`,
      { id: busiest.id },
    );
    const page = await open(`graph/actor/${busiest.id}`);
    const canvas = await page.waitForSelector('.graph-canvas[data-nodes]');
    const meetings = new Set(actor.participations.map((p) => p.meeting.id)).size;
    expect(Number(await canvas.getAttribute('data-nodes'))).toBeGreaterThanOrEqual(1 + meetings);
    expect(Number(await canvas.getAttribute('data-edges'))).toBeGreaterThanOrEqual(actor.participations.length);
    await page.screenshot({ path: path.join(SHOTS, 'graph-actor-1280.png') });
    await page.close();
  });

  it.each(['matrix/astana', 'timeline/astana', 'actor/alexander-lavrentiev'])(
    'fits a 390px phone without sideways page scrolling (%s)',
    async (hash) => {
      const page = await open(hash, 390, 844);
      await page.waitForSelector('table.matrix, svg.timeline, article.actor, .state.empty');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await page.screenshot({ path: path.join(SHOTS, `${hash.split('/')[0] ?? 'view'}-390.png`), fullPage: true });
      await page.close();
    },
  );

  it('on a phone, opening a cell brings its evidence into view below the matrix', async () => {
    const cell = cells[0];
    if (!cell) throw new Error('no attendance cell to click');
    const page = await open('matrix/astana', 390, 844);
    await page.click(`td.cell button[data-round="${cell.round}"][data-actor="${cell.actor.id}"]`);
    const quote = await page.waitForSelector('#panel .evidence blockquote');
    await page.waitForTimeout(300);
    const box = await quote.boundingBox();
    expect(box && box.y < 844 && box.y + box.height > 0).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: path.join(SHOTS, 'evidence-390.png') });
    await page.close();
  });

  it('shows empty states, not errors, over an empty graph', async () => {
    const bare = await startAnalystServer([]);
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      for (const [hash, message] of [
        ['matrix/astana', /No numbered rounds/],
        ['timeline/astana', /No dated meetings/],
        ['search/nobody', /No actor is known/],
      ] as const) {
        await page.goto(`${bare.server.url}/#${hash}`);
        await page.waitForSelector('#view .state.empty');
        expect(await page.textContent('#view .state.empty')).toMatch(message);
      }
      await page.screenshot({ path: path.join(SHOTS, 'empty-1280.png') });
      await page.close();
    } finally {
      await bare.stop();
    }
  });

  it('has page sources that type-check strictly (esbuild bundles without checking)', () => {
    const tsc = spawnSync(
      process.execPath,
      [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'web/page/tsconfig.json'],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    expect(tsc.stdout).toBe('');
    expect(tsc.status).toBe(0);
  });

  it('stayed offline and error-free: every request went to the server itself', () => {
    expect(foreign).toEqual([]);
    expect(problems).toEqual([]);
  });
});
