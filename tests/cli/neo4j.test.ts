// The Cypher export replayed into a real Neo4j: `diplograph --neo4j` must then read back the same graph as the
// embedded store it was exported from (same jsonl export, same answers to name lookups), and a second replay adds nothing.
/* eslint-disable @typescript-eslint/no-unsafe-class-instance-assignment -- neo4j-driver types its plain option objects as classes; literals are its documented use */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeConfig, type Neo4jConfig } from '../../src/config.js';
import { Neo4jStore } from '../../src/store/neo4j/store.js';
import { neo4jUriOrSkip } from '../setup/neo4j.js';
import { buildBinary, ROOT, runCli } from './binary.js';

const uri = neo4jUriOrSkip('tests/cli/neo4j.test.ts');
const CORPUS = path.resolve(ROOT, '..', 'shared', 'corpus', 'dev');

if (uri === null) {
  describe.skip('cypher export replayed into Neo4j (skipped: see the banner above)', () => {
    it('needs a Neo4j', () => undefined);
  });
} else {
  const cfg = storeConfig({ neo4j: uri }).neo4j as Neo4jConfig;
  let work: string;
  let driver: Driver;
  const data = (): string => path.join(work, 'data');
  const relationships = async (): Promise<number> =>
    Number(
      (
        await driver.executeQuery('MATCH ()-[r]->() RETURN count(r) AS n', {}, { database: cfg.database })
      ).records[0]?.get('n'),
    );

  /** Runs each statement of the export on its own, as cypher-shell would (schema commands need their own transaction). */
  const replay = async (cypher: string): Promise<number> => {
    const session = driver.session({ database: cfg.database });
    let n = 0;
    try {
      for (const line of cypher.split('\n')) {
        if (line === '' || line.startsWith('//')) continue;
        await session.run(line);
        n += 1;
      }
    } finally {
      await session.close();
    }
    return n;
  };

  describe('cypher export replayed into Neo4j', () => {
    beforeAll(async () => {
      buildBinary();
      work = mkdtempSync(path.join(tmpdir(), 'dg-cli-neo4j-'));
      const inputs = [path.join(ROOT, 'seed', 'articles')];
      if (existsSync(CORPUS)) inputs.push(...['en', 'ar', 'xx'].map((l) => path.join(CORPUS, l, 'articles.jsonl')));
      else console.warn(`tests/cli/neo4j.test.ts: ${CORPUS} is absent: replaying the seed article only`);
      const r = await runCli(['ingest', '--data', data(), ...inputs]);
      expect(r.code).toBe(0);
      driver = neo4j.driver(cfg.uri, neo4j.auth.basic(cfg.username, cfg.password), { disableLosslessIntegers: true });
      // clear() refuses any database that is not marked as a test database.
      const store = await Neo4jStore.open(cfg, { forTests: true });
      await store.clear();
      await store.close();
    }, 180_000);

    afterAll(async () => {
      const store = await Neo4jStore.open(cfg, { forTests: true });
      await store.clear();
      await store.close();
      await driver.close();
      if (work) rmSync(work, { recursive: true, force: true });
    });

    it('rebuilds the graph: the Neo4j store exports exactly what the embedded one does', async () => {
      const cypher = await runCli(['export', '--format', 'cypher', '--data', data()]);
      expect(cypher.code).toBe(0);
      expect(await replay(cypher.stdout)).toBeGreaterThan(100);
      const embedded = await runCli(['export', '--format', 'jsonl', '--data', data()]);
      const fromNeo4j = await runCli(['export', '--format', 'jsonl', '--neo4j', uri]);
      expect(fromNeo4j.code).toBe(0);
      expect(fromNeo4j.stdout).toBe(embedded.stdout);
    }, 300_000);

    it('answers name lookups and searches the same (NameKey and searchText were rebuilt)', async () => {
      const query =
        '{ a: actor(name: "لافرنتييف") { id } b: actor(name: "Lavrentiev") { id } actors(search: "turk") { id } ' +
        'meetings(series: "Astana", round: 20) { id status } statements(search: "أستانة") { id } }';
      const embedded = await runCli(['query', '--data', data(), query]);
      const fromNeo4j = await runCli(['query', '--neo4j', uri, query]);
      expect(JSON.parse(fromNeo4j.stdout)).toEqual(JSON.parse(embedded.stdout));
      expect(JSON.parse(embedded.stdout)).toMatchObject({ data: { meetings: [{ id: 'astana-20' }] } });
    });

    it('a second replay changes nothing', async () => {
      const before = await relationships();
      const cypher = await runCli(['export', '--format', 'cypher', '--data', data()]);
      await replay(cypher.stdout);
      expect(await relationships()).toBe(before);
      const embedded = await runCli(['export', '--format', 'jsonl', '--data', data()]);
      expect((await runCli(['export', '--format', 'jsonl', '--neo4j', uri])).stdout).toBe(embedded.stdout);
    }, 300_000);
  });
}
