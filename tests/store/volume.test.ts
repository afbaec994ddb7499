// Volume sanity of the embedded store: 2,000 small articles merge into a handful of nodes and stay searchable.
// Prints the elapsed time for the report; asserts results only (no timing assertions).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import type { ArticleDelta } from '../../src/domain.js';
import { prepareArticle } from '../../src/ingest.js';
import { openStore } from '../../src/store/open.js';

const N = 2000;
const ROUNDS = 21;
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'diplograph-volume-'));
afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

function smallDelta(i: number): ArticleDelta {
  const round = (i % ROUNDS) + 1;
  const text = `Round ${round} of the Astana talks, report ${i}: Lavrentiev said stability comes first (${i}).`;
  const article = prepareArticle({
    id: `v-${i}`,
    publishedAt: `2023-01-${String((i % 28) + 1).padStart(2, '0')}`,
    language: 'en',
    text,
  });
  const evidence = [{ articleId: article.id, text: text.slice(0, 8), start: 0, end: 8 }];
  const meetingId = `astana-${round}`;
  return {
    article,
    series: [{ id: 'astana', name: 'Astana format', aliases: ['Astana'] }],
    actors: [
      {
        id: 'RUS',
        kind: 'STATE',
        name: 'Russia',
        names: [{ lang: 'en', value: 'Russia' }],
        aliases: [],
        iso3: 'RUS',
        title: null,
        affiliationId: null,
      },
      {
        id: 'lav',
        kind: 'PERSON',
        name: 'Alexander Lavrentiev',
        names: [],
        aliases: ['Lavrentiev'],
        iso3: null,
        title: `title of ${article.publishedAt}`,
        affiliationId: 'RUS',
      },
    ],
    places: [],
    meetings: [
      {
        id: meetingId,
        name: `Astana ${round}`,
        seriesId: 'astana',
        round,
        status: 'HELD',
        startDate: null,
        endDate: null,
        windowStart: null,
        windowEnd: null,
        placeId: null,
        evidence,
      },
    ],
    participations: [{ meetingId, actorId: 'RUS', role: 'GUARANTOR', representingId: null, evidence }],
    statements: [
      {
        id: `v-${i}:lav`,
        speakerId: 'lav',
        kind: 'REPORTED',
        text: `stability comes first (${i})`,
        date: article.publishedAt,
        meetingId,
        language: 'en',
        evidence,
      },
    ],
  };
}

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
    const [first] = await store.getMeetings(['astana-1']);
    expect(first?.evidence.length).toBe(Math.ceil(N / ROUNDS));
    expect((await store.getActors(['lav']))[0]?.title).toBe('title of 2023-01-28');
    expect((await store.listStatements({ search: 'stability', meetingId: 'astana-2' })).length).toBe(
      Math.floor(N / ROUNDS) + 1,
    );
    expect((await store.writeArticle(smallDelta(7))).status).toBe('duplicate');
  } finally {
    await store.close();
  }
});
