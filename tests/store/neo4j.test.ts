// The Neo4j tier of the store contract, plus what only Neo4j can show: the schema, the labels Browser displays,
// the refusal to wipe an unmarked database, and driver errors translated at the boundary.
/* eslint-disable @typescript-eslint/no-unsafe-class-instance-assignment -- neo4j-driver types its plain option objects as classes; literals are its documented use */
import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { storeConfig } from '../../src/config.js';
import type { Neo4jConfig } from '../../src/config.js';
import { openStore } from '../../src/store/open.js';
import { Neo4jStore } from '../../src/store/neo4j/store.js';
import { schemaStatements } from '../../src/store/schema.js';
import { arabicRound20, englishRound20, LAVRENTIEV } from '../fixtures/deltas.js';
import { neo4jUriOrSkip } from '../setup/neo4j.js';
import { defineStoreContract } from './contract.js';

const uri = neo4jUriOrSkip('tests/store/neo4j.test.ts');

if (uri === null) {
  describe.skip('store contract: neo4j (skipped: see the banner above)', () => {
    it('needs a Neo4j', () => undefined);
  });
} else {
  const cfg = storeConfig({ neo4j: uri }).neo4j as Neo4jConfig;
  defineStoreContract('neo4j', (options) => openStore({ kind: 'neo4j', dataDir: '', neo4j: cfg }, options));
  defineNeo4jOnly(cfg);
}

function defineNeo4jOnly(cfg: Neo4jConfig): void {
  describe('neo4j store', () => {
    let driver: Driver;
    let store: Neo4jStore;
    const cypher = async (query: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>[]> =>
      (await driver.executeQuery(query, params, { database: cfg.database })).records.map(
        (r) => r.toObject() as Record<string, unknown>,
      );

    beforeAll(() => {
      driver = neo4j.driver(cfg.uri, neo4j.auth.basic(cfg.username, cfg.password), { disableLosslessIntegers: true });
    });
    afterAll(async () => {
      await driver.close();
    });
    beforeEach(async () => {
      store = await Neo4jStore.open(cfg, { forTests: true });
      await store.clear();
      return () => store.close();
    });

    it('applies every schema statement: constraints on merge keys, range, text and full-text indexes', async () => {
      const statements = schemaStatements();
      const names = statements.map((s) => /^CREATE (?:\w+ )?(?:CONSTRAINT|INDEX) (\w+)/.exec(s)?.[1]);
      expect(names.every((n) => n !== undefined)).toBe(true);
      const constraints = (await cypher('SHOW CONSTRAINTS YIELD name')).map((r) => r.name as string);
      const indexes = await cypher('SHOW INDEXES YIELD name, type, state, options');
      const all = new Set([...constraints, ...indexes.map((r) => r.name as string)]);
      expect(names.filter((n) => !all.has(n as string))).toEqual([]);
      expect(indexes.filter((r) => r.state !== 'ONLINE').map((r) => r.name)).toEqual([]);
      const analyzer = (name: string) =>
        (indexes.find((r) => r.name === name)?.options as { indexConfig: Record<string, unknown> } | undefined)
          ?.indexConfig['fulltext.analyzer'];
      expect([analyzer('text_arabic'), analyzer('names_arabic')]).toEqual(['arabic', 'arabic']);
      expect(analyzer('statement_text_latin')).toBe('standard-folding');
    });

    it('labels actors by kind and links facts with relationships that read well in Browser', async () => {
      await store.writeArticle(arabicRound20());
      const labels = await cypher(
        'MATCH (a:Actor) WHERE a.id IN $ids RETURN a.id AS id, labels(a) AS labels ORDER BY id',
        {
          ids: ['RUS', LAVRENTIEV],
        },
      );
      expect(labels.map((r) => [r.id, [...(r.labels as string[])].sort()])).toEqual([
        ['RUS', ['Actor', 'State']],
        [LAVRENTIEV, ['Actor', 'Person']],
      ]);
      const paths = await cypher(`
        MATCH (p:Person)-[:TOOK_PART]->(x:Participation)-[:IN]->(m:Meeting)-[:PART_OF]->(s:MeetingSeries)
        MATCH (x)-[:REPRESENTING]->(rep:State), (x)-[e:EVIDENCED_BY]->(a:Article)
        RETURN p.id AS person, x.role AS role, m.id AS meeting, s.id AS series, rep.id AS rep, a.id AS article,
               e.start < e.end AS span`);
      expect(paths).toEqual([
        {
          person: LAVRENTIEV,
          role: 'PARTICIPANT',
          meeting: 'astana-20',
          series: 'astana',
          rep: 'RUS',
          article: 'ar-20',
          span: true,
        },
      ]);
    });

    it('finds Arabic statements through the Arabic full-text index (light stemming: الاستقرار ~ استقرار)', async () => {
      await store.writeArticle(arabicRound20());
      const hits = await cypher(
        "CALL db.index.fulltext.queryNodes('text_arabic', $q) YIELD node WHERE node:Statement RETURN node.id AS id",
        { q: 'استقرار' },
      );
      expect(hits.map((h) => h.id)).toEqual([arabicRound20().statements[0]?.id]);
    });

    it('stores round numbers and evidence offsets as integers, not floats', async () => {
      await store.writeArticle(englishRound20());
      const [row] = await cypher(`
        MATCH (m:Meeting {id: 'astana-20'})-[e:EVIDENCED_BY]->()
        RETURN valueType(m.round) AS round, collect(DISTINCT valueType(e.start)) AS starts`);
      expect(row).toEqual({ round: 'INTEGER NOT NULL', starts: ['INTEGER NOT NULL'] });
    });

    it('serializes concurrent article writes: two articles merging into one person lose nothing', async () => {
      const outcomes = await Promise.all([store.writeArticle(arabicRound20()), store.writeArticle(englishRound20())]);
      expect(outcomes.map((o) => o.status)).toEqual(['written', 'written']);
      const [person] = await store.getActors([LAVRENTIEV]);
      expect(person?.names.map((n) => n.lang)).toEqual(['ar', 'en']);
      const [sources] = await store.sourcesByMeetings(['astana-20']);
      expect(sources?.map((a) => a.id)).toEqual(['ar-20', 'en-20']);
      const [meta] = await cypher("MATCH (m:DiplographMeta {id: 'diplograph'}) RETURN m.writes >= 2 AS counted");
      expect(meta).toEqual({ counted: true });
    });

    it('refuses to wipe a database without the test marker, and leaves its data alone', async () => {
      await store.writeArticle(arabicRound20());
      await cypher("MATCH (m:DiplographMeta {id: 'diplograph'}) SET m.testDatabase = false");
      try {
        await expect(store.clear()).rejects.toMatchObject({ name: 'AppError', code: 'FORBIDDEN' });
        expect((await store.counts()).articles).toBe(1);
      } finally {
        await cypher("MATCH (m:DiplographMeta {id: 'diplograph'}) SET m.testDatabase = true");
      }
    });

    it.each([
      ['an unreachable port', { uri: 'bolt://127.0.0.1:1' }],
      ['a wrong password', { password: 'not-the-password' }],
    ])('answers STORE_UNAVAILABLE for %s', async (_name, change) => {
      await expect(Neo4jStore.open({ ...cfg, ...change }, {})).rejects.toMatchObject({
        name: 'AppError',
        code: 'STORE_UNAVAILABLE',
        retriable: true,
      });
    });

    it('answers STORE_UNAVAILABLE once closed', async () => {
      const other = await Neo4jStore.open(cfg, {});
      await other.close();
      await other.close();
      await expect(other.counts()).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
    });
  });
}
