// SIGTERM and SIGINT while `ingest` extracts long articles (issue 12: a stop must be prompt and lose nothing
// acknowledged). Before, the CLI wrote everything it had read, so it waited for every extraction under way: seconds
// per long article on a quiet machine, a minute on a loaded one. Now the first signal abandons the extractions under
// way (their threads end at once), commits what was extracted, reports what was not stored, and exits 130.
// Through the built binary and a real signal (code run from source has no extraction thread); the embedded store.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildBinary, runCli, startCli } from './binary.js';
import { watcher } from './watcher.js';

const work = mkdtempSync(path.join(tmpdir(), 'dg-ingest-stop-'));
beforeAll(() => {
  buildBinary();
}, 120_000);
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

const SHORT = [
  'The third round of the Vienna talks on the river dispute ended in Vienna on Monday.',
  'Delegations from both capitals met again in Oslo on Tuesday to sign the fisheries protocol.',
  'The foreign ministers of the two neighbours held a first meeting on the border crossings in Geneva.',
];
// Each takes seconds of extraction on a quiet machine and about a minute on a loaded one (under the size limit).
const LONG = 'The twentieth round of the Astana talks on Syria ended in Astana on Wednesday. '.repeat(2_400);

interface Summary {
  read: number;
  ingested: number;
  abandoned: number;
  interrupted: boolean;
  graph: { articles: number };
}

it.each(['SIGTERM', 'SIGINT'] as const)(
  'on %s during a long extraction: stops at once, commits what was extracted, says what was not stored, exits 130',
  async (signal) => {
    const dir = path.join(work, signal);
    const file = path.join(dir, 'in.jsonl');
    const data = path.join(dir, 'data');
    const articles = [
      ...SHORT.map((text, i) => ({ id: `short-${i}`, publishedAt: '2023-03-01', language: 'en', text })),
      { id: 'long-0', publishedAt: '2023-06-21', language: 'en', text: LONG },
      { id: 'long-1', publishedAt: '2023-06-22', language: 'en', text: `${LONG}Report two.` },
      { id: 'after', publishedAt: '2023-06-23', language: 'en', text: SHORT[0] ?? '' },
    ];
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, articles.map((a) => JSON.stringify(a)).join('\n'));
    // One extraction thread, so the long articles come after the short ones whatever the machine's cores.
    const { child, done } = startCli(['ingest', '--json', '--workers', '1', '--batch', '3', '--data', data, file]);

    // The first batch (the three short articles) commits while the first long article is being extracted.
    const watch = watcher(path.join(data, 'diplograph.sqlite'));
    while (watch.count() < SHORT.length) await new Promise((r) => setTimeout(r, 5));
    watch.close();
    await new Promise((r) => setTimeout(r, 200));
    const t0 = performance.now();
    child.kill(signal);
    const { code, stdout, stderr } = await done;
    const stopMs = performance.now() - t0;

    expect(code).toBe(130);
    const summary = JSON.parse(stdout) as Summary;
    expect(summary).toMatchObject({ interrupted: true, ingested: SHORT.length, graph: { articles: SHORT.length } });
    // Every article read and not stored is named as such: the long ones at least.
    expect(summary.abandoned).toBeGreaterThanOrEqual(2);
    expect(summary.read).toBe(summary.ingested + summary.abandoned);
    expect(stderr).toContain('interrupted');
    // Without the abandon, the process stays up until both long articles are extracted (seconds each, quiet).
    expect(stopMs).toBeLessThan(4_000);

    // The store holds exactly the acknowledged articles, whole; a re-run adds the rest and nothing twice.
    const again = await runCli(['ingest', '--json', '--data', data, file]);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({
      ingested: articles.length - SHORT.length - 1, // 'after' repeats the first short text: a duplicate
      duplicates: SHORT.length + 1,
      graph: { articles: articles.length - 1 },
    });
  },
  300_000,
);
