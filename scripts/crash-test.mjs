#!/usr/bin/env node
// Crash safety of `diplograph ingest`: a run SIGKILLed midway and then re-run must leave exactly the graph of a clean run.
// Usage: node scripts/crash-test.mjs [--n 2000] [--bin bin/diplograph.js] [--fraction 0.5] [--batch B] [--json] [--keep]
// The CLI commits in batches (--batch B articles, default N/20 so that a kill lands between two commits).
// Needs a build (npm run build) and the embedded store, whose file it watches to time the kill.
// Exit 0 when the graphs are identical, 1 when not, 2 on bad usage.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { syntheticArticles } from './synthetic.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = parseArgs(process.argv.slice(2));
const N = Number(args.n ?? 2000);
const BIN = path.resolve(ROOT, args.bin ?? 'bin/diplograph.js');
const FRACTION = Number(args.fraction ?? 0.5);
const BATCH = String(args.batch ?? Math.max(1, Math.floor(N / 20)));
if (!Number.isInteger(N) || N < 10 || !(FRACTION > 0 && FRACTION < 1)) {
  console.error('usage: crash-test.mjs [--n N>=10] [--bin PATH] [--fraction 0<F<1] [--json] [--keep]');
  process.exit(2);
}

const readers = new Map(); // SQLite file → read-only connection, for storedCount
const work = mkdtempSync(path.join(tmpdir(), 'dg-crash-'));
const input = writeInputs(path.join(work, 'in'), syntheticArticles(N));
const log = (s) => args.json || console.error(`crash-test: ${s}`);

// 1. A clean run: the reference graph, and the time that places the kill.
log(`${N} synthetic articles in ${input}`);
const clean = await cli(['ingest', '--json', '--batch', BATCH, '--data', path.join(work, 'clean'), input]);
must(clean.code === 0, `clean run exited ${clean.code}: ${clean.stderr.slice(-500)}`);
const cleanSummary = JSON.parse(clean.stdout);
log(`clean run: ${cleanSummary.ingested} ingested, ${cleanSummary.duplicates} duplicates in ${clean.ms} ms`);

// 2. The same run killed midway: SIGKILL (no chance to clean up, as in a power cut) once about FRACTION of the
// articles are stored. The count is read from the embedded store's SQLite file (WAL lets a reader watch a writer).
// A kill before the first write or after the last proves nothing: then the target moves and the run is retried.
let fraction = FRACTION;
let crashDir = '';
let before;
let killedAt;
const expected = cleanSummary.graph.articles;
for (let attempt = 1; ; attempt += 1) {
  crashDir = path.join(work, `crash-${attempt}`);
  const target = Math.max(1, Math.floor(expected * fraction));
  const run = await cli(['ingest', '--batch', BATCH, '--data', crashDir, input], {
    killWhen: () => storedCount(crashDir) >= target,
  });
  killedAt = run.ms;
  before = (await articleCount(crashDir)) ?? 0;
  log(
    `attempt ${attempt}: ${run.signal === 'SIGKILL' ? `SIGKILL after ${run.ms} ms` : `not killed (exit ${run.code})`}, ${before} articles stored`,
  );
  if (run.signal === 'SIGKILL' && before > 0 && before < expected) break;
  must(attempt < 6, 'could not kill the run between its first and last write');
  fraction /= 2;
}

// 3. Re-run to completion, then once more: the last run must find nothing new.
const resumed = await cli(['ingest', '--json', '--batch', BATCH, '--data', crashDir, input]);
must(resumed.code === 0, `resumed run exited ${resumed.code}: ${resumed.stderr.slice(-500)}`);
const resumedSummary = JSON.parse(resumed.stdout);
const again = JSON.parse((await cli(['ingest', '--json', '--batch', BATCH, '--data', crashDir, input])).stdout);

const a = await exportSorted(path.join(work, 'clean'));
const b = await exportSorted(crashDir);
const identical = a.join('\n') === b.join('\n');
const result = {
  articles: N,
  cleanMs: clean.ms,
  articlesPerSecond: Math.round((N / clean.ms) * 1000),
  killedAfterMs: killedAt,
  killedAtFraction: fraction,
  storedBeforeKill: before,
  resumed: { ingested: resumedSummary.ingested, duplicates: resumedSummary.duplicates, ms: resumed.ms },
  rerunIngested: again.ingested,
  graph: cleanSummary.graph,
  exportLines: a.length,
  identical: identical && again.ingested === 0,
};
if (!identical) result.firstDifference = a.findIndex((line, i) => line !== b[i]);
console.log(args.json ? JSON.stringify(result) : JSON.stringify(result, null, 2));
for (const db of readers.values()) db.close();
if (!args.keep) rmSync(work, { recursive: true, force: true });
else log(`kept ${work}`);
process.exit(result.identical ? 0 : 1);

/** Most articles in two .jsonl files, some as single .json files in a subfolder: both readers get exercised. */
function writeInputs(dir, articles) {
  mkdirSync(path.join(dir, 'single'), { recursive: true });
  const half = Math.floor(articles.length / 2);
  const singles = articles.filter((_, i) => i % 20 === 7);
  const rest = articles.filter((_, i) => i % 20 !== 7);
  writeFileSync(
    path.join(dir, 'a.jsonl'),
    rest
      .slice(0, half)
      .map((x) => JSON.stringify(x))
      .join('\n') + '\n',
  );
  writeFileSync(
    path.join(dir, 'b.jsonl'),
    rest
      .slice(half)
      .map((x) => JSON.stringify(x))
      .join('\n') + '\n',
  );
  singles.forEach((x, i) =>
    writeFileSync(path.join(dir, 'single', `${String(i).padStart(5, '0')}.json`), JSON.stringify(x)),
  );
  return dir;
}

async function articleCount(dataDir) {
  const r = await cli(['query', '--data', dataDir, '{ articles { id } }']);
  try {
    return JSON.parse(r.stdout).data.articles.length;
  } catch {
    return null;
  }
}

async function exportSorted(dataDir) {
  const r = await cli(['export', '--format', 'jsonl', '--data', dataDir]);
  must(r.code === 0, `export exited ${r.code}: ${r.stderr.slice(-500)}`);
  return r.stdout.split('\n').filter(Boolean).sort();
}

/** Runs the CLI; with `killWhen`, polls it every few milliseconds and SIGKILLs the child once it holds. */
function cli(argv, { killWhen } = {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [BIN, ...argv], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    // Decode as a stream: a chunk boundary may fall inside a multi-byte character (Arabic text).
    child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    const timer = killWhen === undefined ? null : setInterval(() => killWhen() && child.kill('SIGKILL'), 2);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (timer) clearInterval(timer);
      resolve({ code, signal, stdout, stderr, ms: Math.round(performance.now() - started) });
    });
  });
}

/** Articles committed so far, read-only; 0 while the store file does not exist yet. */
function storedCount(dataDir) {
  const file = path.join(dataDir, 'diplograph.sqlite');
  try {
    let db = readers.get(file);
    if (!db) {
      if (!existsSync(file)) return 0;
      db = new Database(file, { readonly: true, fileMustExist: true });
      readers.set(file, db);
    }
    return db.prepare('SELECT count(*) AS n FROM articles').get().n;
  } catch {
    return 0; // the schema is still being created
  }
}

function must(ok, message) {
  if (ok) return;
  console.error(`crash-test: FAILED: ${message}`);
  for (const db of readers.values()) db.close();
  if (!args.keep) rmSync(work, { recursive: true, force: true });
  process.exit(1);
}

function parseArgs(argv) {
  const out = {};
  for (let i = 0; i < argv.length; i += 1) {
    const key = argv[i].replace(/^--/, '');
    if (key === 'json' || key === 'keep') out[key] = true;
    else out[key] = argv[(i += 1)];
  }
  return out;
}
