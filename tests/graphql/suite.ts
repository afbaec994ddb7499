// THE API suite: every contract query over real HTTP against a store filled with the hand-made fixtures.
// One definition, run by each adapter (api.test.ts: embedded; api-neo4j.test.ts: Neo4j) through a tiny factory.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenOptions } from '../../src/store/open.js';
import type { Store } from '../../src/store/port.js';
import type { RunningServer } from '../../src/http.js';
import { allDeltas } from '../fixtures/deltas.js';
import { serve, TOKEN, type Client } from './client.js';
import { defineQueryCases } from './queries.js';

type Ids = { id: string }[];

export type OpenStore = (options: OpenOptions) => Promise<Store>;

/** What the query cases share: the client, and the fixtures' article texts to check evidence offsets against. */
export interface ApiHandle {
  client: Client;
  texts: Map<string, string>;
}

export function defineApiSuite(adapterName: string, open: OpenStore): void {
  describe(`GraphQL API over HTTP: ${adapterName}`, () => {
    const handle = { texts: new Map<string, string>() } as ApiHandle;
    let store: Store | undefined;
    let server: RunningServer | undefined;

    beforeAll(async () => {
      const opened = await open({ forTests: true });
      store = opened;
      await opened.clear();
      for (const delta of allDeltas()) {
        await opened.writeArticle(delta);
        handle.texts.set(delta.article.id, delta.article.text);
      }
      const started = await serve(opened);
      server = started.server;
      handle.client = started.client;
    });
    afterAll(async () => {
      // Guarded: when setup failed half-way, its own error is the one to read.
      await server?.close();
      await store?.close();
    });

    defineQueryCases(handle);
    // Last: the mutation changes the graph the query cases read.
    defineMutationCases(handle);
  });
}

const INGEST = `mutation Ingest($article: ArticleInput!) {
  ingestArticle(article: $article) {
    duplicate warnings
    article { id publishedAt language source title }
    meetings { id round }
    statements { id text speaker { id } }
  }
}`;

function seedArticle(): Record<string, unknown> {
  const file = path.resolve(import.meta.dirname, '../../seed/articles/enab-baladi-2023-06-21-astana-20.json');
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
}

function defineMutationCases(h: ApiHandle): void {
  describe('ingestArticle', () => {
    const auth = { authorization: `Bearer ${TOKEN}` };

    it.each([
      ['no token', {}],
      ['a wrong token', { authorization: 'Bearer wrong' }],
      ['a malformed header', { authorization: TOKEN }],
    ])('refuses a mutation with %s (401 UNAUTHENTICATED) and writes nothing', async (_label, headers) => {
      const before = await h.client.data<{ articles: unknown[] }>('{ articles { id } }');
      const res = await h.client.gql(INGEST, { article: seedArticle() }, headers);
      expect(res.status).toBe(401);
      expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(res.errors?.[0]?.message).toMatch(/Authorization: Bearer/);
      const after = await h.client.data<{ articles: unknown[] }>('{ articles { id } }');
      expect(after.articles).toHaveLength(before.articles.length);
    });

    it('ingests an article with the right token, then reports the same article as a duplicate', async () => {
      const first = await h.client.gql<{ ingestArticle: Record<string, unknown> }>(
        INGEST,
        { article: seedArticle() },
        auth,
      );
      expect(first.errors).toBeUndefined();
      expect(first.data?.ingestArticle).toMatchObject({
        duplicate: false,
        article: { id: 'seed-001', publishedAt: '2023-06-21', language: 'ar', source: 'Enab Baladi' },
      });
      const again = await h.client.gql<{ ingestArticle: Record<string, unknown> }>(
        INGEST,
        { article: seedArticle() },
        auth,
      );
      expect(again.data?.ingestArticle).toMatchObject({ duplicate: true, article: { id: 'seed-001' } });
      // The report and the graph agree: what the mutation says it wrote is what the article now links to.
      const { article } = await h.client.data<{ article: { id: string; meetings: Ids; statements: Ids } | null }>(
        '{ article(id: "seed-001") { id meetings { id } statements { id } } }',
      );
      const report = first.data?.ingestArticle as { meetings: Ids; statements: Ids } | undefined;
      const sorted = (list: Ids | undefined) => (list ?? []).map((x) => x.id).sort();
      expect(article?.id).toBe('seed-001');
      expect(sorted(report?.meetings)).toEqual(sorted(article?.meetings));
      expect(sorted(report?.statements)).toEqual(sorted(article?.statements));
    });

    it.each([
      ['a publishedAt that is not a date', 'BAD_USER_INPUT', { publishedAt: '21 June', text: 'x' }],
      ['an empty text', 'BAD_USER_INPUT', { publishedAt: '2023-06-21', text: '   ' }],
      ['a missing text', 'BAD_USER_INPUT', { publishedAt: '2023-06-21' }],
    ])('rejects %s with %s', async (_label, code, article) => {
      const res = await h.client.gql(INGEST, { article }, auth);
      expect(res.errors?.[0]?.extensions?.code).toBe(code);
      expect(res.data?.ingestArticle ?? null).toBeNull();
    });
  });
}
