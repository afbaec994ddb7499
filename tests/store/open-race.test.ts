// Schema setup under concurrency (issue 12, item 6): processes opening the same fresh embedded store at the same
// moment must all succeed (the campaign saw "table articles already exists" in 2 of 18 trials of 8).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { buildBinary } from '../cli/binary.js';

const work = mkdtempSync(path.join(tmpdir(), 'dg-open-race-'));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

/** A process that waits for the shared start time, then opens (creating) the store and writes to it. */
function opener(sqliteModule: string, dataDir: string, at: number): Promise<{ code: number | null; stderr: string }> {
  const script = `
    const { openDatabase } = await import(${JSON.stringify(sqliteModule)});
    while (Date.now() < ${at}) {}
    const db = openDatabase(${JSON.stringify(dataDir)});
    db.prepare("INSERT INTO series (id, name, aliases) VALUES (?, 'x', '[]')").run(String(process.pid));
    db.close();`;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('close', (code) => {
      resolve({ code, stderr });
    });
  });
}

describe('a fresh embedded store opened by many processes at once', () => {
  it('is created once, and every process opens and writes it', async () => {
    const bin = buildBinary();
    const sqliteModule = pathToFileURL(
      path.join(path.dirname(bin), '..', 'dist', 'store', 'embedded', 'sqlite.js'),
    ).href;
    const TRIALS = 6;
    const PROCESSES = 8;
    for (let t = 0; t < TRIALS; t++) {
      const dataDir = path.join(work, `trial-${t}`);
      const at = Date.now() + 1500;
      const runs = await Promise.all(Array.from({ length: PROCESSES }, () => opener(sqliteModule, dataDir, at)));
      const failed = runs.filter((r) => r.code !== 0);
      expect(failed.map((r) => r.stderr.split('\n').find((l) => /Error/.test(l)))).toEqual([]);
    }
  }, 120_000);
});

describe('a store made before the ordered statement indexes, opened by many processes at once', () => {
  it('is upgraded once, and every process opens and writes it', async () => {
    const bin = buildBinary();
    const sqliteModule = pathToFileURL(
      path.join(path.dirname(bin), '..', 'dist', 'store', 'embedded', 'sqlite.js'),
    ).href;
    const { openDatabase, STATEMENT_INDEXES } = (await import(
      sqliteModule
    )) as typeof import('../../src/store/embedded/sqlite.js');
    for (let t = 0; t < 3; t++) {
      const dataDir = path.join(work, `older-${t}`);
      openDatabase(dataDir).close();
      // Back to the one-column indexes of older builds.
      const db = new Database(path.join(dataDir, 'diplograph.sqlite'));
      for (const index of STATEMENT_INDEXES) db.exec(`DROP INDEX ${index.name}`);
      for (const column of ['speaker', 'meeting', 'article'])
        db.exec(`CREATE INDEX statements_${column} ON statements(${column}_id)`);
      db.close();
      const at = Date.now() + 1500;
      const runs = await Promise.all(Array.from({ length: 8 }, () => opener(sqliteModule, dataDir, at)));
      expect(runs.filter((r) => r.code !== 0).map((r) => r.stderr.split('\n').find((l) => /Error/.test(l)))).toEqual(
        [],
      );
      const after = new Database(path.join(dataDir, 'diplograph.sqlite'), { readonly: true });
      const names = after
        .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'statements' AND sql IS NOT NULL")
        .pluck()
        .all() as string[];
      after.close();
      expect(names.sort()).toEqual(STATEMENT_INDEXES.map((i) => i.name).sort());
    }
  }, 120_000);
});
