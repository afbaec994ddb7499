// DNS rebinding (issue 12, item 8): with no API token (the `npm start` default on loopback), a page on another site
// whose name resolves to 127.0.0.1 must not reach the API. Only loopback Host names, from loopback Origins, pass.
import http from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeConfig } from '../src/config.js';
import { loopbackNamed, startServer, type RunningServer } from '../src/http.js';
import { openStore } from '../src/store/open.js';
import type { Store } from '../src/store/port.js';
import { testServerConfig } from './graphql/client.js';
import { seedKnowledge } from './fixtures/knowledge.js';

const dir = mkdtempSync(path.join(tmpdir(), 'diplograph-host-'));
let store: Store;
let open: RunningServer;
let guarded: RunningServer;

beforeAll(async () => {
  store = await openStore(storeConfig({ data: dir }, {}), { forTests: true });
  open = await startServer(store, testServerConfig({ apiToken: undefined }), seedKnowledge);
  guarded = await startServer(store, testServerConfig(), seedKnowledge);
});
afterAll(async () => {
  await open.close();
  await guarded.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const MUTATION = JSON.stringify({
  query: 'mutation($a: ArticleInput!) { ingestArticle(article: $a) { duplicate } }',
  variables: { a: { id: 'rebound', publishedAt: '2024-03-01', text: 'A note written through a rebound name.' } },
});

/** POSTs the mutation with the given Host and Origin headers (fetch cannot set Host). */
function post(base: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  const url = new URL(`${base}/graphql`);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8').on('data', (d: string) => (body += d));
        res.on('end', () => {
          resolve({ status: res.statusCode ?? 0, body });
        });
      },
    );
    req.on('error', reject);
    req.end(MUTATION);
  });
}

describe('without a token', () => {
  it('refuses a foreign Host with 403 FORBIDDEN, and writes nothing', async () => {
    const r = await post(open.url, { host: 'attacker.example:4000', origin: 'http://attacker.example:4000' });
    expect(r.status).toBe(403);
    expect(r.body).toMatch(/"code":"FORBIDDEN"/);
    expect((await store.counts()).articles).toBe(0);
  });

  it('refuses a loopback Host sent from a foreign Origin', async () => {
    const port = new URL(open.url).port;
    const r = await post(open.url, { host: `127.0.0.1:${port}`, origin: 'http://attacker.example' });
    expect(r.status).toBe(403);
  });

  it('serves loopback names, with or without an Origin', async () => {
    const port = new URL(open.url).port;
    const r = await post(open.url, { host: `localhost:${port}`, origin: `http://localhost:${port}` });
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toEqual({ data: { ingestArticle: { duplicate: false } } });
  });
});

describe('with a token', () => {
  it('leaves Host names alone: the token is the guard', async () => {
    const r = await post(guarded.url, { host: 'graph.example.org' });
    expect(r.status).toBe(401);
  });
});

describe('loopbackNamed', () => {
  it.each([
    ['localhost:4000', undefined, true],
    ['127.0.0.1', 'http://127.0.0.1:4000', true],
    ['[::1]:4000', 'http://[::1]:4000', true],
    ['localhost.attacker.example', undefined, false],
    ['127.0.0.1.nip.io', undefined, false],
    [undefined, undefined, false],
    ['localhost', 'null', false],
  ])('Host %s, Origin %s → %s', (host, origin, ok) => {
    expect(loopbackNamed(host, origin)).toBe(ok);
  });
});
