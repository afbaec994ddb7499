// Runs one GraphQL operation in process against a store (the CLI's `query`).
import type { Store } from '../store/port.js';

export interface ExecutionOutput {
  data: unknown;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

export async function executeQuery(
  store: Store,
  source: string,
  variables?: Record<string, unknown>,
): Promise<ExecutionOutput> {
  void store;
  void source;
  void variables;
  throw new Error('executeQuery: not implemented yet (API helper)');
}
