// The HTTP server's hardening, over real HTTP on port 0 against the embedded store: auth, depth and complexity
// limits, error codes without stack traces, CSRF prevention, body limit, introspection, IDE, health, static page.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { storeConfig } from '../src/config.js';
import { isAppError } from '../src/errors.js';
import { bearerMatches, isLoopback, startServer, type RunningServer } from '../src/http.js';
import { openStore } from '../src/store/open.js';
import type { Store } from '../src/store/port.js';
import { allDeltas } from './fixtures/deltas.js';
import { serve, testServerConfig, TOKEN, type Client } from './graphql/client.js';
import { seedKnowledge } from './fixtures/knowledge.js';

const root = path.resolve(import.meta.dirname, '..');
const dir = mkdtempSync(path.join(tmpdir(), 'diplograph-http-'));
let store: Store;
let server: RunningServer;
let client: Client;

beforeAll(async () => {
  // The IDE is a build artefact; build it (alone, ~1 s) when this checkout has not been built yet.
  if (!existsSync(path.join(root, 'dist/web/ide/main.js'))) {
    execFileSync(process.execPath, [path.join(root, 'scripts/build-assets.mjs'), 'ide'], { cwd: root });
  }
  store = await openStore(storeConfig({ data: dir }, {}), { forTests: true });
  for (const delta of allDeltas()) await store.writeArticle(delta);
  ({ server, client } = await serve(store, { maxDepth: 6, maxComplexity: 2000, bodyLimitBytes: 8192 }));
});
afterAll(async () => {
  await server.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('limits', () => {
  it("never refuses the IDE's full introspection query (it costs the store nothing)", async () => {
    const res = await client.gql(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }));
    expect(res.errors).toBeUndefined();
    expect(res.status).toBe(200);
  });

  it('refuses a query nested deeper than maxDepth with QUERY_TOO_COMPLEX and a clear message', async () => {
    // Depth counts from 0 at `meetings`: the innermost `id` sits at depth 7.
    const res = await client.gql(
      '{ meetings(first: 1) { participants { actor { statements(first: 1) { meeting { series { meetings { id } } } } } } } }',
    );
    expect(res.status).toBe(400);
    expect(res.data ?? null).toBeNull();
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'depth', maximum: 6 });
    expect(res.errors?.[0]?.message).toMatch(/too deep: the query exceeds maximum operation depth of 6/);
    expect(res.errors?.[0]?.message).not.toContain("''");
    const named = await client.gql(
      'query Deep { meetings(first: 1) { participants { actor { statements(first: 1) { meeting { series { meetings { id } } } } } } } }',
    );
    expect(named.errors?.[0]?.message).toContain('operation "Deep" exceeds maximum operation depth of 6');
  });

  it('refuses a query too large before GraphQL’s own validation walks it (answered over HTTP as Apollo would)', async () => {
    // Every part also selects a field that does not exist: validation would report that; the size count comes first.
    const schemas = `{ ${Array.from({ length: 150 }, (_, i) => `a${i}: __schema { types { noSuchField } }`).join(' ')} }`;
    const fragments = [
      'query { ...F0 }',
      ...Array.from({ length: 30 }, (_, i) => `fragment F${i} on Query { noSuchField ...F${i + 1} ...F${i + 1} }`),
      'fragment F30 on Query { __typename }',
    ].join('\n');
    const cases: [string, string][] = [
      [schemas, 'introspection'],
      [fragments, 'fields'],
    ];
    for (const [query, limit] of cases) {
      const res = await client.gql(query);
      expect(res.status).toBe(400);
      expect(res.errors?.map((e) => e.extensions)).toEqual([
        expect.objectContaining({ code: 'QUERY_TOO_COMPLEX', limit }),
      ]);
      expect(JSON.stringify(res.errors)).not.toContain('noSuchField');
    }
  });

  it('refuses a query scoring over maxComplexity, and accepts it once paged small enough', async () => {
    const wide = (n: string) => `{ actors${n} { statements${n} { meeting { participants { actor { name } } } } } }`;
    const res = await client.gql(wide(''));
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      limit: 'complexity',
      maximum: 2000,
    });
    expect(res.errors?.[0]?.extensions?.complexity).toBeGreaterThan(2000);
    expect(res.errors?.[0]?.message).toMatch(/too complex: it scores \d+, the maximum is 2000/);
    const paged = await client.gql(wide('(first: 2)'));
    expect(paged.errors).toBeUndefined();
    expect(paged.status).toBe(200);
  });
});

describe('errors', () => {
  it.each([
    ['a syntax error', '{ meetings { id ', undefined, 'GRAPHQL_PARSE_FAILED', 400],
    ['an unknown field', '{ meetings { nope } }', undefined, 'GRAPHQL_VALIDATION_FAILED', 400],
    ['a bad Date literal', '{ meetings(from: "June") { id } }', undefined, 'GRAPHQL_VALIDATION_FAILED', 400],
    [
      'a bad Date variable',
      'query($d: Date) { meetings(from: $d) { id } }',
      { d: '2023-02-30' },
      'BAD_USER_INPUT',
      400,
    ],
    ['a negative first', '{ actors(first: -1) { id } }', undefined, 'BAD_USER_INPUT', 200],
  ])('answers %s with %s', async (_label, query, variables, code, status) => {
    const res = await client.gql(query, variables);
    expect(res.status).toBe(status);
    expect(res.errors?.[0]?.extensions?.code).toBe(code);
  });

  it('never sends stack traces or internals, even for a store failure', async () => {
    const closedDir = mkdtempSync(path.join(tmpdir(), 'diplograph-closed-'));
    const closed = await openStore(storeConfig({ data: closedDir }, {}), { forTests: true });
    const broken = await serve(closed);
    try {
      await closed.close();
      const res = await broken.client.gql('{ meetings { id } actors { id } }');
      expect(res.errors?.[0]?.extensions).toEqual({ code: 'STORE_UNAVAILABLE', retriable: true });
      expect(res.errors?.[0]?.message).toBe('The graph store is unavailable; retry later.');
      expect(res.text).not.toMatch(/stacktrace|\bat .+:\d+:\d+|SELECT|sqlite|closed/i);
      const health = await broken.client.raw('/healthz');
      expect(health.status).toBe(503);
    } finally {
      await broken.server.close();
      rmSync(closedDir, { recursive: true, force: true });
    }
  });
});

describe('auth', () => {
  it.each([
    ['127.0.0.1', true],
    ['localhost', true],
    ['::1', true],
    ['0.0.0.0', false],
    ['192.168.1.10', false],
    ['::', false],
  ])('treats host %s as loopback: %s', (host, loopback) => {
    expect(isLoopback(host)).toBe(loopback);
  });

  it.each([
    [`Bearer ${TOKEN}`, true],
    [`bearer ${TOKEN}`, true],
    ['Bearer nope', false],
    [TOKEN, false],
    [undefined, false],
  ])('checks the header %s against the token: %s', (header, ok) => {
    expect(bearerMatches(header, TOKEN)).toBe(ok);
  });

  it('refuses to listen on a non-loopback host without a token (CONFIG)', async () => {
    const attempt = startServer(store, testServerConfig({ host: '0.0.0.0', apiToken: undefined }), seedKnowledge);
    await expect(attempt).rejects.toSatisfy((e) => isAppError(e) && e.code === 'CONFIG');
    await expect(attempt).rejects.toThrow(/without an API token.*DIPLOGRAPH_API_TOKEN/);
  });

  it('reports a port already in use as CONFIG naming the address', async () => {
    const port = Number(new URL(server.url).port);
    const attempt = startServer(store, testServerConfig({ port }), seedKnowledge);
    await expect(attempt).rejects.toSatisfy((e) => isAppError(e) && e.code === 'CONFIG');
    await expect(attempt).rejects.toThrow(`cannot listen on 127.0.0.1:${port}`);
  });

  it('lets queries through without a token, and mutations through when no token is configured', async () => {
    expect((await client.gql('{ series { id } }')).status).toBe(200);
    const open = await serve(store, { apiToken: undefined });
    try {
      const res = await open.client.gql(
        'mutation { ingestArticle(article: { publishedAt: "2023-06-21", text: "" }) { duplicate } }',
      );
      // Past auth: the empty text is refused by validation, not by the guard.
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    } finally {
      await open.server.close();
    }
  });
});

describe('HTTP protocol', () => {
  const mutation = encodeURIComponent(
    'mutation { ingestArticle(article: { publishedAt: "2023-06-21", text: "x" }) { duplicate } }',
  );

  it.each([
    ['a GET mutation', `/graphql?query=${mutation}`, { method: 'GET' }],
    ['a POST without content-type', '/graphql', { method: 'POST', body: '{"query":"{ series { id } }"}' }],
    [
      'a text/plain POST',
      '/graphql',
      { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"query":"{ series { id } }"}' },
    ],
  ])('refuses %s as a possible CSRF (400)', async (_label, url, init: RequestInit) => {
    const res = await client.raw(url, init);
    expect(res.status).toBe(400);
    expect(res.text).toMatch(/CSRF/);
  });

  it('refuses a mutation over GET even with a preflight header (405)', async () => {
    const res = await client.raw(`/graphql?query=${mutation}`, {
      headers: { 'apollo-require-preflight': 'true', authorization: `Bearer ${TOKEN}` },
    });
    expect(res.status).toBe(405);
  });

  it('answers a query over GET with a preflight header', async () => {
    const res = await client.raw(`/graphql?query=${encodeURIComponent('{ series { id } }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text)).toEqual({ data: { series: [{ id: 'astana' }] } });
  });

  it('refuses a body over bodyLimitBytes with 413', async () => {
    const body = JSON.stringify({ query: `{ series { id } } # ${'x'.repeat(20_000)}` });
    const res = await client.raw('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(res.status).toBe(413);
    expect(res.text).toMatch(/exceeds 8192 bytes/);
  });

  it('refuses a streamed (chunked) body once it passes the limit', async () => {
    const chunk = new TextEncoder().encode('x'.repeat(4096));
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      // Slowly: the limit is passed while the upload is still going on.
      async pull(controller) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        if (sent++ < 5) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const init = { method: 'POST', headers: { 'content-type': 'application/json' }, body, duplex: 'half' };
    const res = await client.raw('/graphql', init);
    expect(res.status).toBe(413);
  });

  it('refuses malformed JSON with 400 BAD_REQUEST', async () => {
    const res = await client.raw('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":',
    });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.text)).toMatchObject({ errors: [{ extensions: { code: 'BAD_REQUEST' } }] });
  });

  it.each([
    [true, 200, undefined],
    [false, 400, 'GRAPHQL_VALIDATION_FAILED'],
  ])('serves introspection when introspection=%s', async (introspection, status, code) => {
    const s = await serve(store, { introspection });
    try {
      const res = await s.client.gql('{ __schema { queryType { name } } }');
      expect(res.status).toBe(status);
      expect(res.errors?.[0]?.extensions?.code).toBe(code);
    } finally {
      await s.server.close();
    }
  });
});

describe('kept-alive connections', () => {
  it('answers a request sent on a kept-alive connection while the server was held past its idle timeout', async () => {
    // A loaded server's event loop can be held for seconds while the client's next request already waits on its
    // kept-alive socket. The loop then runs its timers before it reads: Node's default idle timer (6 s) closed the
    // connection under that request (the `fetch failed` errors of the load part at load 27).
    const socket = net.connect(Number(new URL(server.url).port), '127.0.0.1');
    const request = 'GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n';
    let received = '';
    const answers = (): number => (received.match(/HTTP\/1\.1 200 OK/g) ?? []).length;
    const holdAfterSending = (): void => {
      socket.write(request);
      // Held 6.5 s without using the CPU (the server is in this process), after the loop's reads and before its
      // timers: where a long request's work ends up on a server whose loop has many callbacks to run.
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 6_500);
    };
    socket.setEncoding('utf8').on('data', (d: string) => {
      received += d;
      // Once the first answer is whole and the server has finished with it (its idle timer running).
      if (answers() === 1 && received.endsWith('}')) setTimeout(() => setImmediate(holdAfterSending), 200);
    });
    // Before: ECONNRESET, the cause behind undici's `fetch failed`.
    socket.on('error', (e) => (received += `\n${e.message}`));
    const closed = new Promise<void>((resolve) =>
      socket.on('close', () => {
        resolve();
      }),
    );
    socket.write(request);
    await vi.waitFor(
      () => {
        expect(answers()).toBe(2);
      },
      { timeout: 15_000 },
    );
    expect(received).toMatch(/keep-alive: timeout=65/i);
    socket.end();
    await closed;
  }, 30_000);
});

describe('graceful close', () => {
  it('lets a request in flight finish, then refuses new connections', async () => {
    const s = await serve(store);
    const encode = (t: string) => new TextEncoder().encode(t);
    let release = (): void => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let step = 0;
    // The body arrives in two parts; close() is called between them.
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        if (step === 0) controller.enqueue(encode('{"query":'));
        else if (step === 1)
          await gate.then(() => {
            controller.enqueue(encode('"{ series { id } }"}'));
          });
        else controller.close();
        step++;
      },
    });
    const init = { method: 'POST', headers: { 'content-type': 'application/json' }, body, duplex: 'half' };
    const pending = fetch(`${s.server.url}/graphql`, init);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const closing = s.server.close();
    release();
    const res = await pending;
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { series: [{ id: 'astana' }] } });
    await closing;
    await expect(fetch(`${s.server.url}/healthz`)).rejects.toThrow();
  });
});

describe('pages', () => {
  it.each([
    ['/ide', {}],
    ['/graphql', { accept: 'text/html,application/xhtml+xml' }],
  ])('serves the bundled GraphQL IDE at %s, with its script and styles', async (url, headers) => {
    const page = await client.raw(url, { headers });
    expect(page.status).toBe(200);
    expect(page.type).toMatch(/text\/html/);
    const script = /<script[^>]+src="([^"]+\.js)"/.exec(page.text)?.[1];
    const style = /<link[^>]+href="([^"]+\.css)"/.exec(page.text)?.[1];
    expect(script).toBe('/ide/main.js');
    expect(page.text).not.toMatch(/https?:\/\/(?!localhost)/); // nothing from a CDN
    const js = await client.raw(script ?? '');
    expect(js.status).toBe(200);
    expect(js.type).toMatch(/javascript/);
    expect(js.text.length).toBeGreaterThan(100_000);
    expect((await client.raw(style ?? '')).status).toBe(200);
  });

  it('reports health with the store kind and counts', async () => {
    const res = await client.raw('/healthz');
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text)).toMatchObject({ status: 'ok', store: 'embedded', counts: { articles: 5 } });
  });

  it('serves the analyst page (or a note when it is not built) at /', async () => {
    const res = await client.raw('/');
    expect(res.status).toBe(200);
    expect(res.type).toMatch(/text\/html/);
  });

  it.each(['/..%2f..%2fpackage.json', '/nope.js', '/ide/..%2f..%2f..%2fpackage.json'])(
    'answers 404 for %s',
    async (url) => {
      expect((await client.raw(url)).status).toBe(404);
    },
  );

  it('refuses other methods on static paths (405)', async () => {
    expect((await client.raw('/healthz', { method: 'DELETE' })).status).toBe(405);
  });
});
