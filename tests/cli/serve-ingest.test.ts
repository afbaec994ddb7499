// The server stays responsive while it extracts a long article (issue 12, item 3): extraction runs in the build's
// worker thread, so `/healthz` keeps answering during an `ingestArticle` of a long article (half the limit). Before, extraction
// ran on the event loop and a 2 MB article left the server deaf for 27.7 s. Through the built binary, since code run
// from source has no built worker. The embedded store's writes (a synchronous SQLite transaction ending in an fsync, or a
// wait of up to 30 s for another process's write lock) run in a writer thread of their own for the same reason.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { MAX_TEXT_LENGTH } from '../../src/ingest.js';
import { buildBinary, ROOT, servedUrl } from './binary.js';

let work: string;
let child: ChildProcess;
let url: string;
beforeAll(async () => {
  const bin = buildBinary();
  work = mkdtempSync(path.join(tmpdir(), 'dg-serve-ingest-'));
  const env: Record<string, string | undefined> = { ...process.env, DIPLOGRAPH_API_TOKEN: '' };
  delete env.NEO4J_URI;
  child = spawn(process.execPath, [bin, 'serve', '--port', '0', '--data', path.join(work, 'data')], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  url = await servedUrl(child, 60_000);
}, 600_000);
afterAll(() => {
  child.kill('SIGTERM');
  rmSync(work, { recursive: true, force: true });
});

async function ingest(text: string, publishedAt: string): Promise<{ body: IngestBody; ms: number }> {
  const t0 = performance.now();
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($a: ArticleInput!) { ingestArticle(article: $a) { duplicate } }',
      variables: { a: { publishedAt, language: 'en', text } },
    }),
  });
  return { body: (await res.json()) as IngestBody, ms: performance.now() - t0 };
}

interface IngestBody {
  errors?: unknown;
  data?: { ingestArticle: { duplicate: boolean } };
}

/**
 * Another process holds the store's write lock for `ms` (as a CLI ingest committing a batch does); resolves once
 * it holds it, with a promise of its exit (in an object: an async function returning a promise would wait for it).
 */
async function holdWriteLock(ms: number): Promise<{ released: Promise<number | null> }> {
  const file = path.join(work, 'data', 'diplograph.sqlite');
  const held = path.join(work, 'lock-held');
  const holder = spawn(
    process.execPath,
    [
      '-e',
      `const db = require('better-sqlite3')(${JSON.stringify(file)}); db.pragma('busy_timeout = 30000');
       db.exec('BEGIN IMMEDIATE'); require('node:fs').writeFileSync(${JSON.stringify(held)}, '');
       setTimeout(() => { db.exec('COMMIT'); db.close(); }, ${ms});`,
    ],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const released = new Promise<number | null>((resolve) => holder.once('exit', resolve));
  while (!existsSync(held)) {
    if (holder.exitCode !== null) throw new Error(`the lock holder exited (${holder.exitCode}) before taking the lock`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return { released };
}

/** Asks /healthz every 20 ms until stopped; returns each answer's time. */
function probe(): { stop: () => Promise<number[]> } {
  const state = { running: true };
  const times: number[] = [];
  const loop = (async () => {
    while (state.running) {
      const t0 = performance.now();
      const r = await fetch(`${url}/healthz`);
      await r.text();
      expect(r.status).toBe(200);
      times.push(performance.now() - t0);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  return {
    stop: async () => {
      state.running = false;
      await loop;
      return times;
    },
  };
}

it('answers /healthz all through the extraction of a long article (half the limit)', async () => {
  const sentence = 'The twentieth round of the Astana talks on Syria ended in Astana on Wednesday, 21 June 2023. ';
  const text = sentence.repeat(Math.floor(MAX_TEXT_LENGTH / 2 / sentence.length));
  const health = probe();
  const { body, ms: ingestMs } = await ingest(text, '2023-06-22');
  const times = await health.stop();
  expect(body.errors).toBeUndefined();
  expect(body.data?.ingestArticle.duplicate).toBe(false);
  // Relative bounds, so that a loaded machine does not fail it: /healthz answered again and again meanwhile, and its
  // slowest answer took a small part of the ingest (on the event loop it waited for the whole extraction).
  expect(times.length).toBeGreaterThanOrEqual(5);
  expect(Math.max(...times)).toBeLessThan(ingestMs / 4);
}, 600_000);

it('answers /healthz while its write waits for another process to release the store', async () => {
  const lockMs = 3000;
  // Once before, so the extraction worker is started and the wait below is the write's alone.
  expect((await ingest('Talks on Syria opened in Astana on Monday.', '2023-06-19')).body.errors).toBeUndefined();
  const { released } = await holdWriteLock(lockMs);
  const health = probe();
  const { body, ms } = await ingest('The Astana talks resumed on Tuesday with Russia, Turkey and Iran.', '2023-06-20');
  const times = await health.stop();
  expect(await released).toBe(0);
  expect(body.errors).toBeUndefined();
  expect(body.data?.ingestArticle.duplicate).toBe(false);
  // The write waited for the lock (so the ingest took most of its hold) while /healthz kept answering: on the event
  // loop, SQLite's busy wait left it unanswered until the lock was released.
  expect(ms).toBeGreaterThan(lockMs / 2);
  expect(times.length).toBeGreaterThanOrEqual(5);
  expect(Math.max(...times)).toBeLessThan(lockMs / 4);
  // Written by the writer thread's connection, read by the server's own once acknowledged: the long article, the
  // warm-up and this one.
  // /healthz asks the store once a second (http.ts, StoreCheck): its counts catch up within about that.
  const articles = async (): Promise<number> =>
    (await fetch(`${url}/healthz`).then((r) => r.json() as Promise<{ counts: { articles: number } }>)).counts.articles;
  for (let i = 0; i < 50 && (await articles()) !== 3; i++) await new Promise((resolve) => setTimeout(resolve, 100));
  expect(await articles()).toBe(3);
}, 600_000);
