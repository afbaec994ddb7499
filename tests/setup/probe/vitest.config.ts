// Runs tests/setup/neo4j.ts on its own, as `npm test` would, for tests/setup/setup-process.test.ts: the probe reports
// the URI the setup provides and waits, so that test can end the run normally or kill it.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export default defineConfig({
  root: ROOT,
  test: {
    include: ['tests/setup/probe/setup-probe.ts'],
    globalSetup: ['tests/setup/neo4j.ts'],
    // Threads die with the vitest process, as the kill test needs: no worker outlives a SIGKILL of the run.
    pool: 'threads',
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
