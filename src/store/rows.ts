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
} from '../domain.js';
import type { ActorState, MeetingFields, StatementFields } from './merge.js';
import { compareText } from './merge.js';
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

export function toStatementFields(r: StatementRow): StatementFields {
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

const EVIDENCE_OWNER = {
  meeting_evidence: 'meeting_id',
  participation_evidence: 'participation_id',
  statement_evidence: 'statement_id',
} as const;
type EvidenceTable = keyof typeof EVIDENCE_OWNER;

/** Evidence of many owners in one query, each list sorted by (articleId, start, end). */
export function evidenceOf(db: Db, table: EvidenceTable, ownerIds: readonly string[]): Map<string, Evidence[]> {
  const byOwner = new Map<string, Evidence[]>();
  if (ownerIds.length === 0) return byOwner;
  const rows = sql(
    db,
    `SELECT ${EVIDENCE_OWNER[table]} AS owner, article_id, span_start, span_end, text FROM ${table}
       WHERE ${EVIDENCE_OWNER[table]} IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(ownerIds)) as EvidenceRow[];
  for (const r of rows) {
    const list = byOwner.get(r.owner) ?? [];
    list.push({ articleId: r.article_id, text: r.text, start: r.span_start, end: r.span_end });
    byOwner.set(r.owner, list);
  }
  for (const list of byOwner.values()) {
    list.sort((x, y) => compareText(x.articleId, y.articleId) || x.start - y.start || x.end - y.end);
  }
  return byOwner;
}

export function withMeetingEvidence(db: Db, rows: readonly MeetingRow[]): MeetingRecord[] {
  const evidence = evidenceOf(
    db,
    'meeting_evidence',
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({ ...toMeetingFields(r), evidence: evidence.get(r.id) ?? [] }));
}

export function withParticipationEvidence(db: Db, rows: readonly ParticipationRow[]): ParticipationRecord[] {
  const evidence = evidenceOf(
    db,
    'participation_evidence',
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    id: r.id,
    meetingId: r.meeting_id,
    actorId: r.actor_id,
    role: r.role,
    representingId: r.representing_id,
    evidence: evidence.get(r.id) ?? [],
  }));
}

export function withStatementEvidence(db: Db, rows: readonly StatementRow[]): StatementRecord[] {
  const evidence = evidenceOf(
    db,
    'statement_evidence',
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({ ...toStatementFields(r), evidence: evidence.get(r.id) ?? [] }));
}
