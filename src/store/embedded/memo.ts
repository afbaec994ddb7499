// What one write transaction has read or written of the rows that many articles share (actors, series, places): each
// row read and parsed once per batch instead of once per article that names it. Lives no longer than its transaction,
// so no other writer can change a row behind it (SQLite's write lock is held throughout). Each article's changes are
// journaled: when its savepoint is rolled back, `rollback` forgets them too, so the memo never holds a rejected write.

/** A stored row with the merge state read from it (or the state that was written as it). */
export interface Known<Row, State> {
  row: Row;
  state: State;
}

type Entry = Known<unknown, unknown> | undefined;

export class BatchMemo {
  /** By table and id; an entry holding undefined means "known absent". */
  readonly #entries = new Map<string, Entry>();
  /** The article under way: each key it changed with the entry before (NOT_HELD when it had none). */
  #journal: Map<string, Entry | typeof NOT_HELD> | null = null;

  /** The row of `id`, read through `load` the first time this transaction asks. */
  get<Row, State>(table: string, id: string, load: (id: string) => Known<Row, State> | undefined) {
    const key = keyOf(table, id);
    if (this.#entries.has(key)) return this.#entries.get(key) as Known<Row, State> | undefined;
    const loaded = load(id);
    // A read changes nothing stored, but it must still be undone with the article: its savepoint may hold the write
    // that the read saw.
    this.#remember(key);
    this.#entries.set(key, loaded);
    return loaded;
  }

  /** The row as the current article has just written it. */
  set<Row, State>(table: string, id: string, known: Known<Row, State>): void {
    const key = keyOf(table, id);
    this.#remember(key);
    this.#entries.set(key, known);
  }

  /** Whether the row is known to be stored (a reference to it needs no lookup). */
  holds(table: string, id: string): boolean {
    return this.#entries.get(keyOf(table, id)) !== undefined;
  }

  /** An article begins: its changes are journaled until commit or rollback. */
  begin(): void {
    this.#journal = new Map();
  }

  commit(): void {
    this.#journal = null;
  }

  /** Puts back every entry as it was before the article began. */
  rollback(): void {
    for (const [key, before] of this.#journal ?? []) {
      if (before === NOT_HELD) this.#entries.delete(key);
      else this.#entries.set(key, before);
    }
    this.#journal = null;
  }

  #remember(key: string): void {
    const journal = this.#journal;
    if (journal === null || journal.has(key)) return;
    journal.set(key, this.#entries.has(key) ? this.#entries.get(key) : NOT_HELD);
  }
}

const NOT_HELD = Symbol('not held');

function keyOf(table: string, id: string): string {
  return `${table}\u0000${id}`;
}
