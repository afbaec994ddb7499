// The embedded tier of the store contract, plus what only the SQLite file can show (location, durability settings).
// One temporary data folder per file: the contract reopens it to prove persistence and clears it before each test.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open.js';
import { arabicRound20 } from '../fixtures/deltas.js';
import { defineStoreContract } from './contract.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'diplograph-embedded-'));
const dataDir = path.join(root, 'nested', 'data');
afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

defineStoreContract('embedded', (options) => openStore({ kind: 'embedded', dataDir, neo4j: undefined }, options));

describe('embedded store file', () => {
  it('lives in <dataDir>/diplograph.sqlite with a WAL journal, created on first use', async () => {
    const dir = path.join(root, 'fresh', 'deeper');
    const store = await openStore({ kind: 'embedded', dataDir: dir, neo4j: undefined });
    try {
      expect(store.kind).toBe('embedded');
      expect((await store.writeArticle(arabicRound20())).status).toBe('written');
    } finally {
      await store.close();
    }
    const file = path.join(dir, 'diplograph.sqlite');
    expect(fs.existsSync(file)).toBe(true);
    const db = new Database(file, { readonly: true });
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(1);
    } finally {
      db.close();
    }
  });

  it('refuses a data folder holding a store of another schema version', async () => {
    const dir = path.join(root, 'future');
    fs.mkdirSync(dir, { recursive: true });
    const db = new Database(path.join(dir, 'diplograph.sqlite'));
    db.pragma('user_version = 99');
    db.close();
    await expect(openStore({ kind: 'embedded', dataDir: dir, neo4j: undefined })).rejects.toMatchObject({
      code: 'CONFIG',
    });
  });

  it('answers STORE_UNAVAILABLE once closed', async () => {
    const store = await openStore({ kind: 'embedded', dataDir: path.join(root, 'closed'), neo4j: undefined });
    await store.close();
    await store.close();
    await expect(store.counts()).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
  });
});
