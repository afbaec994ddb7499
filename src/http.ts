// The HTTP server: /graphql (the API through Apollo, and the bundled IDE for browsers), /ide, /healthz, and the
// analyst page's static files at /. Node's own http module; bodies are capped before they are parsed.
import { createHash, timingSafeEqual } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';
import type { ApolloServer } from '@apollo/server';
import type { ServerConfig, StoreConfig } from './config.js';
import { AppError } from './errors.js';
import { runExtractionInProcesses } from './extract.js';
import { answerGraphql, type GraphqlHttpAnswer, type GraphqlHttpRequest } from './graphql/answer.js';
import { ApiThreads, HAS_API_WORKER } from './graphql/api-threads.js';
import { createContext, type ApiContext } from './graphql/context.js';
import { createApiServer, STOP_GRACE_MS } from './graphql/server.js';
import { warmUp } from './graphql/warm.js';
import type { Knowledge } from './pipeline/knowledge.js';
import type { GraphCounts, Store } from './store/port.js';
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

/** What a stopping server tells the clients whose articles it abandons in extraction. */
export const STOPPING_MESSAGE = 'the server is stopping: the article was not stored; send it again later';

/**
 * Where GraphQL requests run: in API threads (`threads`), or through `api` on this thread. `store` answers /healthz's
 * counts either way; `loop` measures this thread's event-loop delay, which /healthz reports.
 */
interface Backend {
  store: Store;
  knowledge: Knowledge;
  api: ApolloServer<ApiContext> | null;
  threads: ApiThreads | null;
  loop: IntervalHistogram;
  storeCheck: StoreCheck;
}

/**
 * Serves `store`. Given the store's configuration (`serve` does), and `config.apiThreads` > 0 in a build, GraphQL runs
 * in API threads that open the store themselves, and this thread only reads and writes HTTP and answers /healthz.
 */
export async function startServer(
  store: Store,
  config: ServerConfig,
  knowledge: Knowledge,
  storeConfig?: StoreConfig,
): Promise<RunningServer> {
  if (!isLoopback(config.host) && config.apiToken === undefined) {
    throw new AppError(
      'CONFIG',
      `refusing to serve on ${config.host} without an API token: anyone on the network could write to the graph. ` +
        'Set DIPLOGRAPH_API_TOKEN, or serve on --host 127.0.0.1.',
    );
  }
  const server = http.createServer();
  keepIdleConnections(server);
  // `serve` (it gives the store's configuration) extracts in processes of their own sessions, here and in API threads.
  const extraction =
    storeConfig !== undefined && config.extractIn === 'process'
      ? {
          niceness: config.extractNiceness ?? 0,
          sessionNiceness: config.extractSessionNiceness ?? 0,
          queueLimit: config.extractQueueLimit ?? 8,
        }
      : null;
  if (extraction !== null) runExtractionInProcesses(extraction);
  const threads =
    storeConfig !== undefined && (config.apiThreads ?? 0) > 0 && HAS_API_WORKER
      ? await ApiThreads.start({
          threads: config.apiThreads ?? 0,
          perThread: storeConfig.kind === 'embedded' ? 4 : 16,
          queueLimit: config.apiQueueLimit ?? 1000,
          stallMs: config.apiStallMs ?? 10_000,
          niceness: config.apiNiceness ?? 0,
          inProcesses: config.apiIn === 'process',
          extraction,
          store: storeConfig,
          introspection: config.introspection,
          maxDepth: config.maxDepth,
          maxComplexity: config.maxComplexity,
        })
      : null;
  const api = threads === null ? await inlineApi(server, config, store, knowledge) : null;
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  // /healthz reports the delay of the last few seconds, not of the server's whole life.
  const window = setInterval(() => {
    loop.reset();
  }, LOOP_WINDOW_MS).unref();
  const storeCheck = new StoreCheck(storeCounter(store, threads), STORE_CHECK_MS, config.apiStallMs ?? 10_000);
  const backend: Backend = { store, knowledge, api, threads, loop, storeCheck };
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    route(req, res, backend, config).catch((e: unknown) => {
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
    await api?.stop();
    await threads?.stop(STOPPING_MESSAGE, 0);
    const why = e instanceof Error ? e.message : String(e);
    throw new AppError('CONFIG', `cannot listen on ${config.host}:${config.port}: ${why}`, { cause: e });
  }
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  let closing: Promise<void> | undefined;
  const stop = async (): Promise<void> => {
    clearInterval(window);
    storeCheck.stop();
    loop.disable();
    // Apollo's drain plugin stops accepting connections, lets in-flight requests finish, then closes the server.
    if (api !== null) await api.stop();
    if (threads !== null) await drainThreads(server, threads);
  };
  return { url: `http://${host}:${address.port}`, close: () => (closing ??= stop()) };
}

/** How often the store is asked for /healthz: a store that fails is reported unavailable within about this. */
const STORE_CHECK_MS = 1_000;

/** How far back /healthz's event-loop delay figures reach. */
const LOOP_WINDOW_MS = 10_000;

/** Apollo on this thread (tests in-process, and `serve` with DIPLOGRAPH_API_THREADS=0), warmed up. */
async function inlineApi(
  server: http.Server,
  config: ServerConfig,
  store: Store,
  knowledge: Knowledge,
): Promise<ApolloServer<ApiContext>> {
  const api = createApiServer({
    introspection: config.introspection,
    maxDepth: config.maxDepth,
    maxComplexity: config.maxComplexity,
    httpServer: server,
  });
  await api.start();
  await warmUp(api, createContext(store, knowledge, false));
  return api;
}

/**
 * Stops as Apollo's drain does, with the threads in the middle: no new connections, idle ones closed; the threads
 * abandon extractions and get the grace for requests in flight; then every connection still open is closed.
 */
async function drainThreads(server: http.Server, threads: ApiThreads): Promise<void> {
  const closed = new Promise<void>((resolve) => {
    server.close(() => {
      resolve();
    });
  });
  server.closeIdleConnections();
  await threads.stop(STOPPING_MESSAGE, STOP_GRACE_MS);
  // Answers already written are flushed before their connections close; what has none by now gets none.
  await new Promise((resolve) => setImmediate(resolve));
  server.closeAllConnections();
  await closed;
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

async function route(req: IncomingMessage, res: ServerResponse, backend: Backend, config: ServerConfig): Promise<void> {
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
    return graphql(req, res, url, backend, config);
  }
  if (method !== 'GET' && method !== 'HEAD') {
    sendJson(res, 405, { error: `${method} is not allowed here` });
    return;
  }
  if (url.pathname === '/healthz') return health(res, backend);
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
): Promise<void> {
  const raw = await readBody(req, config.bodyLimitBytes);
  if (raw === null) {
    res.setHeader('connection', 'close');
    sendJson(res, 413, {
      errors: [
        { message: `Request body exceeds ${config.bodyLimitBytes} bytes.`, extensions: { code: 'PAYLOAD_TOO_LARGE' } },
      ],
    });
    return;
  }
  const headers: Record<string, string> = {};
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[key] = Array.isArray(value) ? value.join(', ') : value;
  }
  const request: GraphqlHttpRequest = {
    method: req.method ?? 'GET',
    headers,
    search: url.search,
    body: raw,
    authorized: bearerMatches(req.headers.authorization, config.apiToken),
  };
  const answer = backend.threads === null ? await answerInline(request, backend) : backend.threads.run(request);
  if (answer === null) {
    // The queue is full: refused at once, so a flood costs the server a queue's length and no more.
    res.setHeader('retry-after', '1');
    sendJson(res, 503, {
      errors: [{ message: 'The server is busy; send the request again shortly.', extensions: OVERLOADED }],
    });
    return;
  }
  const { status, headers: answerHeaders, body } = await answer;
  for (const [key, value] of answerHeaders) res.setHeader(key, value);
  res.statusCode = status;
  res.end(body);
}

const OVERLOADED = { code: 'SERVER_BUSY', retriable: true };

/** Runs a request on this thread, on a turn of the event loop of its own (turns.ts). */
async function answerInline(request: GraphqlHttpRequest, backend: Backend): Promise<GraphqlHttpAnswer> {
  const { api, store, knowledge } = backend;
  if (api === null) throw new AppError('INTERNAL', 'no GraphQL server on this thread');
  await nextTurn();
  return answerGraphql(api, (authorized) => createContext(store, knowledge, authorized), request);
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

/**
 * Healthy when the store answers and so does the API: with API threads, at least one of them is neither stuck nor
 * behind a queue that has not moved for their stall time. The event loop's recent delay is reported either way.
 */
async function health(res: ServerResponse, backend: Backend): Promise<void> {
  const { store, threads, loop, storeCheck } = backend;
  const eventLoopDelayMs = { p99: Math.round(loop.percentile(99) / 1e6), max: Math.round(loop.max / 1e6) };
  const status = threads?.status() ?? null;
  const api = status ?? { threads: 0 };
  const checked = await storeCheck.latest();
  const reported = { store: store.kind, api, eventLoopDelayMs, storeCheckedMsAgo: checked.ageMs };
  if (!checked.ok) {
    sendJson(res, 503, { status: 'unavailable', reason: 'the store is not answering', ...reported });
  } else if (threads !== null && status !== null && !threads.healthy(status)) {
    sendJson(res, 503, { status: 'unavailable', reason: 'no API thread is answering', ...reported });
  } else {
    sendJson(res, 200, { status: 'ok', counts: checked.counts, ...reported });
  }
}

/**
 * The store's answer to /healthz, asked every `everyMs` rather than by every probe: a probe every 20 ms would
 * otherwise put a store round trip (a Neo4j query waiting behind the API's, or seven SQLite counts on this thread) in
 * every answer. A check that fails, or has not answered within `stallMs`, makes the store unavailable; the first
 * /healthz waits for the first check. So the counts reported are at most about `everyMs` old (`storeCheckedMsAgo`).
 */
export class StoreCheck {
  #last: { ok: boolean; counts: GraphCounts | null; at: number } | null = null;
  #running: { since: number; done: Promise<void> } | null = null;
  readonly #timer: NodeJS.Timeout;

  /** `count` gives the store's counts, or null when it cannot be asked now (the last answer stands, ageing). */
  constructor(
    private readonly count: () => Promise<GraphCounts | null>,
    everyMs: number,
    private readonly stallMs: number,
  ) {
    this.#timer = setInterval(() => {
      void this.#start();
    }, everyMs).unref();
  }

  async latest(): Promise<{ ok: boolean; counts: GraphCounts | null; ageMs: number }> {
    if (this.#last === null) await this.#start();
    const now = performance.now();
    const last = this.#last ?? { ok: false, counts: null, at: now };
    const hanging = this.#running !== null && now - this.#running.since >= this.stallMs;
    return { ok: last.ok && !hanging, counts: last.counts, ageMs: Math.round(now - last.at) };
  }

  stop(): void {
    clearInterval(this.#timer);
  }

  /** Starts a check unless one is under way; resolves when the one under way ends. */
  #start(): Promise<void> {
    this.#running ??= { since: performance.now(), done: this.#check() };
    return this.#running.done;
  }

  async #check(): Promise<void> {
    try {
      const counts = await this.count();
      if (counts !== null || this.#last === null) this.#last = { ok: counts !== null, counts, at: performance.now() };
    } catch {
      this.#last = { ok: false, counts: null, at: performance.now() };
    } finally {
      this.#running = null;
    }
  }
}

/** The GraphQL form of the store's counts, asked of an API thread. */
const COUNTS_REQUEST: GraphqlHttpRequest = {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  search: '',
  body: JSON.stringify({ query: '{ counts { articles actors series places meetings participations statements } }' }),
  authorized: false,
};

/**
 * How the store check counts. The embedded store reads synchronously: on this thread seven SQLite counts a second
 * held the event loop, and a read that meets the writer's commit sleeps in SQLite's busy handler (1, 2, 5, 10… ms
 * steps): in the load part the slowest /healthz (100–150 ms) came with the main thread neither running nor waiting
 * for a CPU. With API threads the embedded store is counted in one of them, through the API's queue; Neo4j counts are
 * network waits and stay here. A full queue skips a check (null) rather than report the store down.
 */
export function storeCounter(store: Store, threads: ApiThreads | null): () => Promise<GraphCounts | null> {
  if (threads === null || store.kind !== 'embedded') return () => store.counts();
  return async () => {
    const answer = await threads.run(COUNTS_REQUEST);
    if (answer === null) return null;
    const body = JSON.parse(answer.body) as { data?: { counts?: GraphCounts } | null };
    const counts = body.data?.counts;
    if (answer.status !== 200 || !counts) throw new AppError('STORE_UNAVAILABLE', 'the store did not count');
    return counts;
  };
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
