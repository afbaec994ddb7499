// The query section: the three queries of issue 11 against our server (and an older build, when given) over both
// stores and against @neo4j/graphql over the same Neo4j, in interleaved runs; answers compared, peak RSS read,
// store round trips counted in process through a counting wrapper of the real store.
import { isDeepStrictEqual } from 'node:util';
import { executeQuery } from '../../src/graphql/execute.js';
import { EmbeddedStore } from '../../src/store/embedded/store.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/port.js';
import type { BenchOptions, Graph } from './ingestrun.js';
import { runLoad, post, type LoadResult } from './load.js';
import { answerSize, QUERIES, unwrapPeer } from './queries.js';
import { cpuMs, ours, peakRssMb, peer, start, stop, type Server, type ServerSpec } from './servers.js';
import { spread, type Spread } from './stats.js';
import http from 'node:http';
import { loadSeedKnowledge } from '../../src/seed.js';

export interface ProbeRow {
  size: number;
  store: 'embedded' | 'neo4j';
  query: string;
  p50: number;
  reqPerSec: number;
  roundTrips: number;
  answer: string;
}

export interface SummaryRow {
  query: string;
  concurrency: number;
  server: string;
  reqPerSec: Spread;
  p50: Spread;
  p99: Spread;
  errors: number;
  firstError: string | null;
  /** CPU ms per answered request of the server process, and of Neo4j's (NEO4J_PID given) during the same runs. */
  serverCpuMs: Spread;
  neo4jCpuMs: Spread | null;
}

export interface QueryReport {
  size: number | null;
  probes: ProbeRow[];
  summary: SummaryRow[];
  rssMb: Record<string, number | null>;
  answers: Record<string, string>;
  mismatches: string[];
  roundTrips: Record<string, Record<string, number>>;
}

const probes: ProbeRow[] = [];

/** Neo4j's process, when the caller names it (NEO4J_PID): its CPU per request is then reported too. */
const neo4jPid = process.env.NEO4J_PID ? Number(process.env.NEO4J_PID) : undefined;

function neo4jConfig(uri: string) {
  return {
    kind: 'neo4j' as const,
    dataDir: '',
    neo4j: {
      uri,
      username: process.env.NEO4J_USERNAME ?? 'neo4j',
      password: process.env.NEO4J_PASSWORD ?? 'diplograph',
      database: undefined,
    },
  };
}

/** Store calls one request makes (each call is one round trip), counted around the real store. */
async function roundTrips(store: Store, query: string): Promise<number> {
  let calls = 0;
  const counting = new Proxy(store, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver) as unknown;
      if (typeof value !== 'function' || key === 'close') return value;
      return (...a: unknown[]) => {
        calls += 1;
        return (value as (...x: unknown[]) => unknown).apply(target, a);
      };
    },
  });
  const r = await executeQuery(counting, loadSeedKnowledge(), query, undefined, {
    maxDepth: 20,
    maxComplexity: 100_000_000,
  });
  if (r.errors?.length) throw new Error(`in-process query failed: ${r.errors[0]?.message}`);
  return calls;
}

async function withStores<T>(
  o: BenchOptions,
  g: Graph,
  fn: (store: Store, kind: 'embedded' | 'neo4j') => Promise<T>,
): Promise<T[]> {
  const out: T[] = [];
  const emb = EmbeddedStore.open(g.embeddedDir);
  try {
    out.push(await fn(emb, 'embedded'));
  } finally {
    await emb.close();
  }
  if (g.neo4j && o.neo4jUri !== null) {
    const neo = await openStore(neo4jConfig(o.neo4jUri));
    try {
      out.push(await fn(neo, 'neo4j'));
    } finally {
      await neo.close();
    }
  }
  return out;
}

/** At each size: our server alone at c=1, to show that a fixed answer costs the same on a larger graph. */
export async function probeSize(o: BenchOptions, g: Graph): Promise<void> {
  const trips = await withStores(o, g, async (store, kind) =>
    Promise.all(QUERIES.map(async (q) => [kind, q.name, await roundTrips(store, q.ours)] as const)),
  );
  const specs: ['embedded' | 'neo4j', ServerSpec][] = [
    ['embedded', ours('ours', o.root, 4301, { data: g.embeddedDir })],
  ];
  if (g.neo4j && o.neo4jUri !== null) specs.push(['neo4j', ours('ours', o.root, 4302, { neo4j: o.neo4jUri })]);
  for (const [kind, spec] of specs) {
    const server = await start(spec);
    try {
      for (const q of QUERIES) {
        const answer = answerSize(await post(new http.Agent(), new URL(server.url), q.ours));
        await runLoad(server.url, q.ours, 1, Math.min(1, o.seconds)); // warm-up
        const r = await runLoad(server.url, q.ours, 1, o.seconds);
        const rt = trips.flat().find(([k, name]) => k === kind && name === q.name)?.[2] ?? Number.NaN;
        probes.push({
          size: g.size,
          store: kind,
          query: q.name,
          p50: r.p50,
          reqPerSec: r.reqPerSec,
          roundTrips: rt,
          answer,
        });
        o.log(`${g.size} ${kind} ${q.name}: p50 ${r.p50.toFixed(1)} ms, ${rt} round trips, ${answer}`);
      }
    } finally {
      await stop(server);
    }
  }
}

function normalize(data: unknown, fromPeer: boolean): unknown {
  return fromPeer ? unwrapPeer(data) : data;
}

export async function benchQueries(o: BenchOptions, g: Graph | null): Promise<QueryReport> {
  const report: QueryReport = {
    size: g?.size ?? null,
    probes,
    summary: [],
    rssMb: {},
    answers: {},
    mismatches: [],
    roundTrips: {},
  };
  if (g === null) return report;
  for (const [kind, list] of await withStores(
    o,
    g,
    async (store, kind) =>
      [kind, await Promise.all(QUERIES.map(async (q) => [q.name, await roundTrips(store, q.ours)] as const))] as const,
  )) {
    report.roundTrips[kind] = Object.fromEntries(list);
  }
  const specs: (ServerSpec & { peer?: boolean; slow?: boolean })[] = [];
  if (g.neo4j && o.neo4jUri !== null) {
    specs.push(ours('ours · Neo4j', o.root, 4311, { neo4j: o.neo4jUri }));
    specs.push({ ...peer(o.root, 4312, o.neo4jUri), peer: true });
    if (o.before !== null) specs.push({ ...ours('before · Neo4j', o.before, 4313, { neo4j: o.neo4jUri }), slow: true });
  }
  specs.push(ours('ours · embedded', o.root, 4314, { data: g.embeddedDir }));
  if (o.before !== null && g.beforeDir !== null)
    specs.push({ ...ours('before · embedded', o.before, 4315, { data: g.beforeDir }), slow: true });

  const servers: (Server & { peer?: boolean; slow?: boolean })[] = [];
  try {
    for (const spec of specs) servers.push({ ...(await start(spec)), peer: spec.peer, slow: spec.slow });
    // Answers: every server's, normalized, against ours on Neo4j (or embedded when there is no Neo4j).
    for (const q of QUERIES) {
      const answers = await Promise.all(
        servers.map(async (s) =>
          normalize(await post(new http.Agent(), new URL(s.url), s.peer ? q.peer : q.ours), s.peer === true),
        ),
      );
      report.answers[q.name] = answerSize(answers[0]);
      answers.forEach((a, i) => {
        if (!isDeepStrictEqual(a, answers[0]))
          report.mismatches.push(`${q.name}: ${servers[i]?.name} differs from ${servers[0]?.name}`);
      });
    }
    for (const q of QUERIES) {
      for (const c of [1, 32]) {
        const runs = new Map<string, (LoadResult & { serverCpu: number; neo4jCpu: number })[]>();
        for (const s of servers) await runLoad(s.url, s.peer ? q.peer : q.ours, Math.min(c, 4), Math.min(1, o.seconds)); // warm-up
        for (let r = 0; r < o.repeats; r++) {
          for (const s of servers) {
            if (s.slow && r > 0) continue; // the older build: one run each, it is the slow side
            o.log(`${q.name} c=${c} repeat ${r + 1}: ${s.name}`);
            const before = [cpuMs(s.child.pid), cpuMs(neo4jPid)];
            const result = await runLoad(s.url, s.peer ? q.peer : q.ours, c, o.seconds);
            const perRequest = (i: number, now: number | null): number =>
              now === null || before[i] == null ? Number.NaN : (now - (before[i] ?? 0)) / Math.max(1, result.requests);
            const serverCpu = perRequest(0, cpuMs(s.child.pid));
            const neo4jCpu = perRequest(1, cpuMs(neo4jPid));
            runs.set(s.name, [...(runs.get(s.name) ?? []), { ...result, serverCpu, neo4jCpu }]);
          }
        }
        for (const s of servers) {
          const list = runs.get(s.name) ?? [];
          report.summary.push({
            query: q.name,
            concurrency: c,
            server: s.name,
            reqPerSec: spread(list.map((x) => x.reqPerSec)),
            p50: spread(list.map((x) => x.p50)),
            p99: spread(list.map((x) => x.p99)),
            errors: list.reduce((n, x) => n + x.errors, 0),
            firstError: list.find((x) => x.firstError !== null)?.firstError ?? null,
            serverCpuMs: spread(list.map((x) => x.serverCpu)),
            neo4jCpuMs: neo4jPid === undefined ? null : spread(list.map((x) => x.neo4jCpu)),
          });
        }
      }
    }
    for (const s of servers) report.rssMb[s.name] = peakRssMb(s);
  } finally {
    for (const s of servers) await stop(s);
  }
  return report;
}
