// Test helpers for the API over real HTTP: a server on port 0 over a given store, and small fetch wrappers.
import type { ServerConfig } from '../../src/config.js';
import { startServer, type RunningServer } from '../../src/http.js';
import type { Store } from '../../src/store/port.js';
import { seedKnowledge } from '../fixtures/knowledge.js';

export const TOKEN = 'test-token-3f9a';

export function testServerConfig(overrides: Partial<ServerConfig> = {}): ServerConfig {
  return {
    host: '127.0.0.1',
    port: 0,
    apiToken: TOKEN,
    introspection: true,
    maxDepth: 10,
    maxComplexity: 5000,
    bodyLimitBytes: 100_000,
    ...overrides,
  };
}

export interface GqlError {
  message: string;
  path?: (string | number)[];
  extensions?: Record<string, unknown> & { code?: string };
}

export interface GqlResponse<T = Record<string, unknown>> {
  status: number;
  data: T | null | undefined;
  errors: GqlError[] | undefined;
  text: string;
}

export class Client {
  constructor(readonly url: string) {}

  /** POSTs an operation as JSON, as every GraphQL client does. */
  async gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers: Record<string, string> = {},
  ): Promise<GqlResponse<T>> {
    const res = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const text = await res.text();
    const body = JSON.parse(text) as { data?: T | null; errors?: GqlError[] };
    return { status: res.status, data: body.data, errors: body.errors, text };
  }

  /** Like gql, but fails the test on any error and returns the data. */
  async data<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const res = await this.gql<T>(query, variables);
    if (res.errors !== undefined || res.status !== 200 || res.data == null) {
      throw new Error(`query failed (${res.status}): ${res.text}`);
    }
    return res.data;
  }

  async raw(path: string, init: RequestInit = {}): Promise<{ status: number; type: string; text: string }> {
    const res = await fetch(`${this.url}${path}`, init);
    return { status: res.status, type: res.headers.get('content-type') ?? '', text: await res.text() };
  }
}

export async function serve(
  store: Store,
  overrides: Partial<ServerConfig> = {},
): Promise<{ server: RunningServer; client: Client }> {
  const server = await startServer(store, testServerConfig(overrides), seedKnowledge);
  return { server, client: new Client(server.url) };
}
