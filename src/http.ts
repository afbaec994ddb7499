// The HTTP server: /graphql (API + IDE), /healthz, and the analyst page at /.
import type { ServerConfig } from './config.js';
import type { Store } from './store/port.js';

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export async function startServer(store: Store, config: ServerConfig): Promise<RunningServer> {
  void store;
  void config;
  throw new Error('startServer: not implemented yet (API helper)');
}
