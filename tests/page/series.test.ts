// The page's series selector in real headless Chromium over every track the corpora hold (Astana from the dev
// corpus, the Constitutional Committee and Geneva from corpus/<series>): each series' attendance matrix is the API's,
// and a screenshot per series is written to test-results/page for a person to check.
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConfig } from '../../src/config.js';
import {
  allSeriesArticles,
  buildAssets,
  CHROMIUM,
  CHROMIUM_ARGS,
  PageSession,
  RESULTS,
  seriesCorpora,
  startAnalystServer,
  type AnalystServer,
} from './fixture.js';

const SHOTS = path.join(RESULTS, 'page');
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium && testConfig().requireBrowser)
  throw new Error(`DIPLOGRAPH_REQUIRE_BROWSER=1 but ${CHROMIUM} is missing`);

interface Series {
  id: string;
  name: string;
}

describe.skipIf(!hasChromium)('analyst page: one attendance matrix per series', () => {
  let app: AnalystServer;
  let browser: Browser;
  let session: PageSession;
  let series: Series[];

  beforeAll(async () => {
    buildAssets();
    mkdirSync(SHOTS, { recursive: true });
    app = await startAnalystServer(allSeriesArticles());
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    session = new PageSession(browser, app.server.url);
    series = (await app.query<{ series: Series[] }>('{ series { id name } }')).series;
  }, 300_000);
  afterAll(async () => {
    await (browser as Browser | undefined)?.close();
    await (app as AnalystServer | undefined)?.stop();
  });

  it('offers every series of the graph in the selector, by name', async () => {
    // Every series corpus in the repository put its series in the graph, so the selector must offer it.
    const ids = series.map((s) => s.id);
    for (const dir of seriesCorpora()) expect(ids).toContain(path.basename(path.dirname(dir)));
    const page = await session.open('matrix/astana');
    await page.waitForSelector('table.matrix');
    await page.waitForFunction((n) => document.querySelectorAll('#series option').length >= n, series.length);
    const options = await page.$$eval('#series option', (os) =>
      os.map((o) => ({ id: (o as HTMLOptionElement).value, name: o.textContent })),
    );
    expect(options).toEqual(expect.arrayContaining(series));
    await page.close();
  });

  it('draws each series’ attendance matrix when chosen in the selector (screenshot per series)', async () => {
    const page = await session.open('matrix/astana', 1280, 900);
    await page.waitForSelector('table.matrix');
    for (const s of series) {
      const { attendance } = await app.query<{
        attendance: { cells: { round: number; actor: { id: string; kind: string } }[] } | null;
      }>('query($s: String!) { attendance(series: $s) { cells { round actor { id kind } } } }', { s: s.id });
      const expected = (attendance?.cells ?? [])
        .filter((c) => c.actor.kind !== 'PERSON')
        .map((c) => `${c.round}|${c.actor.id}`)
        .sort();
      await page.selectOption('#series', s.id);
      await page.waitForFunction((id) => location.hash === `#matrix/${encodeURIComponent(id)}`, s.id);
      await page.waitForSelector('#view table.matrix, #view .state.empty');
      const rendered = await page.$$eval('td.cell button', (bs) =>
        bs.map((b) => `${(b as HTMLElement).dataset.round}|${(b as HTMLElement).dataset.actor}`),
      );
      expect(rendered.sort(), s.id).toEqual(expected);
      await page.screenshot({ path: path.join(SHOTS, `matrix-${s.id}-1280.png`), fullPage: true });
    }
    await page.close();
  });

  it('stayed offline and error-free: every request went to the server itself', () => {
    expect(session.foreign).toEqual([]);
    expect(session.problems).toEqual([]);
  });
});
