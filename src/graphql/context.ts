// The per-request context every resolver receives: the store, fresh DataLoaders, and who is asking.
import type { Store } from '../store/port.js';
import { createLoaders, type Loaders } from './loaders.js';

export interface ApiContext {
  store: Store;
  loaders: Loaders;
  /** False when the server has an API token and the request did not present it: mutations are refused. */
  authorized: boolean;
}

export function createContext(store: Store, authorized: boolean): ApiContext {
  return { store, loaders: createLoaders(store), authorized };
}
