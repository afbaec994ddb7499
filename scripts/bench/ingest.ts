// Ingest throughput: the CLI end to end (read, extract, write) into each store, and the store's batched writes
// alone (deltas extracted beforehand), so that extraction and storage costs are told apart.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ArticleDelta } from '../../src/domain.js';
import { prepareArticle } from '../../src/ingest.js';
import { extractFacts } from '../../src/pipeline/facts.js';
import { loadSeedKnowledge } from '../../src/seed.js';
import { EmbeddedStore } from '../../src/store/embedded/store.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/port.js';
// @ts-expect-error -- plain JavaScript module shared with the crash test
import * as synthetic from '../synthetic.mjs';

/** The generator is plain JavaScript (shared with the crash test): typed here once. */
const syntheticArticles = (synthetic as { syntheticArticles: (n: number) => unknown[] }).syntheticArticles;

export interface CliRun {
  code: number | null;
  seconds: number;
  peakRssMb: number | null;
  /** User + system CPU seconds of the CLI process, as last sampled from /proc (within 200 ms of its exit). */
  cpuSeconds: number | null;
  summary: { read: number; ingested: number; duplicates: number; rejected: number } | null;
  stderr: string;
}

/** Writes `n` synthetic articles (deterministic) to a .jsonl file and returns its path. */
export function syntheticFile(n: number, dir = mkdtempSync(path.join(tmpdir(), 'dg-bench-'))): string {
  const file = path.join(dir, `synthetic-${n}.jsonl`);
  const articles = syntheticArticles(n) as object[];
  writeFileSync(file, `${articles.map((a) => JSON.stringify(a)).join('\n')}\n`);
  return file;
}

/** Runs `diplograph ingest --json` of a built checkout; peak RSS read from /proc while it runs. */
export function runIngestCli(root: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [path.join(root, 'bin', 'diplograph.js'), 'ingest', '--json', ...args], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let peak: number | null = null;
    let cpu: number | null = null;
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr = (stderr + d).slice(-4000)));
    const timer = setInterval(() => {
      try {
        const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1];
        if (kb !== undefined) peak = Number(kb) / 1024;
        // Fields 14 and 15 of stat (after the parenthesized name): user and system time in clock ticks.
        const stat = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1]?.split(' ');
        if (stat !== undefined) cpu = (Number(stat[11]) + Number(stat[12])) / 100;
      } catch {
        // exited between two polls
      }
    }, 200);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      let summary: CliRun['summary'];
      try {
        summary = JSON.parse(stdout) as CliRun['summary'];
      } catch {
        summary = null;
      }
      resolve({
        code,
        seconds: (performance.now() - started) / 1000,
        peakRssMb: peak,
        cpuSeconds: cpu,
        summary,
        stderr,
      });
    });
  });
}

/** Empties the bench's Neo4j (the store refuses unless it is empty or marked as a test database). */
export async function clearNeo4j(uri: string): Promise<void> {
  const store = await openStore(
    {
      kind: 'neo4j',
      dataDir: '',
      neo4j: {
        uri,
        username: process.env.NEO4J_USERNAME ?? 'neo4j',
        password: process.env.NEO4J_PASSWORD ?? 'diplograph',
        database: undefined,
      },
    },
    { forTests: true },
  );
  try {
    await store.clear();
  } finally {
    await store.close();
  }
}

export interface StoreWriteResult {
  store: 'embedded' | 'neo4j';
  articles: number;
  extractSeconds: number;
  writeSeconds: number;
  articlesPerSecond: number;
}

/** The deltas of a synthetic file, extracted once (timed apart from the writes). */
export function extractFile(file: string): { deltas: ArticleDelta[]; seconds: number } {
  const knowledge = loadSeedKnowledge();
  const t0 = performance.now();
  const deltas = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const article = prepareArticle(JSON.parse(l), knowledge);
      return { article, ...extractFacts(article, knowledge).facts };
    });
  return { deltas, seconds: (performance.now() - t0) / 1000 };
}

/** Writes the deltas in batches of `batch` through the port into a fresh store; articles per second of writing. */
export async function benchStoreWrites(store: Store, deltas: readonly ArticleDelta[], batch: number): Promise<number> {
  const t0 = performance.now();
  for (let i = 0; i < deltas.length; i += batch) await store.writeArticles(deltas.slice(i, i + batch));
  return (performance.now() - t0) / 1000;
}

export function freshEmbedded(): { store: EmbeddedStore; dir: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'dg-bench-emb-'));
  return { store: EmbeddedStore.open(dir, { forTests: true }), dir };
}
