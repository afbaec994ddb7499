// The only reader of process.env. Flags override the environment; bad values fail fast naming their source.
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { AppError } from './errors.js';

export interface Neo4jConfig {
  uri: string;
  username: string;
  password: string;
  database: string | undefined;
}

export interface StoreConfig {
  kind: 'embedded' | 'neo4j';
  /** Folder of the embedded store. */
  dataDir: string;
  neo4j: Neo4jConfig | undefined;
}

export interface ServerConfig {
  host: string;
  port: number;
  /** When set, mutations need `Authorization: Bearer <token>`. */
  apiToken: string | undefined;
  introspection: boolean;
  maxDepth: number;
  maxComplexity: number;
  bodyLimitBytes: number;
  /**
   * Threads GraphQL requests run in, off the event loop that answers /healthz (0: on it). Only `serve` uses them;
   * a server started in-process without its store's configuration runs GraphQL on its own thread.
   */
  apiThreads?: number;
  /** GraphQL requests that may wait for a thread; past it the server answers 503 with Retry-After. */
  apiQueueLimit?: number;
  /** An API thread with work that has been silent this long is stuck: /healthz reports it (503 when none answers). */
  apiStallMs?: number;
  /**
   * Niceness (0–19) the API threads give themselves and the threads they start (Linux sets it per thread), so the main
   * thread, which answers /healthz, is run first when both wait for a CPU. 0 keeps them equal.
   */
  apiNiceness?: number;
  /**
   * Where `serve` runs GraphQL: `process` (child processes, each in a session of its own, so the scheduler gives the
   * API's work a CPU share apart from the thread answering /healthz) or `thread` (threads of the server's process).
   */
  apiIn?: 'process' | 'thread';
  /**
   * Where `serve` extracts an `ingestArticle`'s article: `process` (a child process in a session of its own, so the
   * scheduler gives it a CPU share apart from the thread answering /healthz) or `thread` (as the CLI does).
   */
  extractIn?: 'process' | 'thread';
  /** Articles that may wait for extraction in each API thread; one more is refused with SERVER_BUSY. */
  extractQueueLimit?: number;
  /**
   * Niceness (0–19) of every thread of the extraction process: background work, run after the thread answering /healthz
   * wherever the scheduler puts them in one group (a service's cgroup, a kernel without autogroup).
   */
  extractNiceness?: number;
  /**
   * Niceness (0–19) of the extraction process's session's CPU share (Linux autogroup). 0 by default: above 0 it yields
   * to every session on the machine, not only to the server's (a 190,000-character ingest took 61–75 s instead of
   * 7–12 s on a shared machine at 10).
   */
  extractSessionNiceness?: number;
}

export interface ConfigFlags {
  data?: string | undefined;
  neo4j?: string | undefined;
  host?: string | undefined;
  port?: string | number | undefined;
}

type Env = Readonly<Record<string, string | undefined>>;

export function storeConfig(flags: ConfigFlags = {}, env: Env = process.env): StoreConfig {
  const dataDir = path.resolve(flags.data ?? env.DIPLOGRAPH_DATA ?? 'data');
  // Flags beat the environment: an explicit --data means the embedded store even when NEO4J_URI is set.
  const uri = flags.neo4j ?? (flags.data !== undefined ? undefined : nonEmpty(env.NEO4J_URI));
  if (!uri) return { kind: 'embedded', dataDir, neo4j: undefined };
  if (!/^(neo4j|bolt)(\+s|\+ssc)?:\/\//.test(uri)) {
    throw new AppError(
      'CONFIG',
      `${flags.neo4j ? '--neo4j' : 'NEO4J_URI'}: expected neo4j:// or bolt:// URI, got "${uri}"`,
    );
  }
  return {
    kind: 'neo4j',
    dataDir,
    neo4j: {
      uri,
      username: env.NEO4J_USERNAME ?? 'neo4j',
      password: env.NEO4J_PASSWORD ?? 'diplograph',
      database: nonEmpty(env.NEO4J_DATABASE),
    },
  };
}

/**
 * API threads by default. Embedded: at least two (a SQLite read holds its thread until it is done, so one long read
 * must not stop every other request), at most four (each has its own heap), one per core between. Neo4j: a thread
 * only waits on the network while Neo4j reads, so one does not block the others, and Neo4j itself needs CPU for every
 * request: one per core but one (one on 2 cores, where a second thread took the core Neo4j needed: p99 at c=32 553 ms
 * with two against 361 with one), at most four.
 */
export function defaultApiThreads(store: StoreConfig['kind'], cores: number = availableParallelism()): number {
  return store === 'neo4j' ? Math.max(1, Math.min(4, cores - 1)) : Math.max(2, Math.min(4, cores));
}

/** The server's settings; the API threads' default depends on the store it serves (defaultApiThreads). */
export function serverConfig(
  flags: ConfigFlags = {},
  env: Env = process.env,
  store: StoreConfig['kind'] = 'embedded',
): ServerConfig {
  return {
    host: flags.host ?? env.DIPLOGRAPH_HOST ?? '127.0.0.1',
    port: tcpPort(
      flags.port ?? env.DIPLOGRAPH_PORT ?? env.PORT ?? 4000,
      flags.port !== undefined ? '--port' : 'DIPLOGRAPH_PORT',
    ),
    apiToken: nonEmpty(env.DIPLOGRAPH_API_TOKEN),
    introspection: boolean(env.DIPLOGRAPH_INTROSPECTION ?? 'true', 'DIPLOGRAPH_INTROSPECTION'),
    maxDepth: integer(env.DIPLOGRAPH_MAX_DEPTH ?? 10, 'DIPLOGRAPH_MAX_DEPTH'),
    maxComplexity: integer(env.DIPLOGRAPH_MAX_COMPLEXITY ?? 5000, 'DIPLOGRAPH_MAX_COMPLEXITY'),
    bodyLimitBytes: integer(env.DIPLOGRAPH_BODY_LIMIT ?? 5_000_000, 'DIPLOGRAPH_BODY_LIMIT'),
    apiThreads: integer(env.DIPLOGRAPH_API_THREADS ?? defaultApiThreads(store), 'DIPLOGRAPH_API_THREADS'),
    apiQueueLimit: integer(env.DIPLOGRAPH_API_QUEUE ?? 1000, 'DIPLOGRAPH_API_QUEUE'),
    apiStallMs: integer(env.DIPLOGRAPH_API_STALL_MS ?? 10_000, 'DIPLOGRAPH_API_STALL_MS'),
    apiNiceness: Math.min(19, integer(env.DIPLOGRAPH_API_NICE ?? 10, 'DIPLOGRAPH_API_NICE')),
    apiIn: workHost(env.DIPLOGRAPH_API_IN, 'DIPLOGRAPH_API_IN'),
    extractIn: workHost(env.DIPLOGRAPH_EXTRACT_IN, 'DIPLOGRAPH_EXTRACT_IN'),
    extractQueueLimit: Math.max(1, integer(env.DIPLOGRAPH_EXTRACT_QUEUE ?? 8, 'DIPLOGRAPH_EXTRACT_QUEUE')),
    extractNiceness: Math.min(19, integer(env.DIPLOGRAPH_EXTRACT_NICE ?? 10, 'DIPLOGRAPH_EXTRACT_NICE')),
    extractSessionNiceness: Math.min(
      19,
      integer(env.DIPLOGRAPH_EXTRACT_SESSION_NICE ?? 0, 'DIPLOGRAPH_EXTRACT_SESSION_NICE'),
    ),
  };
}

/** Where a server runs a kind of work: `process` (the default) or `thread`, from the variable `name`. */
function workHost(value: string | undefined, name: string): 'process' | 'thread' {
  if (value === undefined || value === '' || value === 'process') return 'process';
  if (value === 'thread') return 'thread';
  throw new AppError('CONFIG', `${name}: expected "process" or "thread", got "${value}"`);
}

/** Test settings: whether the Neo4j tier must run, and whether stores may be wiped. */
export function testConfig(env: Env = process.env): {
  requireNeo4j: boolean;
  neo4jUri: string | undefined;
  /** DIPLOGRAPH_REQUIRE_BROWSER=1 (CI): browser tests fail instead of skipping when Chromium is missing. */
  requireBrowser: boolean;
  /** DIPLOGRAPH_REQUIRE_PYTHON=1 (CI): notebook/networkx tests fail instead of skipping without .venv. */
  requirePython: boolean;
} {
  return {
    requireNeo4j: env.DIPLOGRAPH_REQUIRE_NEO4J === '1',
    neo4jUri: nonEmpty(env.NEO4J_URI),
    requireBrowser: env.DIPLOGRAPH_REQUIRE_BROWSER === '1',
    requirePython: env.DIPLOGRAPH_REQUIRE_PYTHON === '1',
  };
}

/** DIPLOGRAPH_DEBUG=1: the CLI prints stacks with its error messages. */
export function debugEnabled(env: Env = process.env): boolean {
  return env.DIPLOGRAPH_DEBUG === '1';
}

function nonEmpty(v: string | undefined): string | undefined {
  return v && v.trim() !== '' ? v.trim() : undefined;
}

function integer(v: string | number, name: string): number {
  const n = typeof v === 'number' ? v : Number(v);
  if (!Number.isInteger(n) || n < 0)
    throw new AppError('CONFIG', `${name}: expected a non-negative integer, got "${v}"`);
  return n;
}

/** 0 lets the OS choose (tests use it); anything past 65535 is caught here rather than by Node's internals. */
function tcpPort(v: string | number, name: string): number {
  const n = integer(v, name);
  if (n > 65_535) throw new AppError('CONFIG', `${name}: a TCP port is between 0 and 65535, got "${v}"`);
  return n;
}

function boolean(v: string, name: string): boolean {
  if (/^(1|true|yes|on)$/i.test(v)) return true;
  if (/^(0|false|no|off)$/i.test(v)) return false;
  throw new AppError('CONFIG', `${name}: expected true or false, got "${v}"`);
}
