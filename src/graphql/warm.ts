// Runs a few requests through the API before the server listens, each down a path a hostile request takes (the
// parser's token limit, the limits plugin's refusals, a plain answer). The first request down each path otherwise
// pays for compiling it (measured: 110-180 ms of CPU for the first huge or schema-heavy query against 0-60 ms after),
// and while it runs the server answers nothing, /healthz included (issue 12: /healthz under 100 ms meanwhile).
// None of them reaches the store.
import type { ApolloServer } from '@apollo/server';
import type { ApiContext } from './context.js';
import { MAX_TOKENS } from './limits.js';

const aliases = (n: number, field: string): string =>
  `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

/** Doubled fragment spreads, `levels` deep: 2^levels fields once expanded, counted without expanding them. */
const doubling = (levels: number): string =>
  [
    'query { ...F0 }',
    ...Array.from(
      { length: levels },
      (_, i) => `fragment F${i} on Query { __typename${i + 1 < levels ? ` ...F${i + 1} ...F${i + 1}` : ''} }`,
    ),
  ].join('\n');

/** One request per path: answered; refused by the parser; for asking the schema twice; for too many fields. */
export const WARM_UP_QUERIES: readonly string[] = [
  '{ __typename }',
  // Three tokens per alias: just past the parser's limit.
  aliases(Math.ceil(MAX_TOKENS / 3) + 1, '__typename'),
  aliases(2, '__schema { types { name fields { name } } }'),
  doubling(20),
];

export async function warmUp(api: ApolloServer<ApiContext>, context: ApiContext): Promise<void> {
  for (const query of WARM_UP_QUERIES) await api.executeOperation({ query }, { contextValue: context });
}
