// Volume sanity of the embedded store: 2,000 small articles merge into a handful of nodes and stay searchable.
// Prints the elapsed time for the report; asserts results only (no timing assertions).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { openStore } from '../../src/store/open.js';
import { SMALL_ROUNDS as ROUNDS, smallDelta } from '../fixtures/small.js';

const N = 2000;
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'diplograph-volume-'));
afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

it(`merges ${N} small articles written one transaction each`, async () => {
  const store = await openStore({ kind: 'embedded', dataDir: root, neo4j: undefined }, { forTests: true });
  try {
    const started = performance.now();
    for (let i = 0; i < N; i++) await store.writeArticle(smallDelta(i));
    const elapsed = performance.now() - started;
    console.info(`embedded store: ${N} writes in ${Math.round(elapsed)} ms (${(elapsed / N).toFixed(2)} ms each)`);
    expect(await store.counts()).toEqual({
      articles: N,
      actors: 2,
      series: 1,
      places: 0,
      meetings: ROUNDS,
      participations: ROUNDS,
      statements: N,
    });
    const [first] = await store.evidenceOf('meeting', ['astana-1']);
    expect(first?.length).toBe(Math.ceil(N / ROUNDS));
    expect((await store.evidenceOf('meeting', ['astana-1'], 3))[0]).toEqual(first?.slice(0, 3));
    expect(await store.countOf('participationsByMeeting', ['astana-1', 'nope'])).toEqual([1, 0]);
    expect((await store.getActors(['lav']))[0]?.title).toBe('title of 2023-01-28');
    expect((await store.listStatements({ search: 'stability', meetingId: 'astana-2' })).length).toBe(
      Math.floor(N / ROUNDS) + 1,
    );
    expect((await store.writeArticle(smallDelta(7))).status).toBe('duplicate');
  } finally {
    await store.close();
  }
});
