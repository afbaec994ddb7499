// The Neo4j Store adapter (neo4j-driver 6): the production store. Same answers as the embedded store, proven by
// tests/store/contract.ts. Reads run in executeRead (routable to followers), each article in one executeWrite.
/* eslint-disable @typescript-eslint/no-unsafe-class-instance-assignment -- neo4j-driver types its plain option objects as classes; literals are its documented use */
import neo4j from 'neo4j-driver';
import type { Driver, ManagedTransaction, Record as Neo4jRecord } from 'neo4j-driver';
import type { Neo4jConfig } from '../../config.js';
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
import { AppError } from '../../errors.js';
import { nameKey } from '../../names.js';
import { compareText } from '../merge.js';
import { translate } from './errors.js';
import { findPerKey, groupPerKey } from '../batch.js';
import * as q from './queries.js';
import type { Row } from './records.js';
import {
  toActor,
  toArticle,
  toDumpArticle,
  toEvidence,
  toMeeting,
  toParticipation,
  toPlace,
  toSeries,
  toStatement,
  toWithEvidence,
} from './records.js';
import { applySchema } from './schema.js';
import { firstOf, meetingTreeQuery, treeOf } from './tree.js';
import { findDuplicateIn, writeDeltaIn, writeDeltasIn } from './write.js';
import { Connection } from '../connection.js';
import type { OpenOptions } from '../open.js';
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
import type { SearchFolding } from '../search.js';
import { seedSearchFolding } from '../seed-search.js';

type Params = Record<string, unknown>;

/** Attempts of a one-query read whose failures Neo4j reports as transient (a leader switch, a restart). */
const READ_ATTEMPTS = 3;

export class Neo4jStore implements Store {
  readonly kind = 'neo4j' as const;
  readonly #driver: Connection<Driver>;
  readonly #database: string | undefined;

  /** How statements are folded for search: the knowledge's lexicon rows (OpenOptions.search, else the seed's). */
  readonly #search: SearchFolding;

  private constructor(driver: Connection<Driver>, database: string | undefined, search: SearchFolding) {
    this.#driver = driver;
    this.#database = database;
    this.#search = search;
  }

  /** Connects, checks that Neo4j answers, and applies schema/*.cypher (once per process and database). */
  static async open(cfg: Neo4jConfig, options: OpenOptions = {}): Promise<Neo4jStore> {
    const driver = neo4j.driver(cfg.uri, neo4j.auth.basic(cfg.username, cfg.password), {
      disableLosslessIntegers: true,
      connectionTimeout: 10_000,
      connectionAcquisitionTimeout: 30_000,
      maxTransactionRetryTime: 15_000,
      logging: { level: 'error', logger: () => undefined },
    });
    try {
      await driver.verifyConnectivity({ database: cfg.database });
      await applySchema(driver, cfg.database, cfg.uri);
    } catch (e) {
      await driver.close();
      throw translate(e, `opening Neo4j at ${cfg.uri}`);
    }
    return new Neo4jStore(
      new Connection(driver, options, 'Neo4j'),
      cfg.database,
      options.search ?? seedSearchFolding(),
    );
  }

  get #open(): Driver {
    return this.#driver.open;
  }

  async #read<T>(doing: string, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.#open.session({ database: this.#database, defaultAccessMode: neo4j.session.READ });
    try {
      return await session.executeRead(work);
    } catch (e) {
      throw translate(e, doing);
    } finally {
      await session.close();
    }
  }

  async #write<T>(doing: string, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.#open.session({ database: this.#database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite(work);
    } catch (e) {
      throw translate(e, doing);
    } finally {
      await session.close();
    }
  }

  /**
   * One read query in an auto-commit transaction: one statement is atomic by itself, and this saves the two extra
   * Bolt exchanges (BEGIN, COMMIT) of a managed transaction, which cost as much as a small query. Retried like
   * executeRead when Neo4j says the failure is transient.
   */
  async #readOne(doing: string, query: string, params: Params): Promise<Neo4jRecord[]> {
    for (let attempt = 1; ; attempt++) {
      const session = this.#open.session({ database: this.#database, defaultAccessMode: neo4j.session.READ });
      try {
        return (await session.run(query, params)).records;
      } catch (e) {
        if (attempt >= READ_ATTEMPTS || !neo4j.isRetryableError(e)) throw translate(e, doing);
      } finally {
        await session.close();
      }
    }
  }

  /** Runs one read query and maps the `record` column. */
  async #list<T>(doing: string, query: string, params: Params, map: (row: Row) => T): Promise<T[]> {
    return (await this.#readOne(doing, query, params)).map((r) => map(r.get('record') as Row));
  }

  /** Batch read keyed by `key`: one list per requested key, in order. */
  async #grouped<T>(doing: string, query: string, keys: readonly string[], map: (row: Row) => T, extra: Params = {}) {
    if (keys.length === 0) return [];
    const records = await this.#readOne(doing, query, { ids: [...new Set(keys)], ...extra });
    const pairs = records.map((r) => [String(r.get('key')), map(r.get('record') as Row)] as const);
    return groupPerKey(keys, pairs, ([key]) => key).map((list) => list.map(([, item]) => item));
  }

  async #byIds<T extends { id: string }>(doing: string, query: string, ids: readonly string[], map: (r: Row) => T) {
    if (ids.length === 0) return [];
    return findPerKey(ids, await this.#list(doing, query, { ids: [...new Set(ids)] }, map), (item) => item.id);
  }

  writeArticle(delta: ArticleDelta): Promise<WriteOutcome> {
    return this.#write(`writing article ${delta.article.id}`, (tx) => writeDeltaIn(tx, delta, this.#search));
  }

  /**
   * One transaction per batch (see neo4j/write.ts). If it fails for a reason the checks did not foresee, each article
   * is retried alone, so only the culprit is rejected.
   */
  async writeArticles(deltas: readonly ArticleDelta[]): Promise<BatchOutcome[]> {
    if (deltas.length === 0) return [];
    try {
      return await this.#write(`writing ${deltas.length} articles`, (tx) => writeDeltasIn(tx, deltas, this.#search));
    } catch (e) {
      if (!(e instanceof AppError) || e.code !== 'BAD_USER_INPUT' || deltas.length === 1) throw e;
    }
    const out: BatchOutcome[] = [];
    for (const delta of deltas) {
      try {
        out.push(await this.writeArticle(delta));
      } catch (e) {
        if (!(e instanceof AppError) || e.code !== 'BAD_USER_INPUT') throw e;
        out.push({ status: 'rejected', articleId: delta.article.id, error: e });
      }
    }
    return out;
  }

  findDuplicate(article: { id: string; url: string | null; contentHash: string }): Promise<string | null> {
    return this.#read('finding a duplicate', (tx) => findDuplicateIn(tx, article));
  }

  // ---- series ----

  listSeries(): Promise<SeriesRecord[]> {
    return this.#list('listing series', q.LIST_SERIES, {}, toSeries);
  }

  resolveSeries(idOrAlias: string): Promise<string | null> {
    return this.#read('resolving a series', (tx) => resolveSeriesIn(tx, idOrAlias));
  }

  getSeries(ids: readonly string[]): Promise<(SeriesRecord | null)[]> {
    return this.#byIds('reading series', q.GET_SERIES, ids, toSeries);
  }

  // ---- meetings ----

  async listMeetings(filter: MeetingFilter): Promise<MeetingRecord[]> {
    return (await this.listMeetingsWith(filter, {})).meetings;
  }

  /** One read transaction: the filter's names resolved, then one query, then (when asked) the actors' statements. */
  listMeetingsWith(filter: MeetingFilter, include: MeetingsInclude): Promise<MeetingsWith> {
    const none: MeetingsWith = { meetings: [], participations: null, actors: [], actorStatements: null };
    return this.#read('listing meetings', async (tx) => {
      const params = await meetingFilterIn(tx, filter);
      if (params === null) return none;
      if (!include.participants) {
        const meetings = await rows(tx, q.LIST_MEETINGS, params, toMeeting);
        return { ...none, meetings };
      }
      const result = await tx.run(q.LIST_MEETINGS_WITH, { ...params, actors: !!include.actors });
      const [row] = result.records;
      const found = (row?.get('meetings') ?? []) as { record: Row; parts: Row[] }[];
      const meetings = found.map((x) => toMeeting(x.record));
      const participations = found.map((x) => x.parts.map(toParticipation));
      const actors = new Map<string, ActorRecord>();
      for (const a of (row?.get('actors') ?? []) as Row[]) actors.set(String(a.id), toActor(a));
      let actorStatements: StatementRecord[][] | null = null;
      if (include.actors && include.actorStatements) {
        const ids = [...actors.keys()];
        const found = await tx.run(q.STATEMENTS_BY_ACTORS, { ids, ...cut(include.actorStatements.limit) });
        const pairs = found.records.map((r) => [String(r.get('key')), toStatement(r.get('record') as Row)] as const);
        actorStatements = groupPerKey(ids, pairs, ([key]) => key).map((list) => list.map(([, s]) => s));
      }
      return { meetings, participations, actors: [...actors.values()], actorStatements };
    });
  }

  /** One query (tree.ts); in one transaction with a query before it when an attendee name must be resolved. */
  async meetingTree(filter: MeetingFilter, shape: MeetingTreeShape): Promise<MeetingNode[]> {
    const doing = 'reading a meeting tree';
    const { query, params } = meetingTreeQuery(filter, shape);
    if (!present(filter.attendee)) return treeOf(await this.#readOne(doing, query, params), shape);
    const attendee = filter.attendee;
    return this.#read(doing, async (tx) => {
      const attendeeIds = await resolveActorIn(tx, attendee);
      if (attendeeIds.length === 0) return [];
      return treeOf((await tx.run(query, { ...params, attendeeIds })).records, shape);
    });
  }

  getMeetings(ids: readonly string[]): Promise<(MeetingRecord | null)[]> {
    return this.#byIds('reading meetings', q.GET_MEETINGS, ids, toMeeting);
  }

  meetingsBySeries(seriesIds: readonly string[]): Promise<MeetingRecord[][]> {
    return this.#grouped('reading meetings of series', q.MEETINGS_BY_SERIES, seriesIds, toMeeting);
  }

  // ---- actors and places ----

  getActors(ids: readonly string[]): Promise<(ActorRecord | null)[]> {
    return this.#byIds('reading actors', q.GET_ACTORS, ids, toActor);
  }

  resolveActor(idOrName: string): Promise<string[]> {
    return this.#read('resolving an actor', (tx) => resolveActorIn(tx, idOrName));
  }

  listActors(filter: ActorFilter): Promise<ActorRecord[]> {
    // A blank search is no filter; a search that folds to nothing ("%") matches nothing.
    const needle = present(filter.search) ? nameKey(filter.search) : null;
    if (needle === '') return Promise.resolve([]);
    const params = { kind: filter.kind ?? null, needle, first: firstOf(filter) };
    return this.#list('listing actors', q.LIST_ACTORS, params, toActor);
  }

  getPlaces(ids: readonly string[]): Promise<(PlaceRecord | null)[]> {
    return this.#byIds('reading places', q.GET_PLACES, ids, toPlace);
  }

  // ---- participations ----

  participationsByMeetings(
    meetingIds: readonly string[],
    filter: ParticipationFilter = {},
  ): Promise<ParticipationRecord[][]> {
    const extra = { role: filter.role ?? null, kind: filter.kind ?? null };
    return this.#grouped('reading participations', q.PARTICIPATIONS_BY_MEETINGS, meetingIds, toParticipation, extra);
  }

  participationsByActors(actorIds: readonly string[], limit?: PerKeyLimit): Promise<ParticipationRecord[][]> {
    return this.#grouped('reading participations', q.PARTICIPATIONS_BY_ACTORS, actorIds, toParticipation, cut(limit));
  }

  // ---- statements ----

  listStatements(filter: StatementFilter): Promise<StatementRecord[]> {
    return this.#read('listing statements', async (tx) => {
      let speakerIds: string[] | null = null;
      if (present(filter.speaker)) {
        speakerIds = await resolveActorIn(tx, filter.speaker);
        if (speakerIds.length === 0) return [];
      }
      const params = {
        speakerIds,
        meetingId: presentOrNull(filter.meetingId),
        from: presentOrNull(filter.from),
        to: presentOrNull(filter.to),
        first: firstOf(filter),
      };
      if (!present(filter.search)) return rows(tx, q.LIST_STATEMENTS, params, toStatement);
      const terms = this.#search.terms(filter.search);
      if (terms.length === 0) return [];
      // Each term a quoted Lucene phrase: all must match, and no term is read as an operator.
      const query = terms.map((t) => `"${t.replace(/["\\]/g, '\\$&')}"`).join(' AND ');
      return rows(tx, q.SEARCH_STATEMENTS, { ...params, query }, toStatement);
    });
  }

  statementsByActors(actorIds: readonly string[], limit?: PerKeyLimit): Promise<StatementRecord[][]> {
    return this.#grouped('reading statements of actors', q.STATEMENTS_BY_ACTORS, actorIds, toStatement, cut(limit));
  }

  statementsByMeetings(meetingIds: readonly string[], limit?: PerKeyLimit): Promise<StatementRecord[][]> {
    const query = q.STATEMENTS_BY_MEETINGS;
    return this.#grouped('reading statements of meetings', query, meetingIds, toStatement, cut(limit));
  }

  statementsByArticles(articleIds: readonly string[], limit?: PerKeyLimit): Promise<StatementRecord[][]> {
    const query = q.STATEMENTS_BY_ARTICLES;
    return this.#grouped('reading statements of articles', query, articleIds, toStatement, cut(limit));
  }

  async evidenceOf(owner: EvidenceOwner, ids: readonly string[], limit?: PerKeyLimit): Promise<Evidence[][]> {
    const lists = await this.#grouped(`reading evidence of ${owner}s`, EVIDENCE_OF[owner], ids, toEvidence, cut(limit));
    // Neo4j orders strings by UTF-16 unit, the port by code point: re-sort each (short) list to be exact.
    return lists.map((list) => toWithEvidence(list));
  }

  async countOf(what: CountKind, ids: readonly string[]): Promise<number[]> {
    if (ids.length === 0) return [];
    const records = await this.#readOne(`counting ${what}`, COUNT_OF[what], { ids: [...new Set(ids)] });
    const found = new Map(records.map((r) => [String(r.get('key')), Number(r.get('n'))] as const));
    return ids.map((id) => found.get(id) ?? 0);
  }

  // ---- articles ----

  listArticles(window?: ListWindow): Promise<ArticleRecord[]> {
    return this.#list('listing articles', q.LIST_ARTICLES, { first: firstOf(window) }, toArticle);
  }

  getArticles(ids: readonly string[]): Promise<(ArticleRecord | null)[]> {
    return this.#byIds('reading articles', q.GET_ARTICLES, ids, toArticle);
  }

  sourcesByMeetings(meetingIds: readonly string[]): Promise<ArticleRecord[][]> {
    return this.#grouped('reading sources of meetings', q.SOURCES_BY_MEETINGS, meetingIds, toArticle);
  }

  meetingsByArticles(articleIds: readonly string[]): Promise<MeetingRecord[][]> {
    return this.#grouped('reading meetings of articles', q.MEETINGS_BY_ARTICLES, articleIds, toMeeting);
  }

  // ---- whole graph ----

  counts(): Promise<GraphCounts> {
    return this.#read('counting', async (tx) => {
      const record = (await tx.run(q.COUNTS)).records[0];
      const n = (key: string): number => Number(record?.get(key) ?? 0);
      return {
        articles: n('articles'),
        actors: n('actors'),
        series: n('series'),
        places: n('places'),
        meetings: n('meetings'),
        participations: n('participations'),
        statements: n('statements'),
      };
    });
  }

  dump(): Promise<GraphDump> {
    return this.#read('dumping', async (tx) => ({
      articles: await rows(tx, q.DUMP_ARTICLES, {}, toDumpArticle),
      actors: await rows(tx, q.LIST_ACTORS, { kind: null, needle: null, first: firstOf({}) }, toActor),
      series: await rows(tx, q.LIST_SERIES, {}, toSeries),
      places: await rows(tx, q.LIST_PLACES, {}, toPlace),
      meetings: await rows(tx, q.DUMP_MEETINGS, {}, (r) => ({ ...toMeeting(r), evidence: toWithEvidence(r.evidence) })),
      participations: await rows(tx, q.DUMP_PARTICIPATIONS, {}, (r) => ({
        ...toParticipation(r),
        evidence: toWithEvidence(r.evidence),
      })),
      statements: await rows(tx, q.DUMP_STATEMENTS, {}, (r) => ({
        ...toStatement(r),
        evidence: toWithEvidence(r.evidence),
      })),
    }));
  }

  /**
   * Wipes the graph, schema kept. Only a store opened for tests may, and only a database that is empty or carries
   * the test marker that a previous clear() left: a database holding anything else is never wiped.
   */
  async clear(): Promise<void> {
    const refusal = this.#driver.clearRefusal();
    if (refusal) throw refusal;
    await this.#write('checking the test marker', async (tx) => {
      const record = (await tx.run(q.TEST_MARKER)).records[0];
      const marked = record?.get('marked') === true;
      const nodes = Number(record?.get('nodes') ?? 0);
      if (!marked && nodes > 0) {
        throw new AppError(
          'FORBIDDEN',
          `refusing to wipe a Neo4j database that holds ${nodes} nodes and is not marked as a test database ` +
            '(point NEO4J_URI / NEO4J_DATABASE at an empty or test database)',
        );
      }
      await tx.run(q.MARK_TEST_DATABASE);
    });
    for (;;) {
      const deleted = await this.#write('clearing', async (tx) =>
        Number((await tx.run(q.CLEAR_BATCH)).records[0]?.get('deleted') ?? 0),
      );
      if (deleted === 0) return;
    }
  }

  async close(): Promise<void> {
    await this.#driver.release()?.close();
  }
}

async function rows<T>(tx: ManagedTransaction, query: string, params: Params, map: (row: Row) => T): Promise<T[]> {
  const result = await tx.run(query, params);
  return result.records.map((r) => map(r.get('record') as Row));
}

const EVIDENCE_OF: Record<EvidenceOwner, string> = {
  meeting: q.EVIDENCE_OF_MEETINGS,
  participation: q.EVIDENCE_OF_PARTICIPATIONS,
  statement: q.EVIDENCE_OF_STATEMENTS,
};

const COUNT_OF: Record<CountKind, string> = {
  participationsByMeeting: q.COUNT_PARTICIPATIONS_BY_MEETING,
  participationsByActor: q.COUNT_PARTICIPATIONS_BY_ACTOR,
  statementsByMeeting: q.COUNT_STATEMENTS_BY_MEETING,
  statementsByActor: q.COUNT_STATEMENTS_BY_ACTOR,
  sourcesByMeeting: q.COUNT_SOURCES_BY_MEETING,
  meetingsBySeries: q.COUNT_MEETINGS_BY_SERIES,
};

/** The $limit parameter: LIMIT takes no null, so "all" is the largest integer Cypher accepts. */
function cut(limit: PerKeyLimit): Params {
  return { limit: neo4j.int(limit ?? Number.MAX_SAFE_INTEGER) };
}

function present(v: string | null | undefined): v is string {
  return v !== undefined && v !== null && v.trim() !== '';
}

function presentOrNull(v: string | null | undefined): string | null {
  return present(v) ? v : null;
}

/** The parameters of LIST_MEETINGS, names resolved; null when a name resolves to nothing (no meeting matches). */
async function meetingFilterIn(tx: ManagedTransaction, filter: MeetingFilter): Promise<Params | null> {
  let seriesId: string | null = null;
  if (present(filter.series)) {
    seriesId = await resolveSeriesIn(tx, filter.series);
    if (seriesId === null) return null;
  }
  let attendeeIds: string[] | null = null;
  if (present(filter.attendee)) {
    attendeeIds = await resolveActorIn(tx, filter.attendee);
    if (attendeeIds.length === 0) return null;
  }
  const round = filter.round ?? null;
  return {
    seriesId,
    round: round !== null && Number.isSafeInteger(round) ? neo4j.int(round) : round,
    from: presentOrNull(filter.from),
    to: presentOrNull(filter.to),
    attendeeIds,
    first: firstOf(filter),
  };
}

/** Exact id first; else every actor any of whose names folds to the query's key, sorted by id. */
async function resolveActorIn(tx: ManagedTransaction, idOrName: string): Promise<string[]> {
  const record = (await tx.run(q.RESOLVE_ACTOR, { id: idOrName, key: nameKey(idOrName) })).records[0];
  const exact = record?.get('exact') as string | null | undefined;
  if (exact) return [exact];
  return [...new Set((record?.get('named') as string[] | undefined) ?? [])].sort(compareText);
}

/** Exact id first; else the first series (by id) whose name or alias folds to the query's key. */
async function resolveSeriesIn(tx: ManagedTransaction, idOrAlias: string): Promise<string | null> {
  const record = (await tx.run(q.RESOLVE_SERIES, { id: idOrAlias, key: nameKey(idOrAlias) })).records[0];
  const exact = record?.get('exact') as string | null | undefined;
  if (exact) return exact;
  const named = ((record?.get('named') as string[] | undefined) ?? []).sort(compareText);
  return named[0] ?? null;
}
