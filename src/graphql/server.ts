// The Apollo server both the HTTP server and the in-process runner execute through, so that limits, auth and
// error formatting are the same everywhere. The caller supplies the context (store + loaders + auth).
import type { Server as HttpServer } from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import type { ApiContext } from './context.js';
import { createFormatError, type ErrorLog } from './format.js';
import { MAX_TOKENS, limitsPlugin, type Limits } from './limits.js';
import { apiSchema } from './schema.js';

export interface ApiServerOptions extends Limits {
  introspection: boolean;
  /** When given, stopping the API first drains this server's open requests. */
  httpServer?: HttpServer;
  log?: ErrorLog;
}

/** How long a stopping server waits for requests in flight before it closes their connections. */
export const STOP_GRACE_MS = 5_000;

export function createApiServer(options: ApiServerOptions): ApolloServer<ApiContext> {
  const log =
    options.log ??
    ((m: string) => {
      console.error(m);
    });
  const plugins: ApolloServerPlugin<ApiContext>[] = [
    limitsPlugin({ maxDepth: options.maxDepth, maxComplexity: options.maxComplexity }),
    // Apollo's default landing page loads from a CDN; our own IDE is bundled and served by http.ts.
    ApolloServerPluginLandingPageDisabled(),
    // No field sets a cache hint and no response carries one; Apollo's default cache-control plugin would still wrap
    // every field resolver of every request to look for hints.
    ApolloServerPluginCacheControlDisabled(),
  ];
  if (options.httpServer) {
    // Requests still running this long after a stop is asked are cut off: a stop must be prompt (a container
    // runtime kills a process 10 s after SIGTERM), and only an ingest runs long, which a stop abandons anyway.
    plugins.push(
      ApolloServerPluginDrainHttpServer({ httpServer: options.httpServer, stopGracePeriodMillis: STOP_GRACE_MS }),
    );
  }
  return new ApolloServer<ApiContext>({
    schema: apiSchema(),
    introspection: options.introspection,
    csrfPrevention: true,
    // The parser stops at MAX_TOKENS: a huge query is refused before it is even a document.
    parseOptions: { maxLexicalTokens: MAX_TOKENS },
    includeStacktraceInErrorResponses: false,
    formatError: createFormatError(log),
    plugins,
    stopOnTerminationSignals: false,
  });
}
