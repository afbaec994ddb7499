// Test helper for the analyst surfaces (page, notebook): a real embedded store filled by the real pipeline from the
// dev corpus (../shared/corpus/dev, or the seed article when ../shared is absent), served by the real HTTP server.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { serverConfig } from '../../src/config.js';
import { startServer, type RunningServer } from '../../src/http.js';
import { ingestArticle } from '../../src/ingest.js';
import { openStore } from '../../src/store/open.js';
import type { GraphCounts, Store } from '../../src/store/port.js';
import { seedKnowledge } from '../fixtures/knowledge.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CORPUS = path.resolve(ROOT, '..', 'shared', 'corpus', 'dev');
export const RESULTS = path.join(ROOT, 'test-results');
export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];

/** The dev corpus articles (every language), or the seed article with a warning when ../shared is absent. */
export function analystArticles(): { source: string; articles: unknown[] } {
  if (existsSync(CORPUS)) {
    const articles = readdirSync(CORPUS)
      .sort()
      .map((lang) => path.join(CORPUS, lang, 'articles.jsonl'))
      .filter((file) => existsSync(file))
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .filter((l) => l.trim() !== ''),
      )
      .map((line) => JSON.parse(line) as unknown);
    return { source: CORPUS, articles };
  }
  const seed = path.join(ROOT, 'seed', 'articles');
  console.warn(`analyst tests: ${CORPUS} is absent (no ../shared): using the seed article in seed/articles only`);
  const articles = readdirSync(seed)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(path.join(seed, f), 'utf8')) as unknown);
  return { source: seed, articles };
}

export const jsonl = (file: string): unknown[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as unknown);

/** corpus/<series>/<lang> folders (articles + gold) of every series but Astana, whose dev corpus is ../shared's. */
export function seriesCorpora(): string[] {
  const base = path.join(ROOT, 'corpus');
  if (!existsSync(base)) return [];
  return readdirSync(base)
    .filter((series) => series !== 'astana')
    .flatMap((series) => readdirSync(path.join(base, series)).map((lang) => path.join(base, series, lang)))
    .filter((dir) => existsSync(path.join(dir, 'articles.jsonl')) && existsSync(path.join(dir, 'gold.jsonl')));
}

/** The dev corpus and the articles of every other series' corpus: all the tracks the page and notebook show. */
export function allSeriesArticles(): unknown[] {
  return [...analystArticles().articles, ...seriesCorpora().flatMap((dir) => jsonl(path.join(dir, 'articles.jsonl')))];
}

export interface AnalystServer {
  store: Store;
  server: RunningServer;
  /** e.g. http://127.0.0.1:40123/graphql */
  api: string;
  counts: GraphCounts;
  /** Runs a GraphQL query over HTTP as the page does; throws on GraphQL errors. */
  query<T>(source: string, variables?: Record<string, unknown>): Promise<T>;
  stop(): Promise<void>;
}

/** Bundles web/page into dist/web/page (what http.ts serves at /). */
export function buildAssets(): void {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build-assets.mjs')], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`build-assets failed:\n${r.stderr}`);
}

/** A fresh store in a temporary folder, the articles (default: the corpus) ingested by the real pipeline, on a free port. */
export async function startAnalystServer(articles: unknown[] = analystArticles().articles): Promise<AnalystServer> {
  const dir = mkdtempSync(path.join(tmpdir(), 'diplograph-analyst-'));
  const store = await openStore({ kind: 'embedded', dataDir: dir, neo4j: undefined }, { forTests: true });
  for (const article of articles) await ingestArticle(store, seedKnowledge, article);
  const server = await startServer(store, { ...serverConfig({ host: '127.0.0.1', port: 0 }, {}) }, seedKnowledge);
  const api = `${server.url}/graphql`;
  return {
    store,
    server,
    api,
    counts: await store.counts(),
    async query<T>(source: string, variables: Record<string, unknown> = {}): Promise<T> {
      const res = await fetch(api, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: source, variables }),
      });
      const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
      if (body.errors?.length || !body.data) throw new Error(`GraphQL: ${JSON.stringify(body.errors ?? body)}`);
      return body.data;
    },
    async stop(): Promise<void> {
      await server.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The project's Python (a venv at .venv with notebooks/requirements.txt), or null when it is not set up. */
export function venvPython(): string | null {
  const python = path.join(ROOT, '.venv', 'bin', 'python');
  return existsSync(python) ? python : null;
}

export const VENV_HINT = 'python3 -m venv .venv && .venv/bin/pip install -r notebooks/requirements.txt';

/** Opens pages of one server in one browser and records what should never happen: requests off the server, errors. */
export class PageSession {
  readonly foreign: string[] = [];
  readonly problems: string[] = [];

  constructor(
    private readonly browser: Browser,
    private readonly base: string,
  ) {}

  async open(hash: string, width = 1280, height = 900): Promise<Page> {
    const page = await this.browser.newPage({ viewport: { width, height } });
    page.on('request', (r) => {
      if (!r.url().startsWith(this.base) && !r.url().startsWith('data:')) this.foreign.push(r.url());
    });
    page.on('pageerror', (e) => this.problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') this.problems.push(`console: ${m.text()}`);
    });
    await page.goto(`${this.base}/#${hash}`);
    return page;
  }
}
