// The embedded store's schema migration: version 1 (meetings merged as they arrived, no claims) to version 2
// (meeting_claims, from which each meeting is derived; src/store/claims.ts). Version 1 is version 2 without the
// meeting_claims table, so the test makes a v1 file from a v2 one by dropping it and setting user_version = 1,
// with the meeting fields a first-writer-wins merge would have kept.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { TABLES } from '../../src/store/embedded/sqlite.js';
import { openStore } from '../../src/store/open.js';
import { arabicRound20, englishRound20, englishRound20Rival, must } from '../fixtures/deltas.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'diplograph-migrate-'));
afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

const open = (dir: string) => openStore({ kind: 'embedded', dataDir: dir, neo4j: undefined });
const fileOf = (dir: string): string => path.join(dir, 'diplograph.sqlite');

function withDb<T>(dir: string, use: (db: Database.Database) => T): T {
  const db = new Database(fileOf(dir));
  try {
    return use(db);
  } finally {
    db.close();
  }
}

/** Every row of every table a v1 store has, as sorted text: what the migration must keep as it was. */
function v1Rows(db: Database.Database): string {
  return TABLES.filter((t) => t !== 'meeting_claims')
    .map((t) => {
      // The full-text table's rowid ties each entry to its statement; the other tables carry their keys as columns.
      const rows = db.prepare(`SELECT ${t === 'statements_fts' ? 'rowid, body' : '*'} FROM ${t}`).all();
      return `${t}: ${rows
        .map((r) => JSON.stringify(r))
        .sort()
        .join('\n')}`;
    })
    .join('\n');
}

/** A v1 store: the rival report came first, so a first-writer-wins merge kept its October dates and name. */
async function makeV1Store(dir: string): Promise<void> {
  const store = await open(dir);
  await store.writeArticles([englishRound20Rival(), arabicRound20()]);
  await store.close();
  withDb(dir, (db) => {
    db.exec('DROP TABLE meeting_claims');
    db.prepare(
      `UPDATE meetings SET name = 'Astana process, round 20', start_date = '2022-10-16', end_date = '2022-10-17'
       WHERE id = 'astana-20'`,
    ).run();
    db.pragma('user_version = 1');
  });
}

interface ClaimRow {
  meeting_id: string;
  article_id: string;
  name: string;
  start_date: string | null;
  end_date: string | null;
  window_start: string | null;
  window_end: string | null;
}

describe('embedded schema migration v1 → v2', () => {
  it('keeps every row of a v1 store and derives one claim per meeting and article from its evidence', async () => {
    const dir = path.join(root, 'v1');
    await makeV1Store(dir);
    const before = withDb(dir, (db) => {
      expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'meeting_claims'").pluck().get()).toBe(0);
      return v1Rows(db);
    });

    const store = await open(dir);
    const [meeting] = await store.getMeetings(['astana-20']);
    await store.close();
    expect(must(meeting)).toMatchObject({ startDate: '2022-10-16', endDate: '2022-10-17' });

    withDb(dir, (db) => {
      expect(db.pragma('user_version', { simple: true })).toBe(2);
      expect(v1Rows(db)).toBe(before);
      const claims = db
        .prepare('SELECT * FROM meeting_claims ORDER BY meeting_id, article_id')
        .all() as unknown as ClaimRow[];
      const round21Name = must(arabicRound20().meetings.find((m) => m.id === 'astana-21')).name;
      // Each article with evidence for a meeting claims the fields v1 stored for it.
      expect(claims.map((c) => [c.meeting_id, c.article_id, c.name, c.start_date, c.end_date])).toEqual([
        ['astana-20', 'ar-20', 'Astana process, round 20', '2022-10-16', '2022-10-17'],
        ['astana-20', 'en-20-rival', 'Astana process, round 20', '2022-10-16', '2022-10-17'],
        ['astana-21', 'ar-20', round21Name, null, null],
      ]);
      expect(claims.find((c) => c.meeting_id === 'astana-21')).toMatchObject({
        window_start: '2023-07-01',
        window_end: '2023-12-31',
      });
    });
  });

  it('derives later writes from the migrated claims too', async () => {
    const dir = path.join(root, 'v1-then-write');
    await makeV1Store(dir);
    const store = await open(dir);
    try {
      // en-20 gives only the end date of 21 June: one claim against the two migrated October claims. Without the
      // migrated claims it would be alone and its date would win.
      expect((await store.writeArticle(englishRound20())).status).toBe('written');
      const [meeting] = await store.getMeetings(['astana-20']);
      expect([must(meeting).startDate, must(meeting).endDate]).toEqual(['2022-10-16', '2022-10-17']);
      const claims = withDb(dir, (db) =>
        db.prepare("SELECT article_id FROM meeting_claims WHERE meeting_id = 'astana-20' ORDER BY 1").pluck().all(),
      );
      expect(claims).toEqual(['ar-20', 'en-20', 'en-20-rival']);
    } finally {
      await store.close();
    }
  });

  it('opens a migrated store again without migrating twice', async () => {
    const dir = path.join(root, 'twice');
    await makeV1Store(dir);
    await (await open(dir)).close();
    const once = withDb(
      dir,
      (db) => `${v1Rows(db)}\n${JSON.stringify(db.prepare('SELECT * FROM meeting_claims').all())}`,
    );
    await (await open(dir)).close();
    const twice = withDb(
      dir,
      (db) => `${v1Rows(db)}\n${JSON.stringify(db.prepare('SELECT * FROM meeting_claims').all())}`,
    );
    expect(twice).toBe(once);
  });

  it('refuses a store of a newer schema by a clear error and leaves it as it was', async () => {
    const dir = path.join(root, 'newer');
    const store = await open(dir);
    await store.writeArticle(arabicRound20());
    await store.close();
    const before = withDb(dir, (db) => {
      db.pragma('user_version = 3');
      return v1Rows(db);
    });
    const refused: unknown = await open(dir).then(
      () => null,
      (e: unknown) => e,
    );
    expect(refused).toMatchObject({ code: 'CONFIG' });
    expect(String(refused)).toMatch(/schema version 3 is not 2: use a fresh data folder/);
    withDb(dir, (db) => {
      expect(db.pragma('user_version', { simple: true })).toBe(3);
      expect(v1Rows(db)).toBe(before);
    });
  });
});

describe('a store made before title spans', () => {
  it('gets the in_title column on open, keeps its schema version and reads its spans as spans of the text', async () => {
    const dir = path.join(root, 'before-title-spans');
    const store = await open(dir);
    await store.writeArticle(arabicRound20());
    const before = await store.dump();
    await store.close();
    const tables = ['meeting_evidence', 'participation_evidence', 'statement_evidence'];
    const columns = (db: Database.Database, t: string): string[] =>
      (db.pragma(`table_info(${t})`) as { name: string }[]).map((c) => c.name);
    withDb(dir, (db) => {
      for (const t of tables) db.exec(`ALTER TABLE ${t} DROP COLUMN in_title`);
      for (const t of tables) expect(columns(db, t)).not.toContain('in_title');
    });

    const reopened = await open(dir);
    const after = await reopened.dump();
    await reopened.close();
    expect(after).toEqual(before);
    expect(after.meetings.flatMap((m) => m.evidence).some((e) => e.inTitle)).toBe(false);
    withDb(dir, (db) => {
      for (const t of tables) expect(columns(db, t)).toContain('in_title');
      expect(db.pragma('user_version', { simple: true })).toBe(2);
    });
  });
});
