// The unauthenticated denial-of-service shapes of the 2026-12-03 campaign (issue 12, items 1 and 2): each must be
// refused with QUERY_TOO_COMPLEX, quickly, through the same Apollo server and limits as HTTP.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeConfig } from '../../src/config.js';
import { executeQuery } from '../../src/graphql/execute.js';
import { documentSize, MAX_FIELDS, scoreComplexity } from '../../src/graphql/limits.js';
import { apiSchema } from '../../src/graphql/schema.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/port.js';
import { parse } from 'graphql';
import { allDeltas } from '../fixtures/deltas.js';
import { seedKnowledge } from '../fixtures/knowledge.js';

const dir = mkdtempSync(path.join(tmpdir(), 'diplograph-dos-'));
let store: Store;

beforeAll(async () => {
  store = await openStore(storeConfig({ data: dir }, {}), { forTests: true });
  for (const delta of allDeltas()) await store.writeArticle(delta);
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const aliases = (n: number, field: string): string =>
  `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

/** query{...F0} fragment Fi on Query{counts{articles} ...F(i+1) ...F(i+1)}: 2^levels expansions in 1-2 KB. */
export function doublingFragments(levels: number): string {
  const parts = ['query { ...F0 }'];
  for (let i = 0; i < levels; i++) {
    const next = i + 1 < levels ? ` ...F${i + 1} ...F${i + 1}` : '';
    parts.push(`fragment F${i} on Query { counts { articles }${next} }`);
  }
  return parts.join('\n');
}

async function refusedFast(
  query: string,
  code = 'QUERY_TOO_COMPLEX',
): Promise<{ limit: unknown; message: string; ms: number }> {
  const started = performance.now();
  const out = await executeQuery(store, seedKnowledge, query);
  const ms = performance.now() - started;
  expect(out.data ?? null).toBeNull();
  expect(out.errors?.[0]?.extensions?.code).toBe(code);
  return { limit: out.errors?.[0]?.extensions?.limit, message: out.errors?.[0]?.message ?? '', ms };
}

describe('complexity is never skipped', () => {
  it('refuses the 5,000 aliases of counts (score 10,000) the scorer gave up on, within a second', async () => {
    // 30,000 tokens: the parser stops before the document exists.
    const { message, ms } = await refusedFast(aliases(5000, 'counts { articles }'), 'GRAPHQL_PARSE_FAILED');
    expect(message).toMatch(/10000 tokens/);
    expect(ms).toBeLessThan(1000);
  });

  it('scores a query of more than 10,000 nodes rather than giving up on it', () => {
    const schema = apiSchema();
    const document = parse(`{ ${'counts { articles } '.repeat(6000)} }`);
    // Unaliased, so 6,000 top-level reads of 12 (execution merges them; the score does not).
    expect(scoreComplexity(schema, document, undefined, undefined)).toBe(72_000);
  });

  it('counts each top-level field as a store read: 1,500 aliases of counts score 1,500 × 12', async () => {
    const { limit, message } = await refusedFast(aliases(1500, 'counts { articles }'));
    expect(limit).toBe('complexity');
    expect(message).toMatch(/scores 18000/);
  });

  it('counts `first: 0` lists: 900 aliases of statements(first: 0) read the store 900 times', async () => {
    const { limit, message } = await refusedFast(aliases(900, 'statements(first: 0) { id }'));
    expect(limit).toBe('complexity');
    expect(message).toMatch(/scores 10800/);
  });

  it('answers the schema once per request, not 300 times over', async () => {
    const { limit } = await refusedFast(aliases(300, '__schema { types { name fields { name } } }'));
    expect(limit).toBe('introspection');
    const once = await executeQuery(store, seedKnowledge, '{ __schema { types { name } } }');
    expect(once.errors).toBeUndefined();
  });

  it('still answers small paged lists, first: 0 included', async () => {
    const out = await executeQuery(store, seedKnowledge, '{ statements(first: 0) { id } meetings(first: 1) { id } }');
    expect(out.errors).toBeUndefined();
    expect(out.data).toEqual({ statements: [], meetings: [{ id: expect.any(String) as string }] });
  });
});

describe('validation cost is bounded before any rule walks the query', () => {
  it('counts a doubling fragment chain in linear time', () => {
    const size = documentSize(parse(doublingFragments(60)));
    expect(size.fields).toBeGreaterThan(MAX_FIELDS);
    // F2 = counts{articles} = 2 fields; F1 = 2 + 2×2 = 6; F0 = 2 + 2×6 = 14.
    expect(documentSize(parse(doublingFragments(3))).fields).toBe(14);
  });

  it.each([26, 30, 60])('refuses %i levels of repeated fragment spreads within a second', async (levels) => {
    const { limit, ms } = await refusedFast(doublingFragments(levels));
    expect(limit).toBe('fields');
    expect(ms).toBeLessThan(1000);
  });

  it('stops parsing a query of more than 10,000 tokens', async () => {
    const out = await executeQuery(store, seedKnowledge, aliases(8000, '__typename'));
    expect(out.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(out.errors?.[0]?.message).toMatch(/tokens/);
  });
});
