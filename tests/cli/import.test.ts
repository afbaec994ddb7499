// export → import round trip through the real binary: a `--format jsonl` export imported into an empty store gives
// back the same export (embedded, and Neo4j when the tier runs); importing twice adds nothing; `ingest` given an
// export says to use `import` instead of rejecting every record as an article without text.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeConfig, type Neo4jConfig } from '../../src/config.js';
import { Neo4jStore } from '../../src/store/neo4j/store.js';
import { neo4jUriOrSkip } from '../setup/neo4j.js';
import { buildBinary, ROOT, runCli } from './binary.js';

const CORPUS = path.resolve(ROOT, '..', 'shared', 'corpus', 'dev');
const uri = neo4jUriOrSkip('tests/cli/import.test.ts');

describe('diplograph import', () => {
  let work: string;
  let exported: string;
  const file = (): string => path.join(work, 'export.jsonl');

  beforeAll(async () => {
    buildBinary();
    work = mkdtempSync(path.join(tmpdir(), 'dg-import-'));
    const inputs = [path.join(ROOT, 'seed', 'articles')];
    if (existsSync(CORPUS)) inputs.push(...['ar', 'en', 'xx'].map((l) => path.join(CORPUS, l, 'articles.jsonl')));
    else console.warn(`tests/cli/import.test.ts: ${CORPUS} is absent: round-tripping the seed article only`);
    expect((await runCli(['ingest', '--data', path.join(work, 'source'), ...inputs])).code).toBe(0);
    const out = await runCli(['export', '--format', 'jsonl', '--data', path.join(work, 'source')]);
    expect(out.code).toBe(0);
    exported = out.stdout;
    writeFileSync(file(), exported);
  }, 180_000);
  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('rebuilds the graph in an empty embedded store, and a second import adds nothing', async () => {
    const target = path.join(work, 'target');
    const first = await runCli(['import', file(), '--data', target, '--json']);
    expect(first.code, first.stderr).toBe(0);
    const summary = JSON.parse(first.stdout) as { articles: number; imported: number; duplicates: number };
    expect(summary.imported).toBe(summary.articles);
    expect(summary.articles).toBeGreaterThan(0);
    const again = JSON.parse((await runCli(['import', file(), '--data', target, '--json'])).stdout) as typeof summary;
    expect(again).toMatchObject({ imported: 0, duplicates: summary.articles });
    const back = await runCli(['export', '--format', 'jsonl', '--data', target]);
    expect(back.stdout).toBe(exported);
  }, 120_000);

  it('ingest given an export names the import command', async () => {
    const r = await runCli(['ingest', file(), '--data', path.join(work, 'wrong')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('diplograph import FILE');
    expect(r.stdout).toMatch(/0 ingested/);
  }, 60_000);

  it('rejects a file that is not an export, naming the file and line', async () => {
    const bad = path.join(work, 'bad.jsonl');
    writeFileSync(bad, '{"type":"article","id":"x"}\n{"type":"spaceship"}\n');
    const r = await runCli(['import', bad, '--data', path.join(work, 'bad')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${bad}: line 2: unknown record type "spaceship"`);
  });

  it.skipIf(uri === null)(
    'rebuilds the same graph in an empty Neo4j',
    async () => {
      const cfg = storeConfig({ neo4j: uri ?? undefined }).neo4j as Neo4jConfig;
      const store = await Neo4jStore.open(cfg, { forTests: true });
      await store.clear();
      await store.close();
      const r = await runCli(['import', file(), '--neo4j', uri ?? '']);
      expect(r.code, r.stderr).toBe(0);
      const back = await runCli(['export', '--format', 'jsonl', '--neo4j', uri ?? '']);
      expect(back.stdout).toBe(exported);
    },
    300_000,
  );
});
