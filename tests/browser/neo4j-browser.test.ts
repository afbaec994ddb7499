// Neo4j Browser, for real: the saved queries in schema/queries run on a Neo4j store holding the dev corpus, and the
// Browser web app (Maven Central) served by scripts/neo4j-browser.mjs draws round N styled by schema/browser.grass.
/* eslint-disable @typescript-eslint/no-unsafe-class-instance-assignment -- neo4j-driver types its plain option objects as classes; literals are its documented use */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeConfig, testConfig } from '../../src/config.js';
import type { Neo4jConfig } from '../../src/config.js';
import { ingestArticle } from '../../src/ingest.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/port.js';
import { analystArticles, CHROMIUM, RESULTS, ROOT } from '../page/fixture.js';
import { neo4jUriOrSkip } from '../setup/neo4j.js';
import { seedKnowledge } from '../fixtures/knowledge.js';

const QUERIES = path.join(ROOT, 'schema', 'queries');
const uri = neo4jUriOrSkip('tests/browser/neo4j-browser.test.ts');
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium && testConfig().requireBrowser)
  throw new Error(`DIPLOGRAPH_REQUIRE_BROWSER=1 but ${CHROMIUM} is missing`);

/** A saved query as the driver runs it: comment lines dropped, the trailing ";" removed. */
function saved(file: string): string {
  return readFileSync(path.join(QUERIES, file), 'utf8')
    .split('\n')
    .filter((l) => !l.trim().startsWith('//'))
    .join('\n')
    .trim()
    .replace(/;$/, '');
}

describe.skipIf(uri === null)('neo4j browser surfaces', () => {
  const cfg = storeConfig({ neo4j: uri ?? undefined }, {}).neo4j as Neo4jConfig;
  let store: Store;
  let driver: Driver;
  let round = 20;
  const cypher = async (query: string, params: Record<string, unknown> = {}) =>
    (await driver.executeQuery(query, params, { database: cfg.database })).records.map((r) => r.toObject());

  beforeAll(async () => {
    store = await openStore({ kind: 'neo4j', dataDir: '', neo4j: cfg }, { forTests: true });
    await store.clear();
    for (const article of analystArticles().articles) await ingestArticle(store, seedKnowledge, article);
    driver = neo4j.driver(cfg.uri, neo4j.auth.basic(cfg.username, cfg.password), { disableLosslessIntegers: true });
    // Round 20 when the corpus has it (the seed article's round), else the best-attended numbered round.
    const rounds = await store.listMeetings({ series: 'astana' });
    const attended = await store.participationsByMeetings(rounds.map((m) => m.id));
    const best = rounds
      .map((m, i) => ({ m, n: attended[i]?.length ?? 0 }))
      .filter((x) => x.m.round !== null && x.n > 0);
    round = best.find((x) => x.m.round === 20)?.m.round ?? best.sort((a, b) => b.n - a.n)[0]?.m.round ?? 20;
  });
  afterAll(async () => {
    // Either may be unset when beforeAll failed part-way.
    await (driver as Driver | undefined)?.close();
    await (store as Store | undefined)?.close();
  });

  it('has a header comment on every saved query', () => {
    const files = readdirSync(QUERIES).filter((f) => f.endsWith('.cypher'));
    expect(files.length).toBeGreaterThanOrEqual(4);
    for (const f of files) expect(readFileSync(path.join(QUERIES, f), 'utf8')).toMatch(/^\/\/ \S/);
  });

  it('who attended round N: one path per participation the store holds for that round', async () => {
    const [meeting] = await store.listMeetings({ series: 'astana', round });
    if (!meeting) throw new Error(`no Astana round ${round}`);
    const [stored = []] = await store.participationsByMeetings([meeting.id]);
    const rows = await cypher(saved('01-attendance-round.cypher'), { round: neo4j.int(round) });
    expect(rows.length).toBe(stored.length);
    expect(rows.length).toBeGreaterThan(0);
  });

  it('co-attendance of states: pairs with the rounds they shared', async () => {
    const rows = await cypher(saved('02-co-attendance.cypher'));
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(r.state).not.toBe(r.other);
      expect(r.roundsTogether).toBeGreaterThan(0);
    }
  });

  it('statements by a person, found by part of a name', async () => {
    const speakers = await cypher(
      'MATCH (p:Person)-[:SAID]->(s:Statement) RETURN p.id AS id, p.name AS name, count(s) AS n ORDER BY n DESC, id LIMIT 1',
    );
    const top = speakers[0] as { id: string; name: string; n: number } | undefined;
    if (!top) throw new Error('no person with statements in the graph');
    const surname = top.name.split(' ').pop() ?? top.name;
    const rows = await cypher(saved('03-statements-by-person.cypher'), { name: surname.toLowerCase() });
    expect(rows.filter((r) => r.speaker === top.name)).toHaveLength(top.n);
  });

  it('everything an article supports: every evidence span of that article, in text order', async () => {
    const [article] = (await store.listArticles()).filter((a) => a.id.startsWith('ar-') || a.id.startsWith('seed'));
    if (!article) throw new Error('no Arabic article');
    const rows = await cypher(saved('04-article-support.cypher'), { articleId: article.id });
    const spans = await cypher('MATCH ()-[e:EVIDENCED_BY]->(:Article {id: $id}) RETURN count(e) AS n', {
      id: article.id,
    });
    expect(new Set(rows.map((r) => `${r.fact}|${r.factId}|${r.start}|${r.end}`)).size).toBe(spans[0]?.n);
    const starts = rows.map((r) => r.start as number);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it.skipIf(!hasChromium)(
    'Neo4j Browser draws round N styled by browser.grass (screenshot)',
    () => {
      const out = path.join(RESULTS, 'browser', `round-${round}.png`);
      const r = spawnSync(
        process.execPath,
        [path.join(ROOT, 'scripts', 'neo4j-browser.mjs'), 'check', '--round', String(round), '--out', out],
        {
          cwd: ROOT,
          encoding: 'utf8',
          env: { ...process.env, NEO4J_URI: cfg.uri, NEO4J_USERNAME: cfg.username, NEO4J_PASSWORD: cfg.password },
          timeout: 240_000,
        },
      );
      expect(r.status, r.stderr).toBe(0);
      const result = JSON.parse(r.stdout.trim().split('\n').pop() ?? '{}') as {
        nodes: number;
        drawn: { fill: string | null; caption: string }[];
        colours: Record<string, string>;
      };
      const fills = new Set(result.drawn.map((d) => d.fill?.toUpperCase()));
      // The stylesheet, not the Browser's automatic palette, coloured the round, its states and the participations.
      for (const label of ['Meeting', 'State', 'Participation']) expect(fills).toContain(result.colours[label]);
      expect([...fills].every((f) => f !== undefined && Object.values(result.colours).includes(f))).toBe(true);
      expect(
        result.drawn.some((d) => /Astana|أستانا|round/i.test(d.caption) || d.caption.includes(String(round))),
      ).toBe(true);
      expect(existsSync(out)).toBe(true);
    },
    300_000,
  );
});
