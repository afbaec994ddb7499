// The embedded store's committed articles, watched from outside the process that writes them (the CLI tests that
// interrupt an ingest count what it committed).
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';

/** Counts the articles committed in the embedded store's file, read-only (WAL lets a reader watch the writer). */
export function watcher(file: string): { count: () => number; close: () => void } {
  let db: Database.Database | null = null;
  return {
    count() {
      try {
        db ??= existsSync(file) ? new Database(file, { readonly: true, fileMustExist: true }) : null;
        return db ? (db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n : 0;
      } catch {
        return 0; // the schema is being created
      }
    },
    close() {
      db?.close();
    },
  };
}
