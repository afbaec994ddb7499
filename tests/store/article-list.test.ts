// Listing articles costs the same whatever their texts' length (issue 12: /healthz under 100 ms during the load).
// The embedded store read every column of every article, text included, for `articles(first: 10)` (and for a
// meeting's sources): up to 200,000 characters per article copied on the event loop per request, the largest share
// of the server's CPU in the load part's profile. The Neo4j store already projects the fields without the text.
// Measured as a ratio of two stores read in alternation, so the machine's load cancels out.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { storeConfig } from '../../src/config.js';
import { emptyFacts } from '../../src/domain.js';
import { prepareArticle } from '../../src/ingest.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/port.js';
import { seedKnowledge } from '../fixtures/knowledge.js';

const dir = mkdtempSync(path.join(tmpdir(), 'diplograph-article-list-'));
const ARTICLES = 30;
let short: Store;
let long: Store;

async function storeOf(name: string, textLength: number): Promise<Store> {
  const store = await openStore(storeConfig({ data: path.join(dir, name) }, {}), { forTests: true });
  for (let i = 0; i < ARTICLES; i++) {
    const sentence = `Envoys of the ${i}th working group met in Vienna on Monday. `;
    const text = sentence.repeat(Math.ceil(textLength / sentence.length)).slice(0, textLength);
    const input = {
      id: `a-${i}`,
      url: null,
      title: `Working group ${i}`,
      publishedAt: '2023-03-01',
      language: 'en',
      text,
    };
    await store.writeArticle({ article: prepareArticle(input, seedKnowledge), ...emptyFacts() });
  }
  return store;
}

beforeAll(async () => {
  short = await storeOf('short', 200);
  long = await storeOf('long', 150_000);
});
afterAll(async () => {
  await short.close();
  await long.close();
  rmSync(dir, { recursive: true, force: true });
});

async function ms(run: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await run();
  return performance.now() - t0;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

it('lists 30 articles of 150,000 characters about as fast as 30 of 200', async () => {
  expect((await long.listArticles()).map((a) => a.id)).toEqual((await short.listArticles()).map((a) => a.id));
  const ratios: number[] = [];
  for (let round = 0; round < 41; round++) {
    // 20 calls per side and round, so each timing spans well over the clock's resolution.
    const calls = (store: Store) => () => Promise.all(Array.from({ length: 20 }, () => store.listArticles()));
    const s = await ms(calls(short));
    const l = await ms(calls(long));
    ratios.push(l / s);
  }
  // Before: the long store's 4.5 MB of text was read on every call (a ratio in the tens); now both read six columns.
  expect(median(ratios)).toBeLessThan(3);
}, 120_000);
