// Crash safety, small: scripts/crash-test.mjs SIGKILLs `diplograph ingest` midway, re-runs it, and compares the
// exported graph with a clean run's. The full run (2,000 articles) is `npm run crash-test`. And Ctrl-C, the soft stop.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { BIN, buildBinary, ROOT, runCli } from './binary.js';
import { watcher } from './watcher.js';

beforeAll(() => {
  buildBinary();
}, 120_000);

it('a run killed midway and re-run leaves exactly the graph of a clean run', () => {
  const r = spawnSync(
    process.execPath,
    [path.join(ROOT, 'scripts', 'crash-test.mjs'), '--n', '150', '--json', '--bin', BIN],
    {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 170_000,
    },
  );
  expect(r.stderr).not.toMatch(/FAILED/);
  const result = JSON.parse(r.stdout) as Record<string, unknown> & { graph: { articles: number } };
  expect(r.status).toBe(0);
  expect(result.identical).toBe(true);
  expect(result.storedBeforeKill).toBeGreaterThan(0);
  expect(result.storedBeforeKill).toBeLessThan(result.graph.articles);
  expect(result.rerunIngested).toBe(0);
  // 150 generated, of which 2 re-publish an earlier text under another URL.
  expect(result.graph.articles).toBe(148);
}, 180_000);

it('Ctrl-C finishes the current article, prints the summary so far and exits 130; a re-run completes', async () => {
  const N = 2000; // enough that the run is still going when the signal lands
  const dir = mkdtempSync(path.join(tmpdir(), 'dg-cli-sigint-'));
  try {
    const file = path.join(dir, 'in.jsonl');
    const text = (i: number): string =>
      `The Astana talks on Syria, report ${i}: Russia, Turkey and Iran met as guarantors in the Kazakh capital.`;
    writeFileSync(
      file,
      Array.from({ length: N }, (_, i) =>
        JSON.stringify({ id: `sigint-${i}`, publishedAt: '2023-06-21', text: text(i) }),
      ).join('\n'),
    );
    const data = path.join(dir, 'data');
    // Small batches: the signal lands after the first commit with many batches still to go (with the default of
    // 1,000 per batch, the second and last batch could commit before the signal arrived, and the run exited 0).
    const child = spawn(process.execPath, [BIN, 'ingest', '--json', '--batch', '100', '--data', data, file], {
      cwd: ROOT,
    });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    const exited = new Promise<number | null>((resolve) => {
      child.on('close', (code) => {
        resolve(code);
      });
    });
    // Interrupt once the first article is committed: the handler is in place by then.
    const watch = watcher(path.join(data, 'diplograph.sqlite'));
    while (watch.count() === 0) await new Promise((r) => setTimeout(r, 2));
    child.kill('SIGINT');
    watch.close();
    expect(await exited).toBe(130);
    const summary = JSON.parse(stdout) as {
      interrupted: boolean;
      read: number;
      ingested: number;
      graph: { articles: number };
    };
    expect(summary.interrupted).toBe(true);
    expect(summary.ingested).toBeLessThan(N);
    expect(summary.graph.articles).toBe(summary.ingested);
    const again = await runCli(['ingest', '--json', '--data', data, file]);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ ingested: N - summary.ingested, graph: { articles: N } });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);
