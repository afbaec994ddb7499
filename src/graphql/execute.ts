// Runs one GraphQL operation in process against a store (the CLI's `query`), through the same Apollo server,
// limits and error formatting as HTTP. The local user is trusted: mutations need no token here.
import type { Knowledge } from '../pipeline/knowledge.js';
import type { Store } from '../store/port.js';
import { createContext } from './context.js';
import type { Limits } from './limits.js';
import { createApiServer } from './server.js';

export interface ExecutionOutput {
  data: unknown;
  errors?: {
    message: string;
    path?: readonly (string | number)[];
    extensions?: Record<string, unknown>;
  }[];
}

/** The server's defaults (config.ts): the same query is accepted or refused in process and over HTTP. */
export const DEFAULT_LIMITS: Limits = { maxDepth: 10, maxComplexity: 5000 };

export async function executeQuery(
  store: Store,
  knowledge: Knowledge,
  source: string,
  variables?: Record<string, unknown>,
  limits: Limits = DEFAULT_LIMITS,
): Promise<ExecutionOutput> {
  const server = createApiServer({ ...limits, introspection: true });
  try {
    const response = await server.executeOperation(
      { query: source, variables },
      { contextValue: createContext(store, knowledge, true) },
    );
    if (response.body.kind !== 'single') {
      return {
        data: null,
        errors: [{ message: 'Incremental delivery is not supported here.', extensions: { code: 'BAD_REQUEST' } }],
      };
    }
    const { data, errors } = response.body.singleResult;
    const out: ExecutionOutput = { data: data ?? null };
    if (errors && errors.length > 0) {
      out.errors = errors.map((e) => ({
        message: e.message,
        ...(e.path ? { path: e.path } : {}),
        ...(e.extensions ? { extensions: { ...e.extensions } } : {}),
      }));
    }
    return out;
  } finally {
    await server.stop();
  }
}
