// Chooses and opens the store the configuration names. Neo4j's adapter (and so its driver) is loaded only when asked
// for, so the embedded default never pays for it.
import type { StoreConfig } from '../config.js';
import { AppError } from '../errors.js';
import { EmbeddedStore } from './embedded/store.js';
import type { Store } from './port.js';
import type { SearchFolding } from './search.js';

export interface OpenOptions {
  /** Allow `clear()`: only tests open stores this way. */
  forTests?: boolean;
  /**
   * Embedded store: writeArticle runs in a thread of its own (the server's choice), so a write's fsync or its wait
   * for another process's lock never stalls the event loop. Built code only; writeArticles stays on the caller's.
   */
  writeInThread?: boolean;
  /** How statements are folded for search, from the knowledge's lexicons; the seed knowledge's when absent. */
  search?: SearchFolding;
}

export async function openStore(config: StoreConfig, options: OpenOptions = {}): Promise<Store> {
  switch (config.kind) {
    case 'embedded':
      return EmbeddedStore.open(config.dataDir, options);
    case 'neo4j': {
      if (config.neo4j === undefined) throw new AppError('CONFIG', 'NEO4J_URI: the Neo4j store needs a URI');
      const { Neo4jStore } = await import('./neo4j/store.js');
      return Neo4jStore.open(config.neo4j, options);
    }
  }
}
