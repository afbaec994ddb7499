// Chooses and opens the store the configuration names. Neo4j's adapter is loaded only when asked for,
// so the embedded default never loads the driver.
import type { Neo4jConfig, StoreConfig } from '../config.js';
import { AppError } from '../errors.js';
import { EmbeddedStore } from './embedded.js';
import type { Store } from './port.js';

export interface OpenOptions {
  /** Allow `clear()`: only tests open stores this way. */
  forTests?: boolean;
}

/** What open.ts needs of the Neo4j adapter module; typed here so this file compiles before that module exists. */
interface Neo4jModule {
  Neo4jStore: { open(cfg: Neo4jConfig, options: OpenOptions): Promise<Store> };
}

// A variable specifier keeps tsc from resolving the module; replace with a literal import once neo4j.ts is in.
const NEO4J_MODULE = './neo4j.js';

export async function openStore(config: StoreConfig, options: OpenOptions = {}): Promise<Store> {
  switch (config.kind) {
    case 'embedded':
      return EmbeddedStore.open(config.dataDir, options);
    case 'neo4j': {
      if (config.neo4j === undefined) throw new AppError('CONFIG', 'NEO4J_URI: the Neo4j store needs a URI');
      const { Neo4jStore } = await loadNeo4j();
      return Neo4jStore.open(config.neo4j, options);
    }
  }
}

async function loadNeo4j(): Promise<Neo4jModule> {
  try {
    return (await import(NEO4J_MODULE)) as Neo4jModule;
  } catch (e) {
    throw new AppError('CONFIG', 'NEO4J_URI is set but the Neo4j store adapter cannot be loaded', { cause: e });
  }
}
