// Rows of the embedded store and their mapping to the port's records; batch helpers keyed by a JSON list of ids.
// No writes here. Lists of ids travel as one JSON parameter (json_each), so any batch is one statement.
import type {
  ActorRecord,
  ArticleDumpRecord,
  ArticleRecord,
  Evidence,
  LocalizedName,
  MeetingRecord,
  MeetingStatus,
  ParticipationRecord,
  ParticipationRole,
  PlaceRecord,
  SeriesRecord,
  StatementKind,
  StatementRecord,
  ActorKind,
} from '../../domain.js';
import type { ActorState, MeetingFields, StatementFields } from '../merge.js';
import type { MeetingClaim } from '../claims.js';
import type { EvidenceOwner } from '../port.js';
import { compareEvidence } from '../merge.js';
import type { Db } from './sqlite.js';
import { sql } from './sqlite.js';

export interface ArticleRow {
  id: string;
  url: string | null;
  title: string | null;
  source: string | null;
  published_at: string;
  language: string;
}
export interface ActorRow {
  id: string;
  kind: ActorKind;
  name: string;
  name_lang: string | null;
  names: string;
  aliases: string;
  iso3: string | null;
  title: string | null;
  title_date: string | null;
  affiliation_id: string | null;
}
export interface SeriesRow {
  id: string;
  name: string;
  aliases: string;
}
export interface PlaceRow {
  id: string;
  name: string;
  names: string;
  country_id: string | null;
}
export interface MeetingRow {
  id: string;
  name: string;
  series_id: string | null;
  round: number | null;
  status: MeetingStatus;
  start_date: string | null;
  end_date: string | null;
  window_start: string | null;
  window_end: string | null;
  place_id: string | null;
}
export interface MeetingClaimRow extends Omit<MeetingRow, 'id'> {
  meeting_id: string;
  article_id: string;
  published_at: string;
}
export interface ParticipationRow {
  id: string;
  meeting_id: string;
  actor_id: string;
  role: ParticipationRole;
  representing_id: string | null;
}
export interface StatementRow {
  seq: number;
  id: string;
  speaker_id: string;
  kind: StatementKind;
  text: string;
  date: string | null;
  meeting_id: string | null;
  language: string;
  article_id: string;
}
interface EvidenceRow {
  owner: string;
  article_id: string;
  span_start: number;
  span_end: number;
  text: string;
  in_title: number;
}

/** A list of ids passed as one JSON parameter. */
export const IDS = '(SELECT value FROM json_each(?))';
export const MEETING_ORDER = 'm.round IS NULL, m.round, m.start_date IS NULL, m.start_date, m.id';
export const STATEMENT_ORDER = 's.date IS NULL, s.date, s.id';

export function toArticle(r: ArticleRow): ArticleRecord {
  return { id: r.id, url: r.url, title: r.title, source: r.source, publishedAt: r.published_at, language: r.language };
}

export function toDumpArticle(r: ArticleRow & { text: string; content_hash: string }): ArticleDumpRecord {
  return { ...toArticle(r), text: r.text, contentHash: r.content_hash };
}

export function toActorState(r: ActorRow): ActorState {
  return { ...toActor(r), nameLang: r.name_lang, titleDate: r.title_date };
}

export function toActor(r: ActorRow): ActorRecord {
  return {
    id: r.id,
    kind: r.kind,
    name: r.name,
    names: JSON.parse(r.names) as LocalizedName[],
    aliases: JSON.parse(r.aliases) as string[],
    iso3: r.iso3,
    title: r.title,
    affiliationId: r.affiliation_id,
  };
}

export function toSeries(r: SeriesRow): SeriesRecord {
  return { id: r.id, name: r.name, aliases: JSON.parse(r.aliases) as string[] };
}

export function toPlace(r: PlaceRow): PlaceRecord {
  return { id: r.id, name: r.name, names: JSON.parse(r.names) as LocalizedName[], countryId: r.country_id };
}

export function toMeetingFields(r: MeetingRow): MeetingFields {
  return toMeeting(r);
}

export function toMeeting(r: MeetingRow): MeetingRecord {
  return {
    id: r.id,
    name: r.name,
    seriesId: r.series_id,
    round: r.round,
    status: r.status,
    startDate: r.start_date,
    endDate: r.end_date,
    windowStart: r.window_start,
    windowEnd: r.window_end,
    placeId: r.place_id,
  };
}

export function toMeetingClaim(r: MeetingClaimRow): MeetingClaim {
  return { ...toMeeting({ ...r, id: r.meeting_id }), articleId: r.article_id, publishedAt: r.published_at };
}

export function toStatementFields(r: StatementRow): StatementFields {
  return toStatement(r);
}

export function toStatement(r: StatementRow): StatementRecord {
  return {
    id: r.id,
    speakerId: r.speaker_id,
    kind: r.kind,
    text: r.text,
    date: r.date,
    meetingId: r.meeting_id,
    language: r.language,
    articleId: r.article_id,
  };
}

export function toParticipation(r: ParticipationRow): ParticipationRecord {
  return { id: r.id, meetingId: r.meeting_id, actorId: r.actor_id, role: r.role, representingId: r.representing_id };
}

/** The evidence table of each owner, and its owner column. */
export const EVIDENCE_TABLES = {
  meeting: ['meeting_evidence', 'meeting_id'],
  participation: ['participation_evidence', 'participation_id'],
  statement: ['statement_evidence', 'statement_id'],
} as const satisfies Record<EvidenceOwner, readonly [string, string]>;

/**
 * Evidence of many owners in one query, each list sorted by (articleId, start, end) and cut at `limit` per owner
 * in SQLite (a window over the primary key's order), so a page never reads the spans after it.
 */
export function evidenceOf(
  db: Db,
  owner: EvidenceOwner,
  ownerIds: readonly string[],
  limit: number | null = null,
): Map<string, Evidence[]> {
  const byOwner = new Map<string, Evidence[]>();
  if (ownerIds.length === 0) return byOwner;
  const [table, column] = EVIDENCE_TABLES[owner];
  const rows = sql(
    db,
    `SELECT owner, article_id, span_start, span_end, text, in_title FROM (
       SELECT ${column} AS owner, article_id, span_start, span_end, text, in_title,
         row_number() OVER (PARTITION BY ${column} ORDER BY article_id, span_start, span_end) AS n
       FROM ${table} WHERE ${column} IN (SELECT value FROM json_each(@ids)))
     WHERE @limit IS NULL OR n <= @limit ORDER BY owner, n`,
  ).all({ ids: JSON.stringify(ownerIds), limit }) as EvidenceRow[];
  for (const r of rows) {
    const list = byOwner.get(r.owner) ?? [];
    const e: Evidence = { articleId: r.article_id, text: r.text, start: r.span_start, end: r.span_end };
    if (r.in_title === 1) e.inTitle = true;
    list.push(e);
    byOwner.set(r.owner, list);
  }
  // SQLite orders by bytes; the port orders article ids by code point (equal for the ids we make, but be exact).
  for (const list of byOwner.values()) {
    list.sort(compareEvidence);
  }
  return byOwner;
}

/** Records with their evidence, for the dump (export): the only read that carries every span. */
export function withEvidence<T extends { id: string }>(db: Db, owner: EvidenceOwner, records: readonly T[]) {
  const evidence = evidenceOf(
    db,
    owner,
    records.map((r) => r.id),
  );
  return records.map((r) => ({ ...r, evidence: evidence.get(r.id) ?? [] }));
}
