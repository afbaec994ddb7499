// Neo4j Browser, for real: the saved queries in schema/queries run on a Neo4j store holding the dev corpus, and the
// Browser web app (Maven Central) served by scripts/neo4j-browser.mjs draws round N styled by schema/browser.grass.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeConfig } from '../../src/config.js';
import type { Neo4jConfig } from '../../src/config.js';
import type { Store } from '../../src/store/port.js';
import { analystArticles, RESULTS, ROOT } from '../page/fixture.js';
import { neo4jUriOrSkip } from '../setup/neo4j.js';
import { browserCheck, browserGraph, chromiumOrSkip, QUERIES, saved, type BrowserGraph } from './fixture.js';

const uri = neo4jUriOrSkip('tests/browser/neo4j-browser.test.ts');
const hasChromium = chromiumOrSkip();

describe.skipIf(uri === null)('neo4j browser surfaces', () => {
  const cfg = storeConfig({ neo4j: uri ?? undefined }, {}).neo4j as Neo4jConfig;
  let graph: BrowserGraph;
  let store: Store;
  let round = 20;
  const cypher = (query: string, params: Record<string, unknown> = {}) => graph.cypher(query, params);

  beforeAll(async () => {
    graph = await browserGraph(cfg, analystArticles().articles);
    store = graph.store;
    // Round 20 when the corpus has it (the seed article's round), else the best-attended numbered round.
    const rounds = await store.listMeetings({ series: 'astana' });
    const attended = await store.participationsByMeetings(rounds.map((m) => m.id));
    const best = rounds
      .map((m, i) => ({ m, n: attended[i]?.length ?? 0 }))
      .filter((x) => x.m.round !== null && x.n > 0);
    round = best.find((x) => x.m.round === 20)?.m.round ?? best.sort((a, b) => b.n - a.n)[0]?.m.round ?? 20;
  });
  // Unset when beforeAll failed part-way.
  afterAll(() => (graph as BrowserGraph | undefined)?.close());

  it('has a header comment on every saved query', () => {
    const files = readdirSync(QUERIES).filter((f) => f.endsWith('.cypher'));
    expect(files.length).toBeGreaterThanOrEqual(4);
    for (const f of files) expect(readFileSync(path.join(QUERIES, f), 'utf8')).toMatch(/^\/\/ \S/);
  });

  it('who attended round N: one path per participation the store holds for that round', async () => {
    const [meeting] = await store.listMeetings({ series: 'astana', round });
    if (!meeting) throw new Error(`no Astana round ${round}`);
    const [stored = []] = await store.participationsByMeetings([meeting.id]);
    const rows = await cypher(saved('01-attendance-round.cypher'), { series: 'astana', round: neo4j.int(round) });
    expect(rows.length).toBe(stored.length);
    expect(rows.length).toBeGreaterThan(0);
  });

  it('co-attendance of states in a series: pairs with the rounds they shared, in round order', async () => {
    const rows = await cypher(saved('02-co-attendance.cypher'), { series: 'astana' });
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      const rounds = r.rounds as number[];
      expect(r.state).not.toBe(r.other);
      expect(r.roundsTogether).toBe(rounds.length);
      expect(rounds).toEqual([...rounds].sort((x, y) => x - y));
    }
    expect(rows.some((r) => (r.rounds as number[]).length > 1)).toBe(true);
    // Another series' rounds never count: a series with no meetings has no pairs.
    expect(await cypher(saved('02-co-attendance.cypher'), { series: 'no-such-series' })).toEqual([]);
  });

  it('ships a style file the Browser accepts as is: no comment, one rule per line', () => {
    const grass = readFileSync(path.join(ROOT, 'schema', 'browser.grass'), 'utf8');
    expect(grass).not.toMatch(/\/\*|\/\//);
    for (const line of grass.trim().split('\n')) expect(line).toMatch(/^[\w.*]+ \{[^\n]*\}$/);
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
      const r = browserCheck(cfg, ['--round', String(round), '--out', out]);
      expect(r.status, r.stderr).toBe(0);
      type Drawn = { fill: string | null; caption: string }[];
      const result = r.result as {
        nodes: number;
        drawn: Drawn;
        dropped: Drawn;
        colours: Record<string, string>;
        offHost: string[];
        banner: number;
      };
      // The stylesheet, not the Browser's automatic palette, coloured the round, its states and the participations,
      // both when the file was dropped on the page and when its text was pasted after `:style`.
      for (const drawn of [result.dropped, result.drawn]) {
        const fills = new Set(drawn.map((d) => d.fill?.toUpperCase()));
        for (const label of ['Meeting', 'State', 'Participation']) expect(fills).toContain(result.colours[label]);
        expect([...fills].every((f) => f !== undefined && Object.values(result.colours).includes(f))).toBe(true);
      }
      // Offline: nothing left 127.0.0.1 (fonts, analytics, feedback widget) and no usage-collection banner.
      expect(result.offHost).toEqual([]);
      expect(result.banner).toBe(0);
      expect(
        result.drawn.some((d) => /Astana|أستانا|round/i.test(d.caption) || d.caption.includes(String(round))),
      ).toBe(true);
      expect(existsSync(out)).toBe(true);
    },
    300_000,
  );
});
