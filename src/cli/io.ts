// What every CLI command shares: its output streams, its exit codes, the store it opens (and always closes),
// and writing large outputs with backpressure so a 100 MB export never sits in memory.
import { storeConfig } from '../config.js';
import { openStore } from '../store/open.js';
import type { Store } from '../store/port.js';

export interface OutStream extends NodeJS.WritableStream {
  isTTY?: boolean;
}

/** Streams are injectable so the commands run in process in tests; the binary uses the process's own. */
export interface Io {
  stdout: OutStream;
  stderr: OutStream;
}

export function processIo(): Io {
  // A reader that goes away (`| head`) is not an error of ours: without a listener, EPIPE would crash the process.
  if (process.stdout.listenerCount('error') === 0) {
    process.stdout.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code !== 'EPIPE') throw e;
    });
  }
  return { stdout: process.stdout, stderr: process.stderr };
}

/** 0 all handled, 1 some input rejected, 2 usage, 3 could not complete (store, internal), 130 interrupted. */
export const EXIT = { OK: 0, REJECTED: 1, USAGE: 2, FAILED: 3, INTERRUPTED: 130 } as const;

export interface StoreFlags {
  data?: string | undefined;
  neo4j?: string | undefined;
}

/** Opens the store the flags and environment name, runs `fn`, and closes the store whatever happens. */
export async function withStore<T>(flags: StoreFlags, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(storeConfig({ data: flags.data, neo4j: flags.neo4j }));
  let failed = true;
  try {
    const result = await fn(store);
    failed = false;
    return result;
  } finally {
    // A close error after a failure would hide the failure: report the first one.
    if (failed) await store.close().catch(() => undefined);
    else await store.close();
  }
}

const CHUNK = 64 * 1024;

/**
 * Writes the chunks in ~64 KB batches, waiting for 'drain' when the reader is slow. Returns false when the reader
 * went away (EPIPE, e.g. `| head`): the caller stops quietly instead of crashing.
 */
export async function writeAll(out: NodeJS.WritableStream, chunks: Iterable<string>): Promise<boolean> {
  // An object, not a `let`: the flag flips inside a listener, which control-flow analysis cannot see.
  const state = { broken: false };
  const onError = (): void => {
    state.broken = true;
  };
  out.on('error', onError);
  const flush = async (s: string): Promise<void> => {
    if (out.write(s)) return;
    await new Promise<void>((resolve) => {
      const done = (): void => {
        out.off('drain', done);
        out.off('error', done);
        resolve();
      };
      out.on('drain', done);
      out.on('error', done);
    });
  };
  try {
    let buffer = '';
    for (const c of chunks) {
      if (state.broken) return false;
      buffer += c;
      if (buffer.length >= CHUNK) {
        await flush(buffer);
        buffer = '';
      }
    }
    if (buffer !== '' && !state.broken) await flush(buffer);
    return !state.broken;
  } finally {
    out.off('error', onError);
  }
}
