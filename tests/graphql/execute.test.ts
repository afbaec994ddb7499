// The in-process runner (the CLI's `query`): same schema, limits and error formatting as HTTP; no token needed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeConfig } from '../../src/config.js';
import { executeQuery } from '../../src/graphql/execute.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/port.js';
import { allDeltas } from '../fixtures/deltas.js';
import { seedKnowledge } from '../fixtures/knowledge.js';

const dir = mkdtempSync(path.join(tmpdir(), 'diplograph-exec-'));
let store: Store;

beforeAll(async () => {
  store = await openStore(storeConfig({ data: dir }, {}), { forTests: true });
  for (const delta of allDeltas()) await store.writeArticle(delta);
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('executeQuery', () => {
  it('answers with data only when all went well, variables included', async () => {
    const out = await executeQuery(store, seedKnowledge, 'query($s: String) { meetings(series: $s) { id round } }', {
      s: 'أستانة',
    });
    expect(out).toEqual({
      data: {
        meetings: [
          { id: 'astana-20', round: 20 },
          { id: 'astana-21', round: 21 },
        ],
      },
    });
  });

  it.each([
    ['a syntax error', '{ series {', 'GRAPHQL_PARSE_FAILED'],
    ['an unknown argument', '{ series(x: 1) { id } }', 'GRAPHQL_VALIDATION_FAILED'],
    ['a bad cursor', '{ articles(after: "nope") { id } }', 'BAD_USER_INPUT'],
    [
      'a query over the depth limit',
      '{ meetings { series { meetings { series { meetings { series { meetings { series { meetings { series { id } } } } } } } } } } }',
      'QUERY_TOO_COMPLEX',
    ],
  ])('reports %s as %s, without a stack trace', async (_label, query, code) => {
    const out = await executeQuery(store, seedKnowledge, query);
    expect(out.errors?.[0]?.extensions?.code).toBe(code);
    expect(JSON.stringify(out)).not.toMatch(/stacktrace|\.ts:\d+/);
  });

  it('runs a mutation without a token: the local user is trusted', async () => {
    const out = await executeQuery(
      store,
      seedKnowledge,
      'mutation($a: ArticleInput!) { ingestArticle(article: $a) { duplicate article { id language } } }',
      { a: { id: 'local-1', publishedAt: '2024-03-01', text: 'A short note about nothing in particular.' } },
    );
    expect(out).toEqual({ data: { ingestArticle: { duplicate: false, article: { id: 'local-1', language: 'en' } } } });
  });

  it("shows a meeting named only in an article's headline with its evidence in the title", async () => {
    const title = 'Geneva 4: the envoy receives both delegations';
    const article = {
      id: 'local-headline',
      title,
      language: 'en',
      publishedAt: '2017-02-24',
      text: 'The UN envoy received the government delegation and then the opposition delegation at the Palais des Nations.',
    };
    await executeQuery(
      store,
      seedKnowledge,
      'mutation($a: ArticleInput!) { ingestArticle(article: $a) { duplicate } }',
      {
        a: article,
      },
    );
    const out = await executeQuery(
      store,
      seedKnowledge,
      '{ meeting(id: "geneva-4") { round evidence { text start end inTitle article { id title } } } }',
    );
    type Span = { text: string; start: number; end: number; inTitle: boolean };
    const evidence = (out.data as { meeting: { evidence: Span[] } }).meeting.evidence;
    const span = evidence.find((e) => e.inTitle);
    expect(span).toBeDefined();
    expect(span && title.slice(span.start, span.end)).toBe(span?.text);
    expect(span?.text).toMatch(/Geneva 4/);
  });

  it('takes its limits from the caller', async () => {
    const query = '{ actors { statements { meeting { participants { actor { id } } } } } }';
    expect((await executeQuery(store, seedKnowledge, query)).errors).toBeUndefined();
    const tight = await executeQuery(store, seedKnowledge, query, undefined, { maxDepth: 10, maxComplexity: 50 });
    expect(tight.errors?.[0]?.extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      limit: 'complexity',
      maximum: 50,
    });
  });
});
