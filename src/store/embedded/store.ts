// The embedded Store adapter on SQLite (better-sqlite3): the default store and the tests' double for Neo4j.
// Synchronous underneath; every read answers in the port's deterministic order. Writes live in write.ts.
import { existsSync } from 'node:fs';
import type {
  ActorRecord,
  ArticleDelta,
  Evidence,
  ArticleRecord,
  MeetingRecord,
  ParticipationRecord,
  PlaceRecord,
  SeriesRecord,
  StatementRecord,
} from '../../domain.js';
import { Connection } from '../connection.js';
import type { OpenOptions } from '../open.js';
import type { SearchFolding } from '../search.js';
import { seedSearchFolding } from '../seed-search.js';
import { findPerKey, groupPerKey } from '../batch.js';
import { includeOf, treeFromMeetingsWith } from '../tree.js';
import type {
  ActorFilter,
  GraphCounts,
  GraphDump,
  ListWindow,
  MeetingFilter,
  ParticipationFilter,
  StatementFilter,
  BatchOutcome,
  CountKind,
  EvidenceOwner,
  MeetingsInclude,
  MeetingsWith,
  MeetingNode,
  MeetingTreeShape,
  PerKeyLimit,
  Store,
  WriteOutcome,
} from '../port.js';
import type { ActorRow, ArticleRow, MeetingRow, ParticipationRow, PlaceRow, SeriesRow, StatementRow } from './rows.js';
import {
  evidenceOf,
  IDS,
  MEETING_ORDER,
  STATEMENT_ORDER,
  toActor,
  toArticle,
  toDumpArticle,
  toMeeting,
  toParticipation,
  toPlace,
  toSeries,
  toStatement,
  withEvidence,
} from './rows.js';
import { filterActors, filterMeetings, filterStatements, limitOf, resolveActorIn, resolveSeriesIn } from './filters.js';
import type { Db } from './sqlite.js';
import { openDatabase, sql, TABLES, translate } from './sqlite.js';
import { findDuplicateIn, writeDelta, writeDeltas } from './write.js';
import { ThreadCalls } from '../../threads.js';

/**
 * An article's columns as the API reads them: never its text (up to 200,000 characters each), which a listing would
 * otherwise copy for every article in the store on each request, on the event loop.
 */
const ARTICLE_COLUMNS = (table: string): string =>
  ['id', 'url', 'title', 'source', 'published_at', 'language'].map((c) => `${table}.${c}`).join(', ');

const WRITER_FILE = new URL('./write-worker.js', import.meta.url);
/** Built code has the writer thread; code run from source (tests) writes on its own thread. */
const HAS_WRITER = existsSync(WRITER_FILE);

export class EmbeddedStore implements Store {
  readonly kind = 'embedded' as const;
  readonly #db: Connection<Db>;
  /** With OpenOptions.writeInThread (and a build): writeArticle runs there, on a connection of its own. */
  readonly #writer: ThreadCalls<ArticleDelta, WriteOutcome> | null;

  /** How statements are folded for search: the knowledge's lexicon rows (OpenOptions.search, else the seed's). */
  readonly #search: SearchFolding;

  private constructor(
    db: Connection<Db>,
    writer: ThreadCalls<ArticleDelta, WriteOutcome> | null,
    search: SearchFolding,
  ) {
    this.#db = db;
    this.#writer = writer;
    this.#search = search;
  }

  /** Opens `<dataDir>/diplograph.sqlite`, creating the folder and the schema on first use. */
  static open(dataDir: string, options: OpenOptions = {}): EmbeddedStore {
    const db = new Connection(openDatabase(dataDir), options, 'embedded');
    const search = options.search ?? seedSearchFolding();
    const writer =
      options.writeInThread === true && HAS_WRITER
        ? new ThreadCalls<ArticleDelta, WriteOutcome>(WRITER_FILE, 'embedded store writer', {
            dataDir,
            search: search.rows,
          })
        : null;
    return new EmbeddedStore(db, writer, search);
  }

  get #open(): Db {
    return this.#db.open;
  }

  /** Runs a read, translating SQLite errors; async only to honour the port. */
  #read<T>(doing: string, fn: (db: Db) => T): Promise<T> {
    try {
      return Promise.resolve(fn(this.#open));
    } catch (e) {
      return Promise.reject(translate(e, doing));
    }
  }

  writeArticle(delta: ArticleDelta): Promise<WriteOutcome> {
    try {
      const db = this.#open; // a closed store refuses here, whichever thread would write
      if (this.#writer !== null) return this.#writer.call(delta);
      return Promise.resolve(writeDelta(db, delta, this.#search));
    } catch (e) {
      return Promise.reject(translate(e, `writing article ${delta.article.id}`));
    }
  }

  writeArticles(deltas: readonly ArticleDelta[]): Promise<BatchOutcome[]> {
    try {
      return Promise.resolve(writeDeltas(this.#open, deltas, this.#search));
    } catch (e) {
      return Promise.reject(translate(e, `writing ${deltas.length} articles`));
    }
  }

  findDuplicate(article: { id: string; url: string | null; contentHash: string }): Promise<string | null> {
    return this.#read('finding a duplicate', (db) => findDuplicateIn(db, article));
  }

  // ---- series ----

  listSeries(): Promise<SeriesRecord[]> {
    return this.#read('listing series', (db) =>
      (sql(db, 'SELECT * FROM series ORDER BY id').all() as SeriesRow[]).map(toSeries),
    );
  }

  resolveSeries(idOrAlias: string): Promise<string | null> {
    return this.#read('resolving a series', (db) => resolveSeriesIn(db, idOrAlias));
  }

  getSeries(ids: readonly string[]): Promise<(SeriesRecord | null)[]> {
    return this.#read('reading series', (db) => {
      const rows = sql(db, `SELECT * FROM series WHERE id IN ${IDS}`).all(JSON.stringify(ids)) as SeriesRow[];
      return findPerKey(ids, rows.map(toSeries), (s) => s.id);
    });
  }

  // ---- meetings ----

  listMeetings(filter: MeetingFilter): Promise<MeetingRecord[]> {
    return this.#read('listing meetings', (db) => filterMeetings(db, filter));
  }

  async listMeetingsWith(filter: MeetingFilter, include: MeetingsInclude): Promise<MeetingsWith> {
    // SQLite is in process: the separate reads are the cheapest way, and one event-loop turn all the same.
    const meetings = await this.listMeetings(filter);
    const ids = meetings.map((m) => m.id);
    const participations = include.participants ? await this.participationsByMeetings(ids) : null;
    const actorIds = [...new Set((participations ?? []).flat().map((p) => p.actorId))];
    const actors = include.actors ? present(await this.getActors(actorIds)) : [];
    const limit = include.actorStatements?.limit;
    const actorStatements =
      include.actorStatements && include.actors
        ? await this.statementsByActors(
            actors.map((a) => a.id),
            limit,
          )
        : null;
    return { meetings, participations, actors, actorStatements };
  }

  async meetingTree(filter: MeetingFilter, shape: MeetingTreeShape): Promise<MeetingNode[]> {
    return treeFromMeetingsWith(await this.listMeetingsWith(filter, includeOf(shape)), shape);
  }

  getMeetings(ids: readonly string[]): Promise<(MeetingRecord | null)[]> {
    return this.#read('reading meetings', (db) => {
      const rows = sql(db, `SELECT m.* FROM meetings m WHERE m.id IN ${IDS}`).all(JSON.stringify(ids)) as MeetingRow[];
      return findPerKey(ids, rows.map(toMeeting), (m) => m.id);
    });
  }

  meetingsBySeries(seriesIds: readonly string[]): Promise<MeetingRecord[][]> {
    return this.#read('reading meetings of series', (db) => {
      const rows = sql(db, `SELECT m.* FROM meetings m WHERE m.series_id IN ${IDS} ORDER BY ${MEETING_ORDER}`).all(
        JSON.stringify(seriesIds),
      ) as MeetingRow[];
      return groupPerKey(seriesIds, rows.map(toMeeting), (m) => m.seriesId ?? '');
    });
  }

  // ---- actors and places ----

  getActors(ids: readonly string[]): Promise<(ActorRecord | null)[]> {
    return this.#read('reading actors', (db) => {
      const rows = sql(db, `SELECT * FROM actors WHERE id IN ${IDS}`).all(JSON.stringify(ids)) as ActorRow[];
      return findPerKey(ids, rows.map(toActor), (a) => a.id);
    });
  }

  resolveActor(idOrName: string): Promise<string[]> {
    return this.#read('resolving an actor', (db) => resolveActorIn(db, idOrName));
  }

  listActors(filter: ActorFilter): Promise<ActorRecord[]> {
    return this.#read('listing actors', (db) => filterActors(db, filter));
  }

  getPlaces(ids: readonly string[]): Promise<(PlaceRecord | null)[]> {
    return this.#read('reading places', (db) => {
      const rows = sql(db, `SELECT * FROM places WHERE id IN ${IDS}`).all(JSON.stringify(ids)) as PlaceRow[];
      return findPerKey(ids, rows.map(toPlace), (p) => p.id);
    });
  }

  // ---- participations ----

  participationsByMeetings(
    meetingIds: readonly string[],
    filter: ParticipationFilter = {},
  ): Promise<ParticipationRecord[][]> {
    return this.#read('reading participations of meetings', (db) => {
      const rows = sql(
        db,
        `SELECT p.* FROM participations p JOIN actors a ON a.id = p.actor_id
         WHERE p.meeting_id IN (SELECT value FROM json_each(@ids)) AND (@role IS NULL OR p.role = @role)
           AND (@kind IS NULL OR a.kind = @kind)
         ORDER BY p.id`,
      ).all({
        ids: JSON.stringify(meetingIds),
        role: filter.role ?? null,
        kind: filter.kind ?? null,
      }) as ParticipationRow[];
      return groupPerKey(meetingIds, rows.map(toParticipation), (p) => p.meetingId);
    });
  }

  participationsByActors(actorIds: readonly string[], limit?: PerKeyLimit): Promise<ParticipationRecord[][]> {
    return this.#read('reading participations of actors', (db) => {
      const rows = sql(
        db,
        `SELECT * FROM (SELECT p.*, row_number() OVER (PARTITION BY p.actor_id ORDER BY p.id) AS n
           FROM participations p WHERE p.actor_id IN (SELECT value FROM json_each(@ids)))
         WHERE @limit IS NULL OR n <= @limit ORDER BY id`,
      ).all({ ids: JSON.stringify(actorIds), limit: limit ?? null }) as ParticipationRow[];
      return groupPerKey(actorIds, rows.map(toParticipation), (p) => p.actorId);
    });
  }

  // ---- statements ----

  listStatements(filter: StatementFilter): Promise<StatementRecord[]> {
    return this.#read('listing statements', (db) => filterStatements(db, filter, this.#search));
  }

  statementsByActors(actorIds: readonly string[], limit?: PerKeyLimit): Promise<StatementRecord[][]> {
    return this.#statementsBy('speaker_id', actorIds, limit, (s) => s.speakerId);
  }

  statementsByMeetings(meetingIds: readonly string[], limit?: PerKeyLimit): Promise<StatementRecord[][]> {
    return this.#statementsBy('meeting_id', meetingIds, limit, (s) => s.meetingId ?? '');
  }

  statementsByArticles(articleIds: readonly string[], limit?: PerKeyLimit): Promise<StatementRecord[][]> {
    return this.#statementsBy('article_id', articleIds, limit, (s) => s.articleId);
  }

  /** Each key's statements in the port's order, cut at `limit` per key inside SQLite. */
  #statementsBy(
    column: 'speaker_id' | 'meeting_id' | 'article_id',
    keys: readonly string[],
    limit: PerKeyLimit,
    keyOf: (s: StatementRecord) => string,
  ): Promise<StatementRecord[][]> {
    return this.#read(`reading statements by ${column}`, (db) => {
      const ids = JSON.stringify(keys);
      const rows = (
        limit === null || limit === undefined
          ? sql(db, `SELECT s.* FROM statements s WHERE s.${column} IN ${IDS} ORDER BY ${STATEMENT_ORDER}`).all(ids)
          : sql(db, pagedStatementsSql(column)).all({ ids, limit })
      ) as StatementRow[];
      return groupPerKey(keys, rows.map(toStatement), keyOf);
    });
  }

  evidenceOf(owner: EvidenceOwner, ids: readonly string[], limit?: PerKeyLimit): Promise<Evidence[][]> {
    return this.#read(`reading evidence of ${owner}s`, (db) => {
      const found = evidenceOf(db, owner, ids, limit ?? null);
      return ids.map((id) => found.get(id) ?? []);
    });
  }

  countOf(what: CountKind, ids: readonly string[]): Promise<number[]> {
    return this.#read(`counting ${what}`, (db) => {
      const rows = sql(db, `SELECT k.value AS key, (${COUNTS[what]}) AS n FROM json_each(?) k`).all(
        JSON.stringify(ids),
      ) as { key: string; n: number }[];
      const byKey = new Map(rows.map((r) => [r.key, r.n]));
      return ids.map((id) => byKey.get(id) ?? 0);
    });
  }

  // ---- articles ----

  listArticles(window?: ListWindow): Promise<ArticleRecord[]> {
    return this.#read('listing articles', (db) =>
      (
        sql(db, `SELECT ${ARTICLE_COLUMNS('articles')} FROM articles ORDER BY id LIMIT ?`).all(
          limitOf(window),
        ) as ArticleRow[]
      ).map(toArticle),
    );
  }

  getArticles(ids: readonly string[]): Promise<(ArticleRecord | null)[]> {
    return this.#read('reading articles', (db) => {
      const rows = sql(db, `SELECT ${ARTICLE_COLUMNS('articles')} FROM articles WHERE id IN ${IDS}`).all(
        JSON.stringify(ids),
      ) as ArticleRow[];
      return findPerKey(ids, rows.map(toArticle), (a) => a.id);
    });
  }

  sourcesByMeetings(meetingIds: readonly string[]): Promise<ArticleRecord[][]> {
    return this.#read('reading sources of meetings', (db) => {
      const rows = sql(
        db,
        `SELECT DISTINCT r.meeting_id, ${ARTICLE_COLUMNS('a')} FROM (${MEETING_ARTICLES}) r JOIN articles a ON a.id = r.article_id
         WHERE r.meeting_id IN ${IDS} ORDER BY a.id`,
      ).all(JSON.stringify(meetingIds)) as (ArticleRow & {
        meeting_id: string;
      })[];
      const grouped = groupPerKey(meetingIds, rows, (r) => r.meeting_id);
      return grouped.map((list) => list.map(toArticle));
    });
  }

  meetingsByArticles(articleIds: readonly string[]): Promise<MeetingRecord[][]> {
    return this.#read('reading meetings of articles', (db) => {
      const links = sql(
        db,
        `SELECT DISTINCT meeting_id, article_id FROM (${MEETING_ARTICLES}) WHERE article_id IN ${IDS}`,
      ).all(JSON.stringify(articleIds)) as { meeting_id: string; article_id: string }[];
      const ids = [...new Set(links.map((l) => l.meeting_id))];
      const rows = sql(db, `SELECT m.* FROM meetings m WHERE m.id IN ${IDS} ORDER BY ${MEETING_ORDER}`).all(
        JSON.stringify(ids),
      ) as MeetingRow[];
      const meetings = rows.map(toMeeting);
      return articleIds.map((articleId) => {
        const mine = new Set(links.filter((l) => l.article_id === articleId).map((l) => l.meeting_id));
        return meetings.filter((m) => mine.has(m.id));
      });
    });
  }

  // ---- whole graph ----

  counts(): Promise<GraphCounts> {
    return this.#read('counting', (db) => {
      const count = (table: string): number => sql(db, `SELECT count(*) FROM ${table}`).pluck().get() as number;
      return {
        articles: count('articles'),
        actors: count('actors'),
        series: count('series'),
        places: count('places'),
        meetings: count('meetings'),
        participations: count('participations'),
        statements: count('statements'),
      };
    });
  }

  dump(): Promise<GraphDump> {
    return this.#read('dumping', (db) => ({
      articles: (
        sql(db, 'SELECT * FROM articles ORDER BY id').all() as (ArticleRow & { text: string; content_hash: string })[]
      ).map(toDumpArticle),
      actors: (sql(db, 'SELECT * FROM actors ORDER BY id').all() as ActorRow[]).map(toActor),
      series: (sql(db, 'SELECT * FROM series ORDER BY id').all() as SeriesRow[]).map(toSeries),
      places: (sql(db, 'SELECT * FROM places ORDER BY id').all() as PlaceRow[]).map(toPlace),
      meetings: withEvidence(
        db,
        'meeting',
        (sql(db, 'SELECT * FROM meetings m ORDER BY m.id').all() as MeetingRow[]).map(toMeeting),
      ),
      participations: withEvidence(
        db,
        'participation',
        (sql(db, 'SELECT * FROM participations ORDER BY id').all() as ParticipationRow[]).map(toParticipation),
      ),
      statements: withEvidence(
        db,
        'statement',
        (sql(db, 'SELECT * FROM statements ORDER BY id').all() as StatementRow[]).map(toStatement),
      ),
    }));
  }

  clear(): Promise<void> {
    const refusal = this.#db.clearRefusal();
    if (refusal) return Promise.reject(refusal);
    return this.#read('clearing', (db) => {
      db.transaction(() => {
        for (const table of TABLES) sql(db, `DELETE FROM ${table}`).run();
      })();
    });
  }

  async close(): Promise<void> {
    const db = this.#db.release();
    // The writes already asked for finish before the thread stops: each was acknowledged or will be.
    await this.#writer?.close();
    db?.close();
  }
}

/**
 * Each key's first `@limit` statements in the port's order: per key, the first entries of its ordered index
 * (sqlite.ts STATEMENT_INDEXES), then only their rows, so a page costs its size, not the key's whole list.
 */
export function pagedStatementsSql(column: 'speaker_id' | 'meeting_id' | 'article_id'): string {
  return `SELECT s.* FROM (SELECT DISTINCT value FROM json_each(@ids)) k JOIN statements s ON s.seq IN (
      SELECT t.seq FROM statements t WHERE t.${column} = k.value
      ORDER BY ${STATEMENT_ORDER.replace(/\bs\./g, 't.')} LIMIT @limit)
    ORDER BY ${STATEMENT_ORDER}`;
}

/** (meeting_id, article_id) for every piece of evidence of a meeting or of a participation in it. */
const MEETING_ARTICLES = `SELECT meeting_id, article_id FROM meeting_evidence
  UNION SELECT p.meeting_id, e.article_id FROM participation_evidence e JOIN participations p ON p.id = e.participation_id`;

function present<T>(list: readonly (T | null)[]): T[] {
  return list.filter((x): x is T => x !== null);
}

/** Per-key counts for countOf: `k.value` is the key. Each an index lookup, never a list read. */
const COUNTS: Record<CountKind, string> = {
  participationsByMeeting: 'SELECT count(*) FROM participations WHERE meeting_id = k.value',
  participationsByActor: 'SELECT count(*) FROM participations WHERE actor_id = k.value',
  statementsByMeeting: 'SELECT count(*) FROM statements WHERE meeting_id = k.value',
  statementsByActor: 'SELECT count(*) FROM statements WHERE speaker_id = k.value',
  sourcesByMeeting: `SELECT count(DISTINCT article_id) FROM (${MEETING_ARTICLES}) WHERE meeting_id = k.value`,
  meetingsBySeries: 'SELECT count(*) FROM meetings WHERE series_id = k.value',
};
