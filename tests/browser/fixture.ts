// What the Neo4j Browser tests share: the saved queries as the driver runs them, the Chromium check, the graph they
// start from (a Neo4j store cleared and filled with articles, plus a driver for Cypher) and the Browser run itself
// (scripts/neo4j-browser.mjs check, its JSON answer).
/* eslint-disable @typescript-eslint/no-unsafe-class-instance-assignment -- neo4j-driver types its plain option objects as classes; literals are its documented use */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import type { Driver, Record as Neo4jRecord } from 'neo4j-driver';
import { testConfig } from '../../src/config.js';
import type { Neo4jConfig } from '../../src/config.js';
import { ingestArticle } from '../../src/ingest.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/port.js';
import { seedKnowledge } from '../fixtures/knowledge.js';
import { CHROMIUM, ROOT } from '../page/fixture.js';

export const QUERIES = path.join(ROOT, 'schema', 'queries');

/** Whether the Browser can be drawn here; with DIPLOGRAPH_REQUIRE_BROWSER=1 a missing Chromium fails instead. */
export function chromiumOrSkip(): boolean {
  const has = existsSync(CHROMIUM);
  if (!has && testConfig().requireBrowser) throw new Error(`DIPLOGRAPH_REQUIRE_BROWSER=1 but ${CHROMIUM} is missing`);
  return has;
}

/** A saved query as the driver runs it: comment lines dropped, the trailing ";" removed. */
export function saved(file: string): string {
  return readFileSync(path.join(QUERIES, file), 'utf8')
    .split('\n')
    .filter((l) => !l.trim().startsWith('//'))
    .join('\n')
    .trim()
    .replace(/;$/, '');
}

export interface BrowserGraph {
  store: Store;
  driver: Driver;
  cypher: (query: string, params?: Record<string, unknown>) => Promise<ReturnType<Neo4jRecord['toObject']>[]>;
  close: () => Promise<void>;
}

/** The Neo4j store cleared and given these articles, and a driver on the same database. */
export async function browserGraph(cfg: Neo4jConfig, articles: unknown[]): Promise<BrowserGraph> {
  const store = await openStore({ kind: 'neo4j', dataDir: '', neo4j: cfg }, { forTests: true });
  let driver: Driver | undefined;
  try {
    await store.clear();
    for (const article of articles) await ingestArticle(store, seedKnowledge, article);
    driver = neo4j.driver(cfg.uri, neo4j.auth.basic(cfg.username, cfg.password), { disableLosslessIntegers: true });
  } catch (e) {
    await store.close();
    throw e;
  }
  const open = driver;
  return {
    store,
    driver: open,
    cypher: async (query, params = {}) =>
      (await open.executeQuery(query, params, { database: cfg.database })).records.map((r) => r.toObject()),
    close: async () => {
      await open.close();
      await store.close();
    },
  };
}

/** Runs `scripts/neo4j-browser.mjs check ARGS` on that database; its exit status, stderr and last JSON line. */
export function browserCheck(
  cfg: Neo4jConfig,
  args: string[],
): { status: number | null; stderr: string; result: unknown } {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'neo4j-browser.mjs'), 'check', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NEO4J_URI: cfg.uri, NEO4J_USERNAME: cfg.username, NEO4J_PASSWORD: cfg.password },
    timeout: 240_000,
  });
  return { status: r.status, stderr: r.stderr, result: lastJson(r.stdout) };
}

/** The script prints its answer as the last line; a failed run may print none (its status says so). */
function lastJson(stdout: string): unknown {
  try {
    return JSON.parse(stdout.trim().split('\n').pop() ?? '{}');
  } catch {
    return {};
  }
}
