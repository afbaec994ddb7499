// Order independence end to end (issue 12, item 13): the same three conflicting reports of one meeting, ingested
// through the built binary in two orders, give byte-identical exports, on the embedded store and on Neo4j (chosen
// by NEO4J_URI, as a user would). The reports are invented for this test.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { neo4jUriOrSkip } from '../setup/neo4j.js';
import { buildBinary, runCli } from './binary.js';

// Two reports date round 20 in June 2023, a third (the rival) in October 2022: two against one.
const REPORTS = [
  {
    id: 'order-en',
    publishedAt: '2023-06-22',
    language: 'en',
    text:
      'The twentieth round of the Astana talks on Syria closed in the Kazakh capital on 21 June 2023. Russia, ' +
      'Turkey and Iran, the guarantor states, sent delegations, and Jordan, Iraq and Lebanon attended as observers.',
  },
  {
    id: 'order-ar',
    publishedAt: '2023-06-21',
    language: 'ar',
    text:
      'انطلقت في العاصمة الكازاخية يوم 20 حزيران/يونيو 2023 الجولة العشرون من محادثات أستانا حول سوريا، ' +
      'وتستمر يومين حتى 21 حزيران، بمشاركة وفود روسيا وتركيا وإيران.',
  },
  {
    id: 'order-rival',
    publishedAt: '2022-10-18',
    language: 'en',
    text: 'Envoys of Russia, Turkey and Iran met in Astana on 16 and 17 October 2022 for the twentieth round of the Astana talks on Syria.',
  },
];

let work: string;
let forward: string;
let backward: string;
beforeAll(() => {
  buildBinary();
  work = mkdtempSync(path.join(tmpdir(), 'dg-cli-order-'));
  const write = (name: string, reports: typeof REPORTS): string => {
    const file = path.join(work, name);
    writeFileSync(file, reports.map((r) => JSON.stringify(r)).join('\n') + '\n');
    return file;
  };
  forward = write('forward.jsonl', REPORTS);
  // The rival first: a first-writer-wins merge would keep its October dates.
  backward = write('backward.jsonl', [...REPORTS].reverse());
}, 600_000);
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

interface StoreCase {
  /** Flags and environment that point the CLI at a fresh store named `name`. */
  target(name: string): { flags: string[]; env: Record<string, string> };
  /** Empties the store before a run (Neo4j is one database for both orders). */
  reset(): Promise<void>;
}

const uri = neo4jUriOrSkip('tests/cli/order.test.ts');
const stores: [string, StoreCase][] = [
  [
    'embedded',
    {
      target: (name) => ({ flags: ['--data', path.join(work, name)], env: {} }),
      reset: () => Promise.resolve(),
    },
  ],
];
if (uri !== null) {
  stores.push([
    'neo4j',
    {
      target: () => ({ flags: [], env: { NEO4J_URI: uri } }),
      reset: async () => {
        const { storeConfig } = await import('../../src/config.js');
        const { openStore } = await import('../../src/store/open.js');
        const store = await openStore(storeConfig({ neo4j: uri }), { forTests: true });
        await store.clear();
        await store.close();
      },
    },
  ]);
}

describe.each(stores)('ingest in two orders through the CLI: %s', (_kind, store) => {
  async function ingestThenExport(file: string, name: string): Promise<string> {
    await store.reset();
    const { flags, env } = store.target(name);
    const ingest = await runCli(['ingest', '--json', ...flags, file], { env });
    expect(ingest.stderr).toBe('');
    expect(ingest.code).toBe(0);
    expect(JSON.parse(ingest.stdout)).toMatchObject({ ingested: 3, rejected: 0 });
    const exported = await runCli(['export', '--format', 'jsonl', ...flags], { env });
    expect(exported.code).toBe(0);
    return exported.stdout;
  }

  it('gives identical exports, the meeting dated by the two reports that agree', async () => {
    const a = await ingestThenExport(forward, 'forward');
    const b = await ingestThenExport(backward, 'backward');
    expect(b).toBe(a);
    const meeting = a
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { type: string; id: string; startDate: string | null })
      .find((r) => r.type === 'meeting' && r.id === 'astana-20');
    expect(meeting?.startDate).toBe('2023-06-21');
  }, 600_000);
});
