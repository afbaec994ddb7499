// The API suite against the embedded store (a fresh SQLite folder per run).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { storeConfig } from '../../src/config.js';
import { openStore } from '../../src/store/open.js';
import { defineApiSuite } from './suite.js';

const dir = mkdtempSync(path.join(tmpdir(), 'diplograph-api-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

defineApiSuite('embedded', (options) => openStore(storeConfig({ data: dir }, {}), options));
