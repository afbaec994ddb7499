// Configuration: flags beat the environment, defaults are sensible, bad values name their source.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultApiThreads, serverConfig, storeConfig } from '../src/config.js';

describe('storeConfig', () => {
  it.each([
    ['nothing set: embedded in ./data', {}, {}, 'embedded', path.resolve('data')],
    ['DIPLOGRAPH_DATA', {}, { DIPLOGRAPH_DATA: '/tmp/x' }, 'embedded', '/tmp/x'],
    ['--data beats DIPLOGRAPH_DATA', { data: '/tmp/y' }, { DIPLOGRAPH_DATA: '/tmp/x' }, 'embedded', '/tmp/y'],
    ['NEO4J_URI selects Neo4j', {}, { NEO4J_URI: 'bolt://127.0.0.1:7687' }, 'neo4j', path.resolve('data')],
    ['--data beats NEO4J_URI', { data: '/tmp/y' }, { NEO4J_URI: 'bolt://127.0.0.1:7687' }, 'embedded', '/tmp/y'],
    ['--neo4j without env', { neo4j: 'neo4j://db:7687' }, {}, 'neo4j', path.resolve('data')],
  ] as const)('%s', (_name, flags, env, kind, dataDir) => {
    const c = storeConfig(flags, env);
    expect(c.kind).toBe(kind);
    expect(c.dataDir).toBe(dataDir);
  });

  it('reads the Neo4j credentials and database', () => {
    const c = storeConfig(
      {},
      { NEO4J_URI: 'neo4j+s://x.example:7687', NEO4J_USERNAME: 'u', NEO4J_PASSWORD: 'p', NEO4J_DATABASE: 'd' },
    );
    expect(c.neo4j).toEqual({ uri: 'neo4j+s://x.example:7687', username: 'u', password: 'p', database: 'd' });
  });

  it.each([
    [{ neo4j: 'http://x' }, {}, /--neo4j/],
    [{}, { NEO4J_URI: 'postgres://x' }, /NEO4J_URI/],
  ])('refuses a URI that is not bolt:// or neo4j:// naming its source (%j %j)', (flags, env, source) => {
    expect(() => storeConfig(flags, env)).toThrow(source);
  });
});

describe('serverConfig', () => {
  it('defaults to loopback port 4000 with introspection on and no token', () => {
    expect(serverConfig({}, {})).toMatchObject({
      host: '127.0.0.1',
      port: 4000,
      introspection: true,
      apiToken: undefined,
    });
  });

  it.each([
    [{ port: 'abc' }, {}, /--port/],
    [{}, { DIPLOGRAPH_PORT: '-1' }, /DIPLOGRAPH_PORT/],
    [{}, { DIPLOGRAPH_INTROSPECTION: 'maybe' }, /DIPLOGRAPH_INTROSPECTION/],
    [{}, { DIPLOGRAPH_API_NICE: '-5' }, /DIPLOGRAPH_API_NICE/],
    [{}, { DIPLOGRAPH_EXTRACT_IN: 'fork' }, /DIPLOGRAPH_EXTRACT_IN/],
    [{}, { DIPLOGRAPH_API_IN: 'fork' }, /DIPLOGRAPH_API_IN/],
    [{}, { DIPLOGRAPH_EXTRACT_QUEUE: 'many' }, /DIPLOGRAPH_EXTRACT_QUEUE/],
  ])('names the bad value %j %j', (flags, env, source) => {
    expect(() => serverConfig(flags, env)).toThrow(source);
  });

  it.each([
    ['unset: the API threads yield to the main thread', undefined, 10],
    ['0 turns it off', '0', 0],
    ['a value in range', '4', 4],
    ['past the largest niceness: the largest', '40', 19],
  ])('DIPLOGRAPH_API_NICE %s', (_name, value, niceness) => {
    const env = value === undefined ? {} : { DIPLOGRAPH_API_NICE: value };
    expect(serverConfig({}, env).apiNiceness).toBe(niceness);
  });

  // Neo4j answers reads in its own process, which needs a core of its own; a SQLite read holds its API thread.
  it.each([
    ['embedded', 1, 2],
    ['embedded', 2, 2],
    ['embedded', 3, 3],
    ['embedded', 16, 4],
    ['neo4j', 1, 1],
    ['neo4j', 2, 1],
    ['neo4j', 3, 2],
    ['neo4j', 16, 4],
  ] as const)('API threads by default on the %s store with %i cores: %i', (store, cores, threads) => {
    expect(defaultApiThreads(store, cores)).toBe(threads);
  });

  it('sizes the API threads for the store it serves unless DIPLOGRAPH_API_THREADS is set', () => {
    expect(serverConfig({}, {}, 'neo4j').apiThreads).toBe(defaultApiThreads('neo4j'));
    expect(serverConfig({}, {}, 'embedded').apiThreads).toBe(defaultApiThreads('embedded'));
    expect(serverConfig({}, {}).apiThreads).toBe(defaultApiThreads('embedded'));
    expect(serverConfig({}, { DIPLOGRAPH_API_THREADS: '3' }, 'neo4j').apiThreads).toBe(3);
  });

  it('extracts in a process of its own by default, in a thread when asked, with a bounded queue', () => {
    expect(serverConfig({}, {})).toMatchObject({
      apiIn: 'process',
      extractIn: 'process',
      extractQueueLimit: 8,
      extractNiceness: 10,
      extractSessionNiceness: 0,
    });
    const asked = {
      DIPLOGRAPH_API_IN: 'thread',
      DIPLOGRAPH_EXTRACT_IN: 'thread',
      DIPLOGRAPH_EXTRACT_QUEUE: '0',
      DIPLOGRAPH_EXTRACT_NICE: '5',
      DIPLOGRAPH_EXTRACT_SESSION_NICE: '3',
    };
    expect(serverConfig({}, asked)).toMatchObject({
      apiIn: 'thread',
      extractIn: 'thread',
      extractQueueLimit: 1,
      extractNiceness: 5,
      extractSessionNiceness: 3,
    });
  });
});
