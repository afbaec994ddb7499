// The bundled GraphQL IDE in real headless Chromium: it loads offline (no request leaves the server), fetches the
// schema through introspection (not refused by the limits), and runs its example query against the fixtures.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeConfig, testConfig } from '../../src/config.js';
import type { RunningServer } from '../../src/http.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/port.js';
import { allDeltas } from '../fixtures/deltas.js';
import { serve } from './client.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];
const root = path.resolve(import.meta.dirname, '../..');
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium && testConfig().requireBrowser)
  throw new Error(`DIPLOGRAPH_REQUIRE_BROWSER=1 but ${CHROMIUM} is missing`);
if (!hasChromium) console.warn(`ide.test: SKIPPED: ${CHROMIUM} is missing (apt-get install -y chromium)`);

describe.skipIf(!hasChromium)('GraphQL IDE in a browser', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'diplograph-ide-'));
  let store: Store | undefined;
  let server: RunningServer | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    if (!existsSync(path.join(root, 'dist/web/ide/main.js'))) {
      execFileSync(process.execPath, [path.join(root, 'scripts/build-assets.mjs'), 'ide'], { cwd: root });
    }
    const opened = await openStore(storeConfig({ data: dir }, {}), { forTests: true });
    store = opened;
    for (const delta of allDeltas()) await opened.writeArticle(delta);
    // The server's own default limits: the IDE must work with them as shipped.
    server = (await serve(opened, { maxDepth: 10, maxComplexity: 5000 })).server;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each(['/ide', '/graphql'])('loads at %s, offline, and runs the example query', async (at) => {
    const base = server?.url ?? '';
    const page = await (browser as Browser).newPage({ viewport: { width: 1280, height: 860 } });
    const foreign: string[] = [];
    const problems: string[] = [];
    const graphql: { status: number; body: string }[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(base) && !r.url().startsWith('data:')) foreign.push(r.url());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('response', async (r) => {
      if (r.url().endsWith('/graphql') && r.request().method() === 'POST') {
        graphql.push({ status: r.status(), body: await r.text().catch(() => '') });
      }
    });
    try {
      await page.goto(`${base}${at}`);
      await page.waitForSelector('.graphiql-execute-button', { timeout: 20_000 });
      // The schema arrived: the IDE's introspection query was answered, not refused.
      await expect.poll(() => graphql.some((g) => g.body.includes('"__schema"')), { timeout: 10_000 }).toBe(true);
      await page.click('.graphiql-execute-button');
      const result = page.locator('.result-window');
      await expect.poll(() => result.innerText(), { timeout: 10_000 }).toContain('"round": 20');
      expect(await result.innerText()).toContain('"GUARANTOR"');
      expect(graphql.every((g) => g.status === 200)).toBe(true);
      expect(foreign).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
