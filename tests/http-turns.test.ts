// /healthz under many concurrent requests (issue 12: /healthz under 100 ms throughout the load). The embedded store
// reads on the event loop, so a GraphQL request runs from its first read to its answer without letting the loop turn;
// when many requests arrive together, one after another they held every request read after them, /healthz included
// (the load part: 200 clients, /healthz median 43-210 ms, slowest 1.5-1.9 s at load 10-13). GraphQL requests now take
// turns, one started per turn of the event loop, so what arrived meanwhile is read and /healthz answered in between.
// The order of the answers shows it, whatever the machine's load: no clock. (This is the server run in-process, with
// GraphQL on its own thread; `serve` runs it in API threads: tests/cli/serve-health.test.ts.)
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { storeConfig } from '../src/config.js';
import type { RunningServer } from '../src/http.js';
import { openStore } from '../src/store/open.js';
import type { Store } from '../src/store/port.js';
import { allDeltas } from './fixtures/deltas.js';
import { serve } from './graphql/client.js';

const dir = mkdtempSync(path.join(tmpdir(), 'diplograph-turns-'));
let store: Store;
let server: RunningServer;
beforeAll(async () => {
  store = await openStore(storeConfig({ data: dir }, {}), { forTests: true });
  for (const delta of allDeltas()) await store.writeArticle(delta);
  ({ server } = await serve(store));
});
afterAll(async () => {
  await server.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Opens `n` connections to the server and resolves once all are connected. */
async function connections(n: number): Promise<net.Socket[]> {
  const port = Number(new URL(server.url).port);
  return Promise.all(
    Array.from(
      { length: n },
      () =>
        new Promise<net.Socket>((resolve, reject) => {
          const s = net.connect(port, '127.0.0.1', () => {
            resolve(s);
          });
          s.on('error', reject);
        }),
    ),
  );
}

/** Resolves with everything the socket received once it holds one whole answer (`Content-Length` bytes of body). */
function answer(socket: net.Socket): Promise<string> {
  return new Promise((resolve) => {
    let text = '';
    socket.setEncoding('utf8').on('data', (d: string) => {
      text += d;
      const head = text.indexOf('\r\n\r\n');
      const length = /content-length: (\d+)/i.exec(text)?.[1];
      if (head >= 0 && length !== undefined && Buffer.byteLength(text.slice(head + 4)) >= Number(length)) {
        resolve(text);
      }
    });
  });
}

it('answers /healthz sent after 100 queries that arrived at once before it runs most of them', async () => {
  const queries = 100;
  const sockets = await connections(queries + 1);
  const body = JSON.stringify({
    query: '{ meetings(first: 5) { id participants { role actor { name } } } actors(first: 20) { id name } }',
  });
  const post =
    `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n` +
    `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
  // One /healthz each first: every connection is then accepted and read by the server.
  const health = 'GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n';
  const warm = sockets.map(answer);
  for (const s of sockets) s.write(health);
  await Promise.all(warm);
  for (const s of sockets) s.removeAllListeners('data');
  // The order the answers arrive in: the server writes each as its request is done.
  const arrived: number[] = [];
  const answers = sockets.map((s, i) =>
    answer(s).then((text) => {
      arrived.push(i);
      return text;
    }),
  );
  // All in one go, /healthz last: the server reads them in one turn of its event loop.
  for (const s of sockets.slice(0, queries)) s.write(post);
  sockets[queries]?.write(health);
  const texts = await Promise.all(answers);
  for (const s of sockets) s.destroy();

  expect(texts.every((t) => t.startsWith('HTTP/1.1 200'))).toBe(true);
  expect(texts.slice(0, queries).every((t) => t.includes('"meetings":[{'))).toBe(true);
  // Queries answered before /healthz: before turns, all 100; now at most the one under way. (/healthz no longer reads
  // the store itself, StoreCheck in http.ts does once a second, so the order of the answers shows it.)
  expect(arrived.indexOf(queries)).toBeLessThanOrEqual(2);
});
