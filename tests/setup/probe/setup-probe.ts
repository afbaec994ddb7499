// Probe for tests/setup/setup-process.test.ts: writes the Neo4j URI the global setup provided to $PROBE_OUT, then
// waits until $PROBE_RELEASE exists, so the caller can inspect the machine while the run is alive.
import fs from 'node:fs';
import { expect, inject, it } from 'vitest';

const out = process.env.PROBE_OUT ?? '';
const release = process.env.PROBE_RELEASE ?? '';

it('reports the Neo4j the setup chose, and waits to be released', async () => {
  expect(out).not.toBe('');
  fs.writeFileSync(`${out}.part`, inject('neo4jUri'));
  fs.renameSync(`${out}.part`, out);
  while (!fs.existsSync(release)) {
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
});
