// The store opener: embedded by default, Neo4j's adapter loaded on demand and its failures reported as AppErrors.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { openStore } from '../../src/store/open.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'diplograph-open-'));
afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

it('opens the embedded store when the configuration names no Neo4j', async () => {
  const store = await openStore({ kind: 'embedded', dataDir: root, neo4j: undefined });
  try {
    expect(store.kind).toBe('embedded');
  } finally {
    await store.close();
  }
});

it('loads the Neo4j adapter on demand and reports an unreachable server as STORE_UNAVAILABLE', async () => {
  const neo4j = { uri: 'bolt://127.0.0.1:1', username: 'neo4j', password: 'x', database: undefined };
  await expect(openStore({ kind: 'neo4j', dataDir: root, neo4j })).rejects.toMatchObject({
    name: 'AppError',
    code: 'STORE_UNAVAILABLE',
  });
});

it('refuses a Neo4j configuration without connection settings', async () => {
  await expect(openStore({ kind: 'neo4j', dataDir: root, neo4j: undefined })).rejects.toMatchObject({ code: 'CONFIG' });
});
