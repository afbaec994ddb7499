// The ingest section: at each size, the CLI end to end into both stores (older checkout first when given, so the
// newer one's graph is the one left for the queries), the store's batched writes alone, then the dev and seed
// corpora on top (the graph: synthetic + dev + seed).
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openStore } from '../../src/store/open.js';
import {
  benchStoreWrites,
  clearNeo4j,
  extractFile,
  freshEmbedded,
  runIngestCli,
  syntheticFile,
  type CliRun,
} from './ingest.js';

export interface BenchOptions {
  root: string;
  quick: boolean;
  sizes: number[];
  seconds: number;
  repeats: number;
  before: string | null;
  beforeMaxSize: number;
  /** Above this size the graph is built by store writes alone (the CLI's cost is mostly extraction, measured apart). */
  cliMaxSize: number;
  neo4jUri: string | null;
  /** CLI runs per code and store (interleaved: older, newer, older, newer...). */
  cliRepeats: number;
  /** No queries follow: the dev and seed corpora are not added on top. */
  ingestOnly: boolean;
  log: (s: string) => void;
}

export interface IngestRow {
  size: number;
  code: 'after' | 'before';
  store: 'embedded' | 'neo4j';
  how: 'cli' | 'store writes';
  articles: number;
  seconds: number;
  articlesPerSecond: number;
  peakRssMb: number | null;
  /** CPU seconds (user + system) of the measured process: the CLI, or the writer for store writes (not Neo4j's). */
  cpuSeconds: number | null;
  note: string;
}

export interface Graph {
  size: number;
  embeddedDir: string;
  /** The older checkout's own embedded store: its schema may be older than ours, so it never reads ours. */
  beforeDir: string | null;
  neo4j: boolean;
}

function cliRow(size: number, code: IngestRow['code'], store: IngestRow['store'], run: CliRun): IngestRow {
  const articles = run.summary?.read ?? 0;
  const note = run.code === 0 ? '' : `exit ${run.code}: ${run.stderr.split('\n').slice(-3).join(' ')}`;
  return {
    size,
    code,
    store,
    how: 'cli',
    articles,
    seconds: run.seconds,
    articlesPerSecond: articles / run.seconds,
    peakRssMb: run.peakRssMb,
    cpuSeconds: run.cpuSeconds,
    note,
  };
}

function cpuSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

export async function benchIngest(
  o: BenchOptions,
  onGraph: (g: Graph) => Promise<void>,
): Promise<{ rows: IngestRow[]; last: Graph | null }> {
  const rows: IngestRow[] = [];
  const corpora = ['../shared/corpus/dev/ar', '../shared/corpus/dev/en', '../shared/corpus/dev/xx', 'seed/articles']
    .map((p) => path.resolve(o.root, p))
    .filter((p) => existsSync(p));
  let last: Graph | null = null;
  for (const size of o.sizes) {
    const file = syntheticFile(size);
    const codes: { code: IngestRow['code']; root: string }[] = [];
    if (o.before !== null && size <= o.beforeMaxSize) codes.push({ code: 'before', root: o.before });
    codes.push({ code: 'after', root: o.root });

    // The store's batched writes alone (newer code only: the older port has no writeArticles).
    o.log(`${size}: extracting for the store-write run`);
    const { deltas, seconds: extractSeconds } = extractFile(file);
    const emb = freshEmbedded();
    const embCpu = process.cpuUsage();
    const embSeconds = await benchStoreWrites(emb.store, deltas, 500);
    const embCpuSeconds = cpuSince(embCpu);
    await emb.store.close();
    rows.push({
      size,
      code: 'after',
      store: 'embedded',
      how: 'store writes',
      articles: deltas.length,
      seconds: embSeconds,
      articlesPerSecond: deltas.length / embSeconds,
      peakRssMb: null,
      cpuSeconds: embCpuSeconds,
      note: `extraction beforehand: ${extractSeconds.toFixed(1)} s (${Math.round(deltas.length / extractSeconds)} articles/s)`,
    });
    if (o.neo4jUri !== null) {
      await clearNeo4j(o.neo4jUri);
      const store = await openStore({
        kind: 'neo4j',
        dataDir: '',
        neo4j: {
          uri: o.neo4jUri,
          username: process.env.NEO4J_USERNAME ?? 'neo4j',
          password: process.env.NEO4J_PASSWORD ?? 'diplograph',
          database: undefined,
        },
      });
      const cpu = process.cpuUsage();
      const s = await benchStoreWrites(store, deltas, 500);
      const cpuSeconds = cpuSince(cpu);
      await store.close();
      rows.push({
        size,
        code: 'after',
        store: 'neo4j',
        how: 'store writes',
        articles: deltas.length,
        seconds: s,
        articlesPerSecond: deltas.length / s,
        peakRssMb: null,
        cpuSeconds,
        note: '',
      });
    }

    let embeddedDir = emb.dir;
    let beforeDir: string | null = null;
    const runs = Array.from({ length: o.cliRepeats }, () => codes).flat();
    for (const { code, root } of size <= o.cliMaxSize ? runs : []) {
      o.log(`${size}: CLI ingest, ${code}, embedded`);
      const dir = mkdtempSync(path.join(tmpdir(), `dg-bench-${code}-`));
      rows.push(cliRow(size, code, 'embedded', await runIngestCli(root, ['--data', dir, file])));
      if (code === 'before') beforeDir = dir;
      else embeddedDir = dir;
      if (o.neo4jUri !== null) {
        o.log(`${size}: CLI ingest, ${code}, neo4j`);
        await clearNeo4j(o.neo4jUri);
        rows.push(cliRow(size, code, 'neo4j', await runIngestCli(root, ['--neo4j', o.neo4jUri, file])));
      }
    }
    // The dev and seed corpora on top: real articles among the synthetic ones.
    if (corpora.length > 0 && !o.ingestOnly) {
      await runIngestCli(o.root, ['--data', embeddedDir, ...corpora]);
      if (beforeDir !== null && o.before !== null) await runIngestCli(o.before, ['--data', beforeDir, ...corpora]);
      if (o.neo4jUri !== null) await runIngestCli(o.root, ['--neo4j', o.neo4jUri, ...corpora]);
    }
    last = { size, embeddedDir, beforeDir, neo4j: o.neo4jUri !== null };
    await onGraph(last);
  }
  return { rows, last };
}
