// Crash safety, small: scripts/crash-test.mjs SIGKILLs `diplograph ingest` midway, re-runs it, and compares the
// exported graph with a clean run's. The full run (2,000 articles) is `npm run crash-test`.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { BIN, buildBinary, ROOT } from './binary.js';

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
