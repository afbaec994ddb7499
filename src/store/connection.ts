// What both adapters keep the same around their connection (a SQLite database, a Neo4j driver): it is opened once,
// any use after close() is STORE_UNAVAILABLE, and clear() is refused unless the store was opened for tests.
import { AppError } from '../errors.js';
import type { OpenOptions } from './open.js';

export class Connection<T> {
  #handle: T | null;
  /** Opened with OpenOptions.forTests: clear() may wipe it. */
  readonly forTests: boolean;

  constructor(
    handle: T,
    options: OpenOptions,
    private readonly storeName: string,
  ) {
    this.#handle = handle;
    this.forTests = options.forTests === true;
  }

  /** The open handle; after close(), STORE_UNAVAILABLE. */
  get open(): T {
    if (this.#handle === null) throw new AppError('STORE_UNAVAILABLE', `the ${this.storeName} store is closed`);
    return this.#handle;
  }

  /** Takes the handle for closing it, once: null when it was already taken. */
  release(): T | null {
    const handle = this.#handle;
    this.#handle = null;
    return handle;
  }

  /** clear() wipes the store: the refusal when this store was not opened for tests, else null. */
  clearRefusal(): AppError | null {
    return this.forTests
      ? null
      : new AppError('FORBIDDEN', 'clear() wipes the store: only a store opened for tests may');
  }
}
