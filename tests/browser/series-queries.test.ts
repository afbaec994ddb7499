// The saved queries of schema/queries take the series as a parameter: on a Neo4j store holding articles of the
// Astana, Constitutional Committee and Geneva tracks (whose round numbers overlap), each query given one series
// returns that series' rows, exactly, and nothing of another; and Neo4j Browser (real Chromium) draws the
// Constitutional Committee's and Geneva's rounds from the saved query with `:param series`.
import { existsSync } from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import type { Node, Path } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeConfig } from '../../src/config.js';
import type { Neo4jConfig } from '../../src/config.js';
import type { Store } from '../../src/store/port.js';
import { analystArticles, jsonl, RESULTS, ROOT } from '../page/fixture.js';
import { must } from '../fixtures/deltas.js';
import { neo4jUriOrSkip } from '../setup/neo4j.js';
import { browserCheck, browserGraph, chromiumOrSkip, saved, type BrowserGraph } from './fixture.js';

const SERIES = ['astana', 'constitutional-committee', 'geneva'];
/** Articles per language folder of each new series: enough for several rounds, quick to extract. */
const PER_FOLDER = 4;
const uri = neo4jUriOrSkip('tests/browser/series-queries.test.ts');
const hasChromium = chromiumOrSkip();

function fewArticles(): unknown[] {
  const folders = ['constitutional-committee', 'geneva'].flatMap((s) =>
    ['ar', 'en'].map((lang) => path.join(ROOT, 'corpus', s, lang, 'articles.jsonl')),
  );
  return [
    ...analystArticles().articles.slice(0, 8),
    ...folders.filter((f) => existsSync(f)).flatMap((f) => jsonl(f).slice(0, PER_FOLDER)),
  ];
}

interface Attended {
  series: string;
  round: number;
  meeting: string;
  state: string;
}

/** Co-attendance computed here from every series' rows, as 02 should give it for `series` alone. */
function expectedPairs(rows: Attended[], series: string): string[] {
  const byMeeting = new Map<string, { round: number; states: Set<string> }>();
  for (const r of rows.filter((x) => x.series === series)) {
    const m = byMeeting.get(r.meeting) ?? { round: r.round, states: new Set<string>() };
    m.states.add(r.state);
    byMeeting.set(r.meeting, m);
  }
  const pairs = new Map<string, Set<number>>();
  for (const { round, states } of byMeeting.values()) {
    const sorted = [...states].sort();
    for (const [i, a] of sorted.entries())
      for (const b of sorted.slice(i + 1)) {
        const key = `${a}|${b}`;
        pairs.set(key, (pairs.get(key) ?? new Set<number>()).add(round));
      }
  }
  return [...pairs].map(([key, rounds]) => `${key}|${[...rounds].sort((x, y) => x - y).join(',')}`).sort();
}

describe.skipIf(uri === null)('saved queries per series', () => {
  const cfg = storeConfig({ neo4j: uri ?? undefined }, {}).neo4j as Neo4jConfig;
  let graph: BrowserGraph;
  let store: Store;
  /** Meeting ids of each series, from the store port (not from the saved queries). */
  const meetingsOf = new Map<string, Set<string>>();
  /** Each series' best-attended numbered round. */
  const roundOf = new Map<string, number>();
  const cypher = (query: string, params: Record<string, unknown> = {}) => graph.cypher(query, params);

  beforeAll(async () => {
    graph = await browserGraph(cfg, fewArticles());
    store = graph.store;
    for (const series of SERIES) {
      const meetings = await store.listMeetings({ series });
      meetingsOf.set(series, new Set(meetings.map((m) => m.id)));
      const attended = await store.participationsByMeetings(meetings.map((m) => m.id));
      const best = meetings
        .map((m, i) => ({ round: m.round, n: attended[i]?.length ?? 0 }))
        .filter((x) => x.round !== null && x.n > 0)
        .sort((a, b) => b.n - a.n)[0];
      if (best?.round != null) roundOf.set(series, best.round);
    }
  }, 600_000);
  afterAll(() => (graph as BrowserGraph | undefined)?.close());

  it('holds attended rounds of all three series, and one round number in two series at least', async () => {
    expect([...roundOf.keys()].sort()).toEqual([...SERIES].sort());
    const numbers = await Promise.all(
      SERIES.map(async (series) =>
        (await store.listMeetings({ series })).map((m) => m.round).filter((n) => n !== null),
      ),
    );
    const shared = numbers.flatMap((rounds, i) =>
      rounds.filter((n) => numbers.some((o, j) => j !== i && o.includes(n))),
    );
    expect(shared.length).toBeGreaterThan(0);
  });

  it.each(SERIES)(
    '01 attendance of a round of %s: every participation of that meeting, none of another',
    async (series) => {
      const round = roundOf.get(series) ?? 0;
      const [meeting] = await store.listMeetings({ series, round });
      if (!meeting) throw new Error(`no ${series} round ${round}`);
      const [stored = []] = await store.participationsByMeetings([meeting.id]);
      const rows = await cypher(saved('01-attendance-round.cypher'), { series, round: neo4j.int(round) });
      expect(rows.length).toBe(stored.length);
      expect(rows.length).toBeGreaterThan(0);
      const reached = new Set(rows.map((r) => (r.attended as Path).end.properties.id as string));
      expect([...reached]).toEqual([meeting.id]);
      // The same number in every other series names only that series' meeting, if it has one.
      for (const other of SERIES.filter((s) => s !== series)) {
        const others = await cypher(saved('01-attendance-round.cypher'), { series: other, round: neo4j.int(round) });
        for (const r of others) {
          const id = (r.attended as Path).end.properties.id as string;
          expect(meetingsOf.get(other)?.has(id)).toBe(true);
          expect(meetingsOf.get(series)?.has(id)).toBe(false);
        }
      }
    },
  );

  it('02 co-attendance per series: exactly the pairs of that series’ own rounds', async () => {
    const all = (await cypher(
      `MATCH (a:State)-[:TOOK_PART]->(:Participation)-[:IN]->(m:Meeting)-[:PART_OF]->(s:MeetingSeries)
       WHERE m.round IS NOT NULL
       RETURN s.id AS series, m.round AS round, m.id AS meeting, a.name AS state`,
    )) as unknown as Attended[];
    let seriesWithPairs = 0;
    for (const series of SERIES) {
      const rows = await cypher(saved('02-co-attendance.cypher'), { series });
      const got = rows.map((r) => `${String(r.state)}|${String(r.other)}|${(r.rounds as number[]).join(',')}`).sort();
      expect(got).toEqual(expectedPairs(all, series));
      if (got.length > 0) seriesWithPairs++;
    }
    expect(seriesWithPairs).toBeGreaterThan(0);
    // The data can catch a leak: a query matching rounds by number across series would answer otherwise.
    const byNumber = (series: string): string[] =>
      expectedPairs(
        all.map((r) => ({ ...r, series, meeting: String(r.round) })),
        series,
      );
    expect(SERIES.some((s) => byNumber(s).join() !== expectedPairs(all, s).join())).toBe(true);
  });

  it.skipIf(!hasChromium).each(['constitutional-committee', 'geneva'])(
    'Neo4j Browser draws a round of %s from the saved query with :param series (screenshot)',
    async (series) => {
      const round = roundOf.get(series) ?? 0;
      const rows = await cypher(saved('01-attendance-round.cypher'), { series, round: neo4j.int(round) });
      const expected = new Set<string>();
      for (const r of rows)
        for (const p of [r.attended, r.represented] as (Path | null)[])
          for (const seg of p?.segments ?? []) for (const n of [seg.start, seg.end]) expected.add(n.elementId);
      const [meeting] = await store.listMeetings({ series, round });
      const out = path.join(RESULTS, 'browser', `${series}-round-${round}.png`);
      const r = browserCheck(cfg, ['--series', series, '--round', String(round), '--out', out]);
      expect(r.status, r.stderr).toBe(0);
      const result = r.result as {
        drawn: { fill: string | null; caption: string }[];
        colours: Record<string, string>;
        offHost: string[];
      };
      // The Browser drew the nodes of that series' round and no other: the same count, one meeting, named as that
      // series' round (the Browser shortens a long caption with "…"), and the participations' roles.
      expect(result.drawn).toHaveLength(expected.size);
      const shown = (fill: string | undefined): string[] =>
        result.drawn
          .filter((d) => d.fill?.toUpperCase() === fill)
          .map((d) => d.caption.replace(/\s+/g, ' ').replace(/…$/, ''));
      const meetings = shown(result.colours.Meeting);
      expect(meetings).toHaveLength(1);
      const name = must(meeting).name.replace(/\s+/g, ' ');
      expect(meetings[0]?.length).toBeGreaterThan(3);
      expect(name.startsWith(meetings[0] ?? '-')).toBe(true);
      const roles = rows.map((r) => ((r.attended as Path).segments[0]?.end as Node).properties.role as string).sort();
      const drawnRoles = shown(result.colours.Participation).sort();
      expect(drawnRoles).toHaveLength(roles.length);
      for (const [i, role] of drawnRoles.entries()) expect(roles[i]?.startsWith(role)).toBe(true);
      expect(result.offHost).toEqual([]);
      expect(existsSync(out)).toBe(true);
    },
    300_000,
  );
});
