// The HTTP server: /graphql (the API through Apollo, and the bundled IDE for browsers), /ide, /healthz, and the
// analyst page's static files at /. Node's own http module; bodies are capped before they are parsed.
import { createHash, timingSafeEqual } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { GraphQLError } from 'graphql';
import type { ServerConfig } from './config.js';
import { AppError } from './errors.js';
import { createContext, type ApiContext } from './graphql/context.js';
import { checkSizeOfText } from './graphql/limits.js';
import { createApiServer } from './graphql/server.js';
import { warmUp } from './graphql/warm.js';
import type { Knowledge } from './pipeline/knowledge.js';
import type { Store } from './store/port.js';
import { nextTurn } from './turns.js';

export interface RunningServer {
  /** Base URL without a trailing slash, e.g. "http://127.0.0.1:4000"; the API is at `${url}/graphql`. */
  url: string;
  close(): Promise<void>;
}

/** Built by scripts/build-assets.mjs; the same path from src/ (tests) and from dist/ (the installed CLI). */
const WEB_ROOT = fileURLToPath(new URL('../dist/web/', import.meta.url));

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

const NO_PAGE = `<!doctype html><meta charset="utf-8"><title>diplograph</title>
<p>The analyst page is not built (run <code>npm run build</code>). The GraphQL API is at <a href="/graphql">/graphql</a>,
its IDE at <a href="/ide">/ide</a>.</p>`;

export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h) || h === '::ffff:127.0.0.1';
}

/**
 * Without a token, only requests that name a loopback host may reach the server, from a loopback page if any: a
 * foreign page whose DNS name is rebound to 127.0.0.1 still sends its own name as Host and Origin.
 */
export function loopbackNamed(host: string | undefined, origin: string | undefined): boolean {
  const name = (value: string): string | null => {
    try {
      return new URL(value).hostname;
    } catch {
      return null;
    }
  };
  const hostName = host === undefined ? null : name(`http://${host}`);
  if (hostName === null || !isLoopback(hostName)) return false;
  if (origin === undefined) return true;
  const originName = name(origin);
  return originName !== null && isLoopback(originName);
}

/** Constant-time comparison of the presented bearer token with the configured one. */
export function bearerMatches(header: string | undefined, token: string | undefined): boolean {
  if (token === undefined) return true;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  if (!match?.[1]) return false;
  const digest = (s: string): Buffer => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(match[1]), digest(token));
}

/** What requests are answered from: the store, and the knowledge the ingest mutation extracts with. */
interface Backend {
  store: Store;
  knowledge: Knowledge;
}

export async function startServer(store: Store, config: ServerConfig, knowledge: Knowledge): Promise<RunningServer> {
  if (!isLoopback(config.host) && config.apiToken === undefined) {
    throw new AppError(
      'CONFIG',
      `refusing to serve on ${config.host} without an API token: anyone on the network could write to the graph. ` +
        'Set DIPLOGRAPH_API_TOKEN, or serve on --host 127.0.0.1.',
    );
  }
  const server = http.createServer();
  keepIdleConnections(server);
  const api = createApiServer({
    introspection: config.introspection,
    maxDepth: config.maxDepth,
    maxComplexity: config.maxComplexity,
    httpServer: server,
  });
  await api.start();
  await warmUp(api, createContext(store, knowledge, false));
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    route(req, res, { store, knowledge }, config, api).catch((e: unknown) => {
      console.error(`[http] ${req.method ?? ''} ${req.url ?? ''}: ${e instanceof Error ? e.message : String(e)}`);
      if (!res.headersSent) sendJson(res, 500, { error: 'internal server error' });
      else res.destroy();
    });
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.port, config.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (e) {
    await api.stop();
    const why = e instanceof Error ? e.message : String(e);
    throw new AppError('CONFIG', `cannot listen on ${config.host}:${config.port}: ${why}`, { cause: e });
  }
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${host}:${address.port}`,
    // Apollo's drain plugin stops accepting connections, lets in-flight requests finish, then closes the server.
    close: () => (closing ??= api.stop()),
  };
}

/**
 * How long an idle kept-alive connection stays open. Node's default (5 s advertised, 6 s kept) is barely above the
 * 4 s clients such as undici (fetch) keep an idle socket, and a server whose event loop is held past the rest (a
 * loaded machine) runs its idle timers before it reads the request already waiting on that socket: the connection is
 * closed under a request the client has sent, and the client sees `fetch failed` (issue 12, the load part at load 27).
 */
export const KEEP_ALIVE_MS = 65_000;

function keepIdleConnections(server: http.Server): void {
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  // Headers must have their own, longer timer: a shorter one would close a kept-alive connection sooner.
  server.headersTimeout = KEEP_ALIVE_MS + 1_000;
}

async function route(
  req: IncomingMessage,
  res: ServerResponse,
  backend: Backend,
  config: ServerConfig,
  api: ApolloServer<ApiContext>,
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const method = req.method ?? 'GET';
  res.setHeader('x-content-type-options', 'nosniff');
  if (config.apiToken === undefined && !loopbackNamed(req.headers.host, req.headers.origin)) {
    sendJson(res, 403, {
      errors: [
        {
          message:
            'Without an API token this server answers only requests to a loopback name (localhost, 127.0.0.1, [::1]) ' +
            'from a loopback page; set DIPLOGRAPH_API_TOKEN to serve others.',
          extensions: { code: 'FORBIDDEN' },
        },
      ],
    });
    return;
  }
  if (url.pathname === '/graphql') {
    const wantsPage = method === 'GET' && !url.searchParams.has('query') && /text\/html/.test(req.headers.accept ?? '');
    if (wantsPage) return serveFile(res, path.join(WEB_ROOT, 'ide', 'index.html'), method, 'the IDE is not built');
    return graphql(req, res, url, backend, config, api);
  }
  if (method !== 'GET' && method !== 'HEAD') {
    sendJson(res, 405, { error: `${method} is not allowed here` });
    return;
  }
  if (url.pathname === '/healthz') return health(res, backend.store);
  if (url.pathname === '/ide' || url.pathname === '/ide/') {
    return serveFile(res, path.join(WEB_ROOT, 'ide', 'index.html'), method, 'the IDE is not built');
  }
  if (url.pathname.startsWith('/ide/')) return serveStatic(res, 'ide', url.pathname.slice('/ide/'.length), method);
  if (url.pathname === '/' || url.pathname === '/index.html') {
    return serveFile(res, path.join(WEB_ROOT, 'page', 'index.html'), method, null);
  }
  return serveStatic(res, 'page', url.pathname.slice(1), method);
}

async function graphql(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  backend: Backend,
  config: ServerConfig,
  api: ApolloServer<ApiContext>,
): Promise<void> {
  const raw = await readBody(req, config.bodyLimitBytes);
  // Parsing, checking and running the request happen on a turn of the event loop of their own.
  await nextTurn();
  if (raw === null) {
    res.setHeader('connection', 'close');
    sendJson(res, 413, {
      errors: [
        { message: `Request body exceeds ${config.bodyLimitBytes} bytes.`, extensions: { code: 'PAYLOAD_TOO_LARGE' } },
      ],
    });
    return;
  }
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  let body: unknown = raw;
  if (/^application\/(graphql-response\+)?json/i.test(headers.get('content-type') ?? '') && raw !== '') {
    try {
      body = JSON.parse(raw);
    } catch {
      sendJson(res, 400, {
        errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }],
      });
      return;
    }
  }
  const tooLarge = checkSizeOfText(querySource(body, url));
  if (tooLarge !== null) {
    sendJson(res, 400, { errors: [{ message: tooLarge.message, extensions: publicExtensions(tooLarge) }] });
    return;
  }
  const authorized = bearerMatches(req.headers.authorization, config.apiToken);
  const response = await api.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
    context: () => Promise.resolve(createContext(backend.store, backend.knowledge, authorized)),
  });
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

/** The query text of a POST body or a GET URL; '' for anything else (a batch, persisted query), left to Apollo. */
function querySource(body: unknown, url: URL): string {
  const query: unknown =
    typeof body === 'object' && body !== null && 'query' in body ? body.query : url.searchParams.get('query');
  return typeof query === 'string' ? query : '';
}

/** A refusal's extensions as Apollo's error formatting would answer them: the code and limits, no HTTP status. */
function publicExtensions(error: GraphQLError): Record<string, unknown> {
  return Object.fromEntries(Object.entries(error.extensions).filter(([key]) => key !== 'http'));
}

/**
 * The body as text, or null once it passes `limit` bytes. Past the limit the rest is read and dropped rather than
 * the socket destroyed, so the client still receives the 413.
 */
function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? NaN);
    if (Number.isFinite(declared) && declared > limit) {
      req.resume();
      resolve(null);
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        if (chunks.length > 0) chunks.length = 0;
        resolve(null);
      } else {
        chunks.push(chunk);
      }
    });
    req.on('end', () => {
      resolve(size > limit ? null : Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', reject);
  });
}

async function health(res: ServerResponse, store: Store): Promise<void> {
  try {
    const counts = await store.counts();
    sendJson(res, 200, { status: 'ok', store: store.kind, counts });
  } catch {
    sendJson(res, 503, { status: 'unavailable', store: store.kind });
  }
}

async function serveStatic(res: ServerResponse, area: 'ide' | 'page', rel: string, method: string): Promise<void> {
  const base = path.join(WEB_ROOT, area);
  let file: string;
  try {
    file = path.resolve(base, decodeURIComponent(rel));
  } catch {
    sendJson(res, 400, { error: 'bad path' });
    return;
  }
  // Never serve outside the built assets, whatever dots or encodings the path holds.
  if (!file.startsWith(base + path.sep)) {
    sendJson(res, 404, { error: 'not found' });
    return;
  }
  return serveFile(res, file, method, undefined);
}

/** Serves one file; when it is missing, `fallback` says what to show (null: the no-page note, undefined: 404). */
async function serveFile(
  res: ServerResponse,
  file: string,
  method: string,
  fallback: string | null | undefined,
): Promise<void> {
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) {
    if (fallback === undefined) {
      sendJson(res, 404, { error: 'not found' });
      return;
    }
    const html =
      fallback === null
        ? NO_PAGE
        : `<!doctype html><meta charset="utf-8"><p>${fallback}: run <code>npm run build</code>.</p>`;
    res.writeHead(fallback === null ? 200 : 503, { 'content-type': MIME['.html'] });
    res.end(method === 'HEAD' ? undefined : html);
    return;
  }
  const type = MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
  res.writeHead(200, { 'content-type': type, 'content-length': info.size, 'cache-control': 'no-cache' });
  res.end(method === 'HEAD' ? undefined : await readFile(file));
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  const text = JSON.stringify(value);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}
