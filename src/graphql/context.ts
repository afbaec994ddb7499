// The per-request context every resolver receives: the store, fresh DataLoaders, and who is asking.
import type { Knowledge } from '../pipeline/knowledge.js';
import type { Store } from '../store/port.js';
import { createLoaders, type Loaders } from './loaders.js';

export interface ApiContext {
  store: Store;
  /** What the ingest mutation extracts with: loaded once by the server's composition root. */
  knowledge: Knowledge;
  loaders: Loaders;
  /** False when the server has an API token and the request did not present it: mutations are refused. */
  authorized: boolean;
}

export function createContext(store: Store, knowledge: Knowledge, authorized: boolean): ApiContext {
  return { store, knowledge, loaders: createLoaders(store), authorized };
}
