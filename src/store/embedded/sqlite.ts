// The embedded store's SQLite file: opening with durable settings, the schema, and translation of SQLite errors.
// Records live in plain columns (lists as JSON); evidence and folded name keys in their own tables.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ACTOR_KINDS, MEETING_STATUSES, PARTICIPATION_ROLES, STATEMENT_KINDS } from '../../domain.js';
import { AppError } from '../../errors.js';

export type Db = Database.Database;

export const SQLITE_FILE = 'diplograph.sqlite';
const SCHEMA_VERSION = 2;

const oneOf = (column: string, values: readonly string[]): string =>
  `CHECK (${column} IN (${values.map((v) => `'${v}'`).join(', ')}))`;
// ISO calendar dates only: they are compared as text, so "2023-6-1" would sort and filter wrongly.
const isoDate = (column: string): string =>
  `${column} TEXT CHECK (${column} IS NULL OR ${column} GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')`;
// Deferred so that a delta may mention an id before the fact that defines it; checked at COMMIT.
const ref = (table: string): string => `REFERENCES ${table}(id) DEFERRABLE INITIALLY DEFERRED`;
// A span of the article's title (its headline) rather than of its text: its offsets are in the title. The key stays
// (owner, article, offsets): a title span and a text span with the same offsets hold the same words or the title
// would open the text (then it is not read apart), so keeping the first of them loses nothing.
const IN_TITLE = `in_title INTEGER NOT NULL DEFAULT 0 CHECK (in_title IN (0, 1))`;
const evidenceTable = (name: string, owner: string, ownerTable: string): string => `
CREATE TABLE ${name} (
  ${owner} TEXT NOT NULL ${ref(ownerTable)},
  article_id TEXT NOT NULL ${ref('articles')},
  span_start INTEGER NOT NULL CHECK (typeof(span_start) = 'integer' AND span_start >= 0),
  span_end INTEGER NOT NULL CHECK (typeof(span_end) = 'integer' AND span_end >= span_start),
  text TEXT NOT NULL,
  ${IN_TITLE},
  PRIMARY KEY (${owner}, article_id, span_start, span_end)
) WITHOUT ROWID;
CREATE INDEX ${name}_article ON ${name}(article_id);`;

// What each article said about each meeting (src/store/claims.ts): the meetings row is derived from these.
const MEETING_CLAIMS = `
CREATE TABLE meeting_claims (
  meeting_id TEXT NOT NULL ${ref('meetings')},
  article_id TEXT NOT NULL ${ref('articles')},
  name TEXT NOT NULL,
  series_id TEXT,
  round INTEGER,
  status TEXT NOT NULL ${oneOf('status', MEETING_STATUSES)},
  ${isoDate('start_date')},
  ${isoDate('end_date')},
  ${isoDate('window_start')},
  ${isoDate('window_end')},
  place_id TEXT,
  PRIMARY KEY (meeting_id, article_id)
) WITHOUT ROWID;
CREATE INDEX meeting_claims_article ON meeting_claims(article_id);`;

/**
 * Version 1 kept no claims, only each meeting's merged fields: every article with evidence for a meeting is taken
 * to have claimed those fields, so re-deriving gives back exactly what was stored.
 */
const MIGRATE_1_TO_2 = `${MEETING_CLAIMS}
INSERT INTO meeting_claims
  SELECT DISTINCT m.id, e.article_id, m.name, m.series_id, m.round, m.status, m.start_date, m.end_date,
    m.window_start, m.window_end, m.place_id
  FROM meetings m JOIN meeting_evidence e ON e.meeting_id = m.id;`;

/**
 * Each key's statements in the port's order (date, undated last, then id), read straight off an index: a page of
 * `first: n` per speaker reads n rows however many the speaker has (three synthetic speakers hold ~3,300 each in a
 * 10k-article graph, and a window over all of them cost ~17 ms of the event loop per nested query).
 */
export const STATEMENT_INDEXES = (['speaker_id', 'meeting_id', 'article_id'] as const).map((column) => ({
  name: `statements_${column.replace(/_id$/, '')}_order`,
  column,
  columns: `${column}, date IS NULL, date, id`,
}));
/** The one-column indexes the ordered ones replace (stores made before them). */
const SUPERSEDED_INDEXES = ['statements_speaker', 'statements_meeting', 'statements_article'];

const SCHEMA = `
CREATE TABLE articles (
  id TEXT PRIMARY KEY,
  url TEXT UNIQUE,
  title TEXT,
  source TEXT,
  ${isoDate('published_at')} NOT NULL,
  language TEXT NOT NULL,
  text TEXT NOT NULL,
  content_hash TEXT NOT NULL UNIQUE
);
CREATE TABLE actors (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL ${oneOf('kind', ACTOR_KINDS)},
  name TEXT NOT NULL,
  name_lang TEXT,
  names TEXT NOT NULL,
  aliases TEXT NOT NULL,
  iso3 TEXT,
  title TEXT,
  title_date TEXT,
  affiliation_id TEXT ${ref('actors')}
);
CREATE TABLE actor_keys (
  key TEXT NOT NULL,
  actor_id TEXT NOT NULL ${ref('actors')},
  PRIMARY KEY (key, actor_id)
) WITHOUT ROWID;
CREATE INDEX actor_keys_actor ON actor_keys(actor_id);
CREATE TABLE series (id TEXT PRIMARY KEY, name TEXT NOT NULL, aliases TEXT NOT NULL);
CREATE TABLE series_keys (
  key TEXT NOT NULL,
  series_id TEXT NOT NULL ${ref('series')},
  PRIMARY KEY (key, series_id)
) WITHOUT ROWID;
CREATE INDEX series_keys_series ON series_keys(series_id);
CREATE TABLE places (id TEXT PRIMARY KEY, name TEXT NOT NULL, names TEXT NOT NULL, country_id TEXT ${ref('actors')});
CREATE TABLE meetings (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  series_id TEXT ${ref('series')},
  round INTEGER CHECK (round IS NULL OR typeof(round) = 'integer'),
  status TEXT NOT NULL ${oneOf('status', MEETING_STATUSES)},
  ${isoDate('start_date')},
  ${isoDate('end_date')},
  ${isoDate('window_start')},
  ${isoDate('window_end')},
  place_id TEXT ${ref('places')}
);
CREATE INDEX meetings_series ON meetings(series_id);
CREATE TABLE participations (
  id TEXT PRIMARY KEY,
  meeting_id TEXT NOT NULL ${ref('meetings')},
  actor_id TEXT NOT NULL ${ref('actors')},
  role TEXT NOT NULL ${oneOf('role', PARTICIPATION_ROLES)},
  representing_id TEXT ${ref('actors')}
);
CREATE INDEX participations_meeting ON participations(meeting_id);
CREATE INDEX participations_actor ON participations(actor_id);
CREATE TABLE statements (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  speaker_id TEXT NOT NULL ${ref('actors')},
  kind TEXT NOT NULL ${oneOf('kind', STATEMENT_KINDS)},
  text TEXT NOT NULL,
  ${isoDate('date')},
  meeting_id TEXT ${ref('meetings')},
  language TEXT NOT NULL,
  article_id TEXT NOT NULL ${ref('articles')}
);
${STATEMENT_INDEXES.map((i) => `CREATE INDEX ${i.name} ON statements(${i.columns});`).join('\n')}
-- Holds the folded, stemmed text of each statement (src/store/search.ts); rowid = statements.seq.
CREATE VIRTUAL TABLE statements_fts USING fts5(body, tokenize = 'unicode61 remove_diacritics 0');
${evidenceTable('meeting_evidence', 'meeting_id', 'meetings')}
${evidenceTable('participation_evidence', 'participation_id', 'participations')}
${evidenceTable('statement_evidence', 'statement_id', 'statements')}
${MEETING_CLAIMS}
`;

/** Tables in an order that deletes children before parents. */
export const TABLES = [
  'statements_fts',
  'meeting_claims',
  'statement_evidence',
  'participation_evidence',
  'meeting_evidence',
  'statements',
  'participations',
  'meetings',
  'places',
  'series_keys',
  'series',
  'actor_keys',
  'actors',
  'articles',
] as const;

/** Opens (creating when absent) `<dataDir>/diplograph.sqlite`: WAL journal, FULL sync, foreign keys on. */
export function openDatabase(dataDir: string): Db {
  try {
    fs.mkdirSync(dataDir, { recursive: true });
    const db = new Database(path.join(dataDir, SQLITE_FILE));
    try {
      whileBusy(() => {
        configure(db);
        migrate(db);
        ensureTitleSpans(db);
        ensureReadIndexes(db);
      });
    } catch (e) {
      db.close();
      throw e;
    }
    return db;
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError('STORE_UNAVAILABLE', `cannot open the embedded store in ${dataDir}: ${message(e)}`, {
      cause: e,
    });
  }
}

function configure(db: Db): void {
  // First: two processes opening a fresh file at once wait for each other's WAL switch and schema, not fail.
  // 30 s: eight ingesters each committing a 40-article batch on a loaded 2-core machine waited past 5 s (2 of 8
  // failed with "database is locked" at load average 27); a writer waiting its turn is better than a failed run.
  db.pragma('busy_timeout = 30000');
  // FULL sync: a writeArticle that returned survives a power cut, not only a process crash.
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
}

/** How long opening keeps retrying a fresh store that other processes are setting up at the same moment. */
const OPEN_RETRY_MS = 30_000;

/**
 * Runs `step` again while SQLite answers SQLITE_BUSY. The switch to WAL takes an exclusive lock and SQLite does not
 * call the busy handler for it, so eight processes creating one store at once can see "database is locked" even
 * with a busy timeout; every step is idempotent, so trying again after a short pause is safe.
 */
function whileBusy(step: () => void): void {
  const deadline = Date.now() + OPEN_RETRY_MS;
  for (let attempt = 1; ; attempt++) {
    try {
      step();
      return;
    } catch (e) {
      const code = typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : '';
      if (!code.startsWith('SQLITE_BUSY') || Date.now() > deadline) throw e;
      sleepSync(Math.min(10 * attempt, 200));
    }
  }
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function migrate(db: Db): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version === SCHEMA_VERSION) return;
  if (version === 1) {
    db.transaction(() => {
      if ((db.pragma('user_version', { simple: true }) as number) !== 1) return;
      db.exec(MIGRATE_1_TO_2);
      db.pragma(`user_version = ${SCHEMA_VERSION}`);
    }).immediate();
    return;
  }
  if (version !== 0) {
    throw new AppError(
      'CONFIG',
      `embedded store schema version ${version} is not ${SCHEMA_VERSION}: use a fresh data folder`,
    );
  }
  // IMMEDIATE takes the write lock before reading the version again: of two processes creating the schema at once,
  // the second waits (busy_timeout), then finds it made.
  db.transaction(() => {
    if ((db.pragma('user_version', { simple: true }) as number) === SCHEMA_VERSION) return;
    db.exec(SCHEMA);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  }).immediate();
}

const EVIDENCE_TABLES = ['meeting_evidence', 'participation_evidence', 'statement_evidence'] as const;

/**
 * Stores made before title spans have no in_title column: it is added on open (every span they hold is in the text),
 * without a schema version, so an older build still opens the store; its writes take the column's default.
 */
function ensureTitleSpans(db: Db): void {
  const missing = (): string[] =>
    EVIDENCE_TABLES.filter(
      (t) => !(db.pragma(`table_info(${t})`) as { name: string }[]).some((c) => c.name === 'in_title'),
    );
  if (!missing().length) return;
  // IMMEDIATE, then asked again: of two processes opening an older store at once, the second finds the column made.
  db.transaction(() => {
    for (const t of missing()) db.exec(`ALTER TABLE ${t} ADD COLUMN ${IN_TITLE}`);
  }).immediate();
}

/**
 * Indexes that only make reads cheaper, created on open when missing (stores made before them), without a schema
 * version: an older build opens the store all the same, and SQLite keeps every index up to date whoever writes.
 */
function ensureReadIndexes(db: Db): void {
  const present = (): Set<string> =>
    new Set(
      (db.prepare("SELECT name FROM sqlite_master WHERE type = 'index'").pluck().all() as string[]).filter(Boolean),
    );
  const upToDate = (names: Set<string>): boolean =>
    STATEMENT_INDEXES.every((i) => names.has(i.name)) && SUPERSEDED_INDEXES.every((n) => !names.has(n));
  if (upToDate(present())) return;
  // IMMEDIATE: of two processes opening the same old store at once, the second waits, then finds the work done.
  db.transaction(() => {
    const names = present();
    for (const i of STATEMENT_INDEXES) {
      if (!names.has(i.name)) db.exec(`CREATE INDEX ${i.name} ON statements(${i.columns})`);
    }
    for (const n of SUPERSEDED_INDEXES) if (names.has(n)) db.exec(`DROP INDEX ${n}`);
  }).immediate();
}

/** Translates a SQLite error into the project's error: bad data is the caller's, locks are retriable. */
export function translate(e: unknown, doing: string): AppError {
  if (e instanceof AppError) return e;
  const code = typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : '';
  if (code.startsWith('SQLITE_CONSTRAINT'))
    return new AppError('BAD_USER_INPUT', `${doing}: ${message(e)}`, { cause: e });
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new AppError('STORE_CONFLICT', `${doing}: the store is busy (${message(e)})`, { cause: e });
  }
  if (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_IOERR') || code === 'SQLITE_FULL') {
    return new AppError('STORE_UNAVAILABLE', `${doing}: ${message(e)}`, { cause: e });
  }
  return new AppError('STORE_FAILURE', `${doing}: ${message(e)}`, { cause: e });
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

const prepared = new WeakMap<Db, Map<string, Database.Statement>>();

/** A prepared statement, compiled once per connection: writes prepare the same few texts thousands of times. */
export function sql(db: Db, text: string): Database.Statement {
  let cache = prepared.get(db);
  if (!cache) {
    cache = new Map();
    prepared.set(db, cache);
  }
  let statement = cache.get(text);
  if (!statement) {
    statement = db.prepare(text);
    cache.set(text, statement);
  }
  return statement;
}
