// Chooses and opens the store the configuration names. Neo4j's adapter is loaded only when asked for.
import type { StoreConfig } from '../config.js';
import type { Store } from './port.js';

export interface OpenOptions {
  /** Allow `clear()`: only tests open stores this way. */
  forTests?: boolean;
}

export async function openStore(config: StoreConfig, options: OpenOptions = {}): Promise<Store> {
  void config;
  void options;
  throw new Error('openStore: not implemented yet (store helpers)');
}
