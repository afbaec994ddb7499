// Test helpers around `npm run neo4j` (scripts/neo4j.mjs), shared by the tests that start real Neo4j instances of
// their own in temporary state folders (tests/cli/neo4j-script.test.ts, tests/setup/setup-process.test.ts).
import { spawnSync } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// Not from ../cli/binary.js: the global setup (./neo4j.ts) uses freePort, and that module hashes src/ on import.
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SCRIPT = path.join(ROOT, 'scripts', 'neo4j.mjs');

/** Whether this machine can start a Neo4j (scripts/neo4j.mjs needs Java and Maven). */
export const javaAndMaven = ['java', 'mvn'].every(
  (cmd) => spawnSync(cmd, ['-version'], { stdio: 'ignore' }).error === undefined,
);

/** Runs `node scripts/neo4j.mjs COMMAND` with these variables added; its exit code and all it printed. */
export function neo4jScript(
  command: string,
  env: Record<string, string>,
  timeoutMs = 240_000,
): { code: number; out: string } {
  const r = spawnSync(process.execPath, [SCRIPT, command], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: timeoutMs,
  });
  return { code: r.status ?? -1, out: `${r.stdout}${r.stderr}` };
}

/** A port nobody listens on now, chosen by the OS (so never a port another Neo4j holds). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address !== null && typeof address === 'object') resolve(address.port);
        else reject(new Error('no free port'));
      });
    });
  });
}
