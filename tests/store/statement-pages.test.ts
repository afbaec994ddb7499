// A page of statements per key (an actor's `statements(first: n)`, a meeting's, an article's) on the embedded store:
// read off an ordered index, so a page costs its size however many statements the key has (issue 11: the cost of a
// fixed answer must not grow with the corpus). Checked three ways: the answers against a model sort of what was
// written (undated last, then date, then id); the query plan (the index gives the order, no sort of the key's whole
// list); and a store made before the ordered indexes, which opening upgrades in place.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleDelta, StatementFact } from '../../src/domain.js';
import { STATEMENT_INDEXES } from '../../src/store/embedded/sqlite.js';
import { pagedStatementsSql } from '../../src/store/embedded/store.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/port.js';
import { smallDelta } from '../fixtures/small.js';

const ARTICLES = 120;
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'diplograph-statement-pages-'));
afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

/** smallDelta with the statement varied: every 3rd by the state, every 5th undated, dates not in article order. */
function varied(i: number): ArticleDelta {
  const delta = smallDelta(i);
  delta.statements = delta.statements.map((s) => ({
    ...s,
    speakerId: i % 3 === 0 ? 'RUS' : s.speakerId,
    date: i % 5 === 0 ? null : `2023-02-${String(28 - (i % 27)).padStart(2, '0')}`,
  }));
  return delta;
}

const deltas = Array.from({ length: ARTICLES }, (_, i) => varied(i));
const written: StatementFact[] = deltas.flatMap((d) => d.statements);

/** The port's order, written out independently of SQL: dated first by date, undated last, ties by id. */
function modelOrder(a: StatementFact, b: StatementFact): number {
  if ((a.date === null) !== (b.date === null)) return a.date === null ? 1 : -1;
  if (a.date !== b.date) return (a.date ?? '') < (b.date ?? '') ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function modelPages(keyOf: (s: StatementFact) => string | null, keys: string[], limit: number | null): string[][] {
  return keys.map((k) =>
    written
      .filter((s) => keyOf(s) === k)
      .sort(modelOrder)
      .slice(0, limit ?? undefined)
      .map((s) => s.id),
  );
}

const ids = (pages: { id: string }[][]): string[][] => pages.map((p) => p.map((s) => s.id));
const LIMITS = [0, 1, 4, null] as const;

async function writtenStore(dir: string): Promise<Store> {
  const store = await openStore({ kind: 'embedded', dataDir: dir, neo4j: undefined }, { forTests: true });
  await store.writeArticles(deltas);
  return store;
}

/** Every read this file checks, answered as the model says, for each limit. */
async function expectModelAnswers(store: Store): Promise<void> {
  for (const limit of LIMITS) {
    const speakers = ['lav', 'RUS', 'nobody', 'lav'];
    expect(ids(await store.statementsByActors(speakers, limit))).toEqual(
      modelPages((s) => s.speakerId, speakers, limit),
    );
    const meetings = ['astana-1', 'astana-5', 'astana-99'];
    expect(ids(await store.statementsByMeetings(meetings, limit))).toEqual(
      modelPages((s) => s.meetingId, meetings, limit),
    );
    const articles = ['v-0', 'v-7', 'v-nope'];
    expect(ids(await store.statementsByArticles(articles, limit))).toEqual(
      modelPages((s) => s.id.split(':')[0] ?? null, articles, limit),
    );
  }
}

describe('statements paged per key (embedded)', () => {
  const dir = path.join(root, 'fresh');
  let store: Store;
  beforeAll(async () => {
    store = await writtenStore(dir);
  });
  afterAll(async () => {
    await store.close();
  });

  it('answers each key its first n statements in the port order, undated last, repeated keys alike', async () => {
    // The fixture really varies what the order depends on.
    expect(written.filter((s) => s.date === null).length).toBeGreaterThan(10);
    expect(new Set(written.map((s) => s.speakerId))).toEqual(new Set(['lav', 'RUS']));
    await expectModelAnswers(store);
  });

  it('reads a page off the ordered index: no sort of a key’s whole list', () => {
    const db = new Database(path.join(dir, 'diplograph.sqlite'), { readonly: true });
    try {
      for (const index of STATEMENT_INDEXES) {
        const plan = (
          db.prepare(`EXPLAIN QUERY PLAN ${pagedStatementsSql(index.column)}`).all({ ids: '[]', limit: 5 }) as {
            id: number;
            parent: number;
            detail: string;
          }[]
        ).map((r) => r.detail);
        expect(plan).toContain(`SEARCH t USING COVERING INDEX ${index.name} (${index.column}=?)`);
        // One sort only: of the page's rows at the end, merging the keys (a key's own list comes sorted).
        expect(plan.filter((d) => d.includes('TEMP B-TREE FOR ORDER BY'))).toHaveLength(1);
      }
    } finally {
      db.close();
    }
  });
});

describe('a store made before the ordered statement indexes', () => {
  const dir = path.join(root, 'older');

  it('is upgraded on open, in place, answering the same', async () => {
    await (await writtenStore(dir)).close();
    // Back to the indexes older builds made: one column each.
    const db = new Database(path.join(dir, 'diplograph.sqlite'));
    for (const index of STATEMENT_INDEXES) db.exec(`DROP INDEX ${index.name}`);
    for (const column of ['speaker', 'meeting', 'article'])
      db.exec(`CREATE INDEX statements_${column} ON statements(${column}_id)`);
    db.close();

    const store = await openStore({ kind: 'embedded', dataDir: dir, neo4j: undefined });
    try {
      await expectModelAnswers(store);
    } finally {
      await store.close();
    }
    const after = new Database(path.join(dir, 'diplograph.sqlite'), { readonly: true });
    const names = after
      .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'statements' AND sql IS NOT NULL")
      .pluck()
      .all();
    const version = after.pragma('user_version', { simple: true });
    after.close();
    expect([...names].sort()).toEqual(STATEMENT_INDEXES.map((i) => i.name).sort());
    // No new schema version: an older build still opens the store.
    expect(version).toBe(2);
  });
});
