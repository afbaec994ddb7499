// Crash safety of the embedded store: a writer SIGKILLed mid-run loses no acknowledged article and leaves no half one.
// The writer is a separate Node process running the real adapter (bundled with esbuild), killed without warning.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, expect, it } from 'vitest';
import { openStore } from '../../src/store/open.js';
import { searchFoldingOf } from '../../src/store/search.js';
import { seedKnowledge } from '../fixtures/knowledge.js';
import { smallDelta } from '../fixtures/small.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'diplograph-crash-'));
afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

const here = path.dirname(fileURLToPath(import.meta.url));
const WRITER = `
import { readFileSync } from 'node:fs';
import { EmbeddedStore } from ${JSON.stringify(path.join(here, '../../src/store/embedded/store.ts'))};
import { SearchFolding } from ${JSON.stringify(path.join(here, '../../src/store/search.ts'))};
import { smallDelta } from ${JSON.stringify(path.join(here, '../fixtures/small.ts'))};
// The bundle runs from a temporary folder, away from seed/: the search rows come as a file.
const search = new SearchFolding(JSON.parse(readFileSync(process.argv[3], 'utf8')));
const store = EmbeddedStore.open(process.argv[2], { search });
for (let i = 0; ; i++) {
  await store.writeArticle(smallDelta(i));
  process.stdout.write('ok ' + i + '\\n');
}
`;

/** Bundles the writer; better-sqlite3 stays external, imported by absolute path so the bundle runs from /tmp. */
async function bundleWriter(): Promise<string> {
  const out = path.join(root, 'writer.mjs');
  const sqlite = createRequire(import.meta.url).resolve('better-sqlite3');
  await build({
    stdin: { contents: WRITER, loader: 'ts', resolveDir: here },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: out,
    logLevel: 'silent',
    plugins: [
      {
        name: 'native-sqlite',
        setup(b) {
          b.onResolve({ filter: /^better-sqlite3$/ }, () => ({ path: sqlite, external: true }));
        },
      },
    ],
  });
  return out;
}

/** Runs the writer until it has acknowledged `kill` writes, then SIGKILLs it; answers the acknowledged count. */
function runAndKill(writer: string, dataDir: string, kill: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const rows = path.join(root, 'search.json');
    fs.writeFileSync(rows, JSON.stringify(searchFoldingOf(seedKnowledge).rows));
    const child = spawn(process.execPath, [writer, dataDir, rows], { stdio: ['ignore', 'pipe', 'pipe'] });
    let acknowledged = 0;
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      acknowledged += chunk.split('\n').filter((l) => l.startsWith('ok ')).length;
      if (acknowledged >= kill) child.kill('SIGKILL');
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      if (signal === 'SIGKILL') resolve(acknowledged);
      else reject(new Error(`writer exited before the kill: ${stderr.slice(-500)}`));
    });
  });
}

it('keeps every acknowledged write and no partial one after a SIGKILL', async () => {
  const writer = await bundleWriter();
  const dataDir = path.join(root, 'data');
  const acknowledged = await runAndKill(writer, dataDir, 300);

  const store = await openStore({ kind: 'embedded', dataDir, neo4j: undefined });
  try {
    const articles = (await store.listArticles()).map((a) => a.id);
    // Writes acknowledged before the kill are all there; at most the few in flight beyond them.
    expect(articles.length).toBeGreaterThanOrEqual(acknowledged);
    for (let i = 0; i < acknowledged; i++) expect(articles).toContain(smallDelta(i).article.id);
    // Every stored article has all of its facts: its statement and its evidence on meeting and participation.
    const statements = await store.statementsByArticles(articles);
    expect(statements.every((list) => list.length === 1)).toBe(true);
    const counts = await store.counts();
    expect(counts.statements).toBe(articles.length);
    const meetings = await store.meetingsByArticles(articles);
    expect(meetings.every((list) => list.length === 1)).toBe(true);
    // And the store takes the next article after the crash.
    const next = smallDelta(articles.length);
    expect((await store.writeArticle(next)).status).toBe('written');
  } finally {
    await store.close();
  }
}, 60_000);
