// The store port: the one interface the pipeline's output is written through and the API reads from.
// Two adapters implement it (embedded/store.ts, neo4j/store.ts; each adapter's own parts beside it in its folder); tests/store/contract.ts proves them equivalent.
import type {
  ActorKind,
  ActorRecord,
  ArticleDelta,
  ArticleDumpRecord,
  ArticleRecord,
  Evidence,
  IsoDate,
  MeetingRecord,
  ParticipationRecord,
  ParticipationRole,
  PlaceRecord,
  SeriesRecord,
  StatementRecord,
  WithEvidence,
} from '../domain.js';

export type WriteOutcome =
  | { status: 'written'; articleId: string }
  /** Same id, same URL or same normalized text as `existingId`: nothing was added. */
  | { status: 'duplicate'; articleId: string; existingId: string };

/**
 * At most `first` items of a root list, from the start of its order (a page without a cursor): the store reads the
 * page, not the whole list, so its cost is the answer's and not the graph's. Null or absent: every item.
 */
export interface ListWindow {
  first?: number | null;
}

export interface MeetingFilter extends ListWindow {
  /** Series id or any alias (folded with nameKey). */
  series?: string | null;
  round?: number | null;
  /**
   * Meetings overlapping [from, to]: startDate (or endDate) within the range. Precisely: the meeting spans
   * [startDate ?? endDate, endDate ?? startDate] and matches when span.end >= from and span.start <= to;
   * a meeting with neither date never matches a date bound (windows are not dates).
   */
  from?: IsoDate | null;
  to?: IsoDate | null;
  /** Actor id, or any name/alias of an actor (folded). */
  attendee?: string | null;
}

export interface StatementFilter extends ListWindow {
  /** Actor id, or any name/alias (folded). */
  speaker?: string | null;
  meetingId?: string | null;
  from?: IsoDate | null;
  to?: IsoDate | null;
  /**
   * Full-text search over the statement text (Arabic-aware): query and text are folded by search.ts (nameKey,
   * ASCII digits, light Arabic stemming); a statement matches when it holds every query term. A query that
   * folds to no term matches nothing. `from`/`to` bound the statement date (undated statements never match them).
   */
  search?: string | null;
}

export interface ActorFilter extends ListWindow {
  kind?: ActorKind | null;
  /** Substring of any folded name or alias. */
  search?: string | null;
}

export interface ParticipationFilter {
  role?: ParticipationRole | null;
  kind?: ActorKind | null;
}

export interface GraphCounts {
  articles: number;
  actors: number;
  series: number;
  places: number;
  meetings: number;
  participations: number;
  statements: number;
}

/** The whole graph, for export and for comparing stores. Every list is sorted by id. */
export interface GraphDump {
  articles: ArticleDumpRecord[];
  actors: ActorRecord[];
  series: SeriesRecord[];
  places: PlaceRecord[];
  meetings: WithEvidence<MeetingRecord>[];
  participations: WithEvidence<ParticipationRecord>[];
  statements: WithEvidence<StatementRecord>[];
}

/** What a meetings list read fetches along, chosen from the query's selection (see listMeetingsWith). */
export interface MeetingsInclude {
  /** Each meeting's participations (all roles and kinds). */
  participants?: boolean;
  /** The participating actors (needs participants). */
  actors?: boolean;
  /** Each participating actor's statements, at most `limit` each (needs actors). */
  actorStatements?: { limit: number | null } | null;
}

export interface MeetingsWith {
  meetings: MeetingRecord[];
  /** Per meeting, in order; null when not included. */
  participations: ParticipationRecord[][] | null;
  /** Distinct, in no particular order. */
  actors: ActorRecord[];
  /** Per entry of `actors`, when included. */
  actorStatements: StatementRecord[][] | null;
}

/** Properties of each record a meeting tree read may project (the GraphQL fields that are plain values). */
export type MeetingField = 'id' | 'name' | 'round' | 'status' | 'startDate' | 'endDate' | 'windowStart' | 'windowEnd';
export type ParticipationField = 'id' | 'role';
export type ActorField = 'id' | 'kind' | 'name' | 'names' | 'aliases' | 'iso3' | 'title';
export type StatementField = 'id' | 'kind' | 'text' | 'date' | 'language';

/**
 * What a meetings query selects, level by level: the properties of each record and the relations below it. A tree
 * read returns exactly this (ids of meetings and actors always come along), in one round trip.
 */
export interface MeetingTreeShape {
  fields: readonly MeetingField[];
  participants?: {
    fields: readonly ParticipationField[];
    actor?: {
      fields: readonly ActorField[];
      /** The actor's first `limit` statements (null: all), in the port's statement order. */
      statements?: { limit: number | null; fields: readonly StatementField[] };
    };
  };
}

export type StatementNode = Partial<StatementRecord>;
export type ActorNode = Partial<ActorRecord> & { id: string; statements?: StatementNode[] };
/** Every participation of the meeting (all roles and kinds), ordered by id. */
export type ParticipationNode = Partial<ParticipationRecord> & { actor?: ActorNode };
export type MeetingNode = Partial<MeetingRecord> & { id: string; participants?: ParticipationNode[] };

/** What countOf counts, per key. */
export type CountKind =
  | 'participationsByMeeting'
  | 'participationsByActor'
  | 'statementsByMeeting'
  | 'statementsByActor'
  | 'sourcesByMeeting'
  | 'meetingsBySeries';

/** Whose evidence spans a read asks for. */
export type EvidenceOwner = 'meeting' | 'participation' | 'statement';

/**
 * At most this many items per key (null: all). Reads that take it cut each key's list in the store, so a page of
 * a long list costs the page, not the list.
 */
export type PerKeyLimit = number | null | undefined;

/** One article's outcome in a batch: written, a duplicate, or rejected (its error) without spoiling the batch. */
export type BatchOutcome = WriteOutcome | { status: 'rejected'; articleId: string; error: Error };

/**
 * Reads that take lists of keys answer with one entry per key, in the same order (null or [] where nothing),
 * so that DataLoaders can batch them: one call is one store round trip.
 * Lists are ordered deterministically: meetings by (round, startDate, id), statements by (date, id), others by id;
 * nulls sort last, strings by code point. Blank string filters count as absent; a non-blank search that folds
 * to nothing ("%", "!!") matches nothing.
 */
export interface Store {
  readonly kind: 'embedded' | 'neo4j';

  /** Writes an article and all its facts in one transaction: all or nothing. Re-writing is harmless. */
  writeArticle(delta: ArticleDelta): Promise<WriteOutcome>;
  /**
   * Writes many articles in few transactions: each one all or nothing, in order, as if written one by one. A rejected
   * article (bad data, dangling reference) is left out and reported; the others still commit. An article is durable
   * when this resolves. Store failures (unavailable, conflict) reject the whole call.
   */
  writeArticles(deltas: readonly ArticleDelta[]): Promise<BatchOutcome[]>;
  /** Finds an article already stored under the same id, URL or content hash (checked before extraction). */
  findDuplicate(article: { id: string; url: string | null; contentHash: string }): Promise<string | null>;

  listSeries(): Promise<SeriesRecord[]>;
  /** Resolves a series id or alias to its id. */
  resolveSeries(idOrAlias: string): Promise<string | null>;
  getSeries(ids: readonly string[]): Promise<(SeriesRecord | null)[]>;

  listMeetings(filter: MeetingFilter): Promise<MeetingRecord[]>;
  /**
   * listMeetings and, in the same round trip, what the query will ask of them next: their participations, the
   * actors, the actors' first statements. Answers equal the separate reads'.
   */
  listMeetingsWith(filter: MeetingFilter, include: MeetingsInclude): Promise<MeetingsWith>;
  /**
   * The meetings listMeetings finds, as a tree of the shape asked for: only the selected properties, the relations
   * below in the same round trip, an actor shared by its participations appearing once (the same node).
   */
  meetingTree(filter: MeetingFilter, shape: MeetingTreeShape): Promise<MeetingNode[]>;
  getMeetings(ids: readonly string[]): Promise<(MeetingRecord | null)[]>;
  meetingsBySeries(seriesIds: readonly string[]): Promise<MeetingRecord[][]>;

  getActors(ids: readonly string[]): Promise<(ActorRecord | null)[]>;
  /** Resolves an actor id or any name/alias (folded) to its ids; several when a name is ambiguous. */
  resolveActor(idOrName: string): Promise<string[]>;
  listActors(filter: ActorFilter): Promise<ActorRecord[]>;

  getPlaces(ids: readonly string[]): Promise<(PlaceRecord | null)[]>;

  participationsByMeetings(
    meetingIds: readonly string[],
    filter?: ParticipationFilter,
  ): Promise<ParticipationRecord[][]>;
  participationsByActors(actorIds: readonly string[], limit?: PerKeyLimit): Promise<ParticipationRecord[][]>;

  listStatements(filter: StatementFilter): Promise<StatementRecord[]>;
  statementsByActors(actorIds: readonly string[], limit?: PerKeyLimit): Promise<StatementRecord[][]>;
  statementsByMeetings(meetingIds: readonly string[], limit?: PerKeyLimit): Promise<StatementRecord[][]>;
  statementsByArticles(articleIds: readonly string[], limit?: PerKeyLimit): Promise<StatementRecord[][]>;
  /** Evidence of each owner id, sorted by (articleId, start, end), at most `limit` per owner. */
  evidenceOf(owner: EvidenceOwner, ids: readonly string[], limit?: PerKeyLimit): Promise<Evidence[][]>;
  /** How many participations (by meeting or actor) or statements (by meeting or actor) each key has. */
  countOf(what: CountKind, ids: readonly string[]): Promise<number[]>;

  listArticles(window?: ListWindow): Promise<ArticleRecord[]>;
  getArticles(ids: readonly string[]): Promise<(ArticleRecord | null)[]>;
  /** Articles that reported each meeting (any evidence of the meeting or its participations). */
  sourcesByMeetings(meetingIds: readonly string[]): Promise<ArticleRecord[][]>;
  /** Meetings each article created or confirmed. */
  meetingsByArticles(articleIds: readonly string[]): Promise<MeetingRecord[][]>;

  counts(): Promise<GraphCounts>;
  dump(): Promise<GraphDump>;

  /** Deletes everything. Adapters refuse unless the store was opened for tests (see config). */
  clear(): Promise<void>;
  close(): Promise<void>;
}
