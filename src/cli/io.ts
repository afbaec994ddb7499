// What every CLI command shares: its output streams, its exit codes, the store it opens (and always closes),
// and writing large outputs with backpressure so a 100 MB export never sits in memory.
import { storeConfig } from '../config.js';
import { AppError } from '../errors.js';
import { openStore, type OpenOptions } from '../store/open.js';
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
    // Errors while a command writes are reported by writeAll; this one only keeps late ones from crashing.
    process.stdout.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code !== 'EPIPE') process.exitCode = EXIT.FAILED;
    });
  }
  return { stdout: process.stdout, stderr: process.stderr };
}

/** 0 all handled, 1 some input rejected, 2 usage, 3 could not complete (store, internal), 130 interrupted (SIGINT/SIGTERM). */
export const EXIT = { OK: 0, REJECTED: 1, USAGE: 2, FAILED: 3, INTERRUPTED: 130 } as const;

export interface StoreFlags {
  data?: string | undefined;
  neo4j?: string | undefined;
}

/** Opens the store the flags and environment name, runs `fn`, and closes the store whatever happens. */
export async function withStore<T>(
  flags: StoreFlags,
  fn: (store: Store) => Promise<T>,
  options: OpenOptions = {},
): Promise<T> {
  const store = await openStore(storeConfig({ data: flags.data, neo4j: flags.neo4j }), options);
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
 * Writes the chunks in ~64 KB batches, waiting for 'drain' when the reader is slow, and for the last write to land.
 * Fails with INTERNAL when the output cannot be written (a full disk); a reader that went away (EPIPE, `| head`) is
 * no failure: the writing just stops.
 */
export async function writeAll(out: NodeJS.WritableStream, chunks: Iterable<string>): Promise<void> {
  // An object, not a `let`: the error arrives in a listener, which control-flow analysis cannot see.
  const state: { error: NodeJS.ErrnoException | null } = { error: null };
  const onError = (e: NodeJS.ErrnoException): void => {
    state.error ??= e;
  };
  out.on('error', onError);
  const flush = (s: string): Promise<void> =>
    new Promise<void>((resolve) => {
      // The callback runs once the chunk is handed to the OS (or failed): at most one chunk is in flight.
      out.write(s, () => {
        resolve();
      });
    });
  try {
    let buffer = '';
    for (const c of chunks) {
      if (state.error) break;
      buffer += c;
      if (buffer.length >= CHUNK) {
        await flush(buffer);
        buffer = '';
      }
    }
    if (buffer !== '' && !state.error) await flush(buffer);
  } finally {
    out.off('error', onError);
  }
  if (state.error && state.error.code !== 'EPIPE') {
    throw new AppError('INTERNAL', `cannot write the output: ${state.error.message}`, { cause: state.error });
  }
}
