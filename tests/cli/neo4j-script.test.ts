// `npm run neo4j`: the pid file records the port the server was started on, so `status` names the port it really
// listens on whatever NEO4J_PORT says later, and each state folder is its own instance (the test suite's never
// touches the developer's). Runs a real Neo4j in a temporary state folder; skipped without Java and Maven.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { testConfig } from '../../src/config.js';
import { freePort, javaAndMaven, neo4jScript } from '../setup/neo4j-script.js';

const ESC = String.fromCharCode(27);

if (!javaAndMaven && !testConfig().requireNeo4j) {
  describe.skip('npm run neo4j (skipped: Java 17 and Maven are not installed)', () => {
    it('needs Java and Maven', () => undefined);
  });
} else {
  describe('npm run neo4j', () => {
    const state = mkdtempSync(path.join(tmpdir(), 'dg-neo4j-state-'));
    afterAll(() => {
      neo4jScript('stop', { DIPLOGRAPH_NEO4J_STATE: state });
      rmSync(state, { recursive: true, force: true });
    });

    it('reports the port it was started on, not the one in the environment, and prints no colour codes', async () => {
      const port = await freePort();
      const started = neo4jScript('start', { DIPLOGRAPH_NEO4J_STATE: state, NEO4J_PORT: String(port) });
      expect(started.out).toContain(`ready on bolt://127.0.0.1:${port}`);
      expect(started.out).not.toContain(ESC);

      const status = neo4jScript('status', { DIPLOGRAPH_NEO4J_STATE: state, NEO4J_PORT: '7687' });
      expect(status.code).toBe(0);
      expect(status.out).toContain(`on bolt://127.0.0.1:${port}; Bolt answers`);

      const again = neo4jScript('start', { DIPLOGRAPH_NEO4J_STATE: state, NEO4J_PORT: '7687' });
      expect(again.out).toContain(`already running`);
      expect(again.out).toContain(`127.0.0.1:${port} (not on 7687`);

      // Another state folder is another instance: stopping it leaves this one running (the test suite's own
      // instance works this way beside a developer's).
      const other = mkdtempSync(path.join(tmpdir(), 'dg-neo4j-other-'));
      expect(neo4jScript('stop', { DIPLOGRAPH_NEO4J_STATE: other }).out).toContain('not running');
      rmSync(other, { recursive: true, force: true });
      expect(neo4jScript('status', { DIPLOGRAPH_NEO4J_STATE: state }).code).toBe(0);

      const stopped = neo4jScript('stop', { DIPLOGRAPH_NEO4J_STATE: state, NEO4J_PORT: '7687' });
      expect(stopped.out).toContain('stopped');
      expect(neo4jScript('status', { DIPLOGRAPH_NEO4J_STATE: state }).code).toBe(3);
    }, 300_000);
  });
}
