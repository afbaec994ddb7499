// The Neo4j claims backfill at open: a database written before meeting claims (5d76a44) has meetings and evidence but
// no CLAIMED relationships. The test writes one the old way — today's write path, then its claims removed and round
// 20 given the fields a first-writer-wins merge kept — and opens it again: every article with evidence for a meeting
// then claims that meeting's stored fields, later writes derive from those claims, and a second open adds nothing.
// The embedded store's counterpart is tests/store/migrate.test.ts.
/* eslint-disable @typescript-eslint/no-unsafe-class-instance-assignment -- neo4j-driver types its plain option objects as classes; literals are its documented use */
import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeConfig } from '../../src/config.js';
import type { Neo4jConfig } from '../../src/config.js';
import { backfillClaims } from '../../src/store/neo4j/schema.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/port.js';
import { arabicRound20, englishRound20, englishRound20Rival, must } from '../fixtures/deltas.js';
import { neo4jUriOrSkip } from '../setup/neo4j.js';

const uri = neo4jUriOrSkip('tests/store/neo4j-migrate.test.ts');

describe.skipIf(uri === null)('neo4j claims backfill for a database written before claims', () => {
  const cfg = storeConfig({ neo4j: uri ?? undefined }).neo4j as Neo4jConfig;
  const open = (): Promise<Store> => openStore({ kind: 'neo4j', dataDir: '', neo4j: cfg }, { forTests: true });
  let driver: Driver;
  const cypher = async (query: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>[]> =>
    (await driver.executeQuery(query, params, { database: cfg.database })).records.map(
      (r) => r.toObject() as Record<string, unknown>,
    );
  const claims = async (): Promise<string[]> =>
    (
      await cypher(
        `MATCH (m:Meeting)-[c:CLAIMED]->(a:Article)
         RETURN m.id AS meeting, a.id AS article, properties(c) AS fields ORDER BY meeting, article`,
      )
    ).map(
      (r) =>
        `${String(r.meeting)} ${String(r.article)} ${JSON.stringify(r.fields, Object.keys(r.fields as object).sort())}`,
    );

  beforeAll(() => {
    driver = neo4j.driver(cfg.uri, neo4j.auth.basic(cfg.username, cfg.password), { disableLosslessIntegers: true });
  });
  afterAll(async () => {
    await driver.close();
  });

  /** The rival report came first, so the old merge kept its October dates and its name for round 20. */
  async function writeTheOldWay(): Promise<void> {
    const store = await open();
    await store.clear();
    await store.writeArticles([englishRound20Rival(), arabicRound20()]);
    await store.close();
    await cypher('MATCH (:Meeting)-[c:CLAIMED]->(:Article) DELETE c');
    // Nor did it keep tallies of claims.
    await cypher('MATCH (m:Meeting) REMOVE m.claimTally, m.claimCount');
    await cypher(
      `MATCH (m:Meeting {id: 'astana-20'})
       SET m.name = 'Astana process, round 20', m.startDate = '2022-10-16', m.endDate = '2022-10-17'`,
    );
    expect(await claims()).toEqual([]);
  }

  it('gives every article with evidence for a meeting a claim of the fields stored for it, changing nothing else', async () => {
    await writeTheOldWay();
    const before = await cypher('MATCH (m:Meeting) RETURN m.id AS id ORDER BY id');
    const store = await open();
    try {
      const dump = JSON.stringify(await store.dump());
      const meetings = await store.getMeetings(['astana-20', 'astana-21']);
      const rows = await cypher(
        `MATCH (m:Meeting)-[c:CLAIMED]->(a:Article)
         RETURN m.id AS meeting, a.id AS article, c.name AS name, c.seriesId AS series, c.round AS round,
           c.startDate AS startDate, c.endDate AS endDate, c.windowStart AS windowStart, c.windowEnd AS windowEnd,
           c.placeId AS placeId, c.status AS status
         ORDER BY meeting, article`,
      );
      expect(rows.map((r) => `${String(r.meeting)} ${String(r.article)}`)).toEqual([
        'astana-20 ar-20',
        'astana-20 en-20-rival',
        'astana-21 ar-20',
      ]);
      // Each claim carries its meeting's stored fields, series and place included.
      for (const row of rows) {
        const m = must(meetings.find((x) => x?.id === row.meeting));
        expect(row).toMatchObject({
          name: m.name,
          series: m.seriesId,
          round: m.round,
          status: m.status,
          startDate: m.startDate,
          endDate: m.endDate,
          windowStart: m.windowStart,
          windowEnd: m.windowEnd,
          placeId: m.placeId,
        });
      }
      expect(must(meetings[0])).toMatchObject({ startDate: '2022-10-16', endDate: '2022-10-17' });
      expect(await cypher('MATCH (m:Meeting) RETURN m.id AS id ORDER BY id')).toEqual(before);
      // Reopening reads the same graph: the backfill touched claims only.
      await store.close();
      const again = await open();
      expect(JSON.stringify(await again.dump())).toBe(dump);
      await again.close();
    } finally {
      await store.close().catch(() => undefined);
    }
  });

  it('derives later writes from the backfilled claims too', async () => {
    await writeTheOldWay();
    const store = await open();
    try {
      // en-20 gives only the end date of 21 June: one claim against the two backfilled October claims. Without
      // them it would be alone and its date would win.
      expect((await store.writeArticle(englishRound20())).status).toBe('written');
      const [meeting] = await store.getMeetings(['astana-20']);
      expect([must(meeting).startDate, must(meeting).endDate]).toEqual(['2022-10-16', '2022-10-17']);
      const rows = await cypher(
        "MATCH (:Meeting {id: 'astana-20'})-[:CLAIMED]->(a:Article) RETURN a.id AS id ORDER BY id",
      );
      expect(rows.map((r) => r.id)).toEqual(['ar-20', 'en-20', 'en-20-rival']);
    } finally {
      await store.close();
    }
  });

  it('reads the claims themselves when the tally a meeting keeps no longer counts them all', async () => {
    // As if ar-20's claim had been added behind the tally's back (a writer of an older version, or the backfill):
    // the tally of astana-20 is left with the rival's October claim alone. Derived from that tally, en-20 (end date
    // 21 June only) would lose to October; derived from the three claims themselves, ar-20's 20–21 June wins.
    const store = await open();
    try {
      await store.clear();
      await store.writeArticles([englishRound20Rival(), arabicRound20()]);
      const [stored] = await cypher(
        "MATCH (m:Meeting {id: 'astana-20'}) RETURN m.claimTally AS tally, m.claimCount AS n",
      );
      expect(stored?.n).toBe(2);
      const rivalOnly = (stored?.tally as string[]).filter((c) => c.includes('en-20-rival'));
      expect(rivalOnly).toHaveLength(1);
      await cypher("MATCH (m:Meeting {id: 'astana-20'}) SET m.claimTally = $tally, m.claimCount = 1", {
        tally: rivalOnly,
      });
      expect((await store.writeArticle(englishRound20())).status).toBe('written');
      const [meeting] = await store.getMeetings(['astana-20']);
      expect([must(meeting).startDate, must(meeting).endDate]).toEqual(['2023-06-20', '2023-06-21']);
      const [after] = await cypher("MATCH (m:Meeting {id: 'astana-20'}) RETURN m.claimCount AS n");
      expect(after?.n).toBe(3);
    } finally {
      await store.close();
    }
  });

  it('adds nothing on a second open, nor to a database written with claims', async () => {
    await writeTheOldWay();
    await (await open()).close();
    const once = await claims();
    expect(once).toHaveLength(3);
    await (await open()).close();
    expect(await claims()).toEqual(once);
    expect(await backfillClaims(driver, cfg.database)).toBe(0);

    const fresh = await open();
    await fresh.clear();
    await fresh.writeArticles([englishRound20Rival(), arabicRound20(), englishRound20()]);
    await fresh.close();
    const written = await claims();
    expect(await backfillClaims(driver, cfg.database)).toBe(0);
    expect(await claims()).toEqual(written);
  });
});
