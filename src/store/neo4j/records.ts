// Maps of the Neo4j adapter's projections (queries.ts) to the port's records, and batch grouping helpers.
// Pure. Integers arrive as JS numbers (the driver runs with disableLosslessIntegers).
import type {
  ActorKind,
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
} from '../../domain.js';
import type { ActorState, MeetingFields, StatementFields } from '../merge.js';
import { compareEvidence } from '../merge.js';

/** One projected map as the driver returns it. */
export type Row = Record<string, unknown>;

const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const strOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : str(v));
const numOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.map(str) : []);

function names(row: Row): LocalizedName[] {
  const langs = strings(row.nameLangs);
  const values = strings(row.nameValues);
  return langs.map((lang, i) => ({ lang, value: values[i] ?? '' }));
}

export function toEvidence(e: Row): Evidence {
  const out: Evidence = { articleId: str(e.articleId), text: str(e.text), start: Number(e.start), end: Number(e.end) };
  // A span of the title carries inTitle = true; a text span false, or no property when written by an older build.
  if (e.inTitle === true) out.inTitle = true;
  return out;
}

/** A list of evidence maps (or records) in the port's order: (articleId by code point, start, end). */
export function toWithEvidence(v: unknown): Evidence[] {
  const list = Array.isArray(v) ? (v as Row[]) : [];
  return list.map(toEvidence).sort(compareEvidence);
}

export function toDumpArticle(r: Row): ArticleDumpRecord {
  return { ...toArticle(r), text: str(r.text), contentHash: str(r.contentHash) };
}

export function toArticle(r: Row): ArticleRecord {
  return {
    id: str(r.id),
    url: strOrNull(r.url),
    title: strOrNull(r.title),
    source: strOrNull(r.source),
    publishedAt: str(r.publishedAt),
    language: str(r.language),
  };
}

export function toActor(r: Row): ActorRecord {
  return {
    id: str(r.id),
    kind: str(r.kind) as ActorKind,
    name: str(r.name),
    names: names(r),
    aliases: strings(r.aliases),
    iso3: strOrNull(r.iso3),
    title: strOrNull(r.title),
    affiliationId: strOrNull(r.affiliationId),
  };
}

export function toActorState(r: Row): ActorState {
  return { ...toActor(r), nameLang: strOrNull(r.nameLang), titleDate: strOrNull(r.titleDate) };
}

export function toSeries(r: Row): SeriesRecord {
  return { id: str(r.id), name: str(r.name), aliases: strings(r.aliases) };
}

export function toPlace(r: Row): PlaceRecord {
  return { id: str(r.id), name: str(r.name), names: names(r), countryId: strOrNull(r.countryId) };
}

export function toMeetingFields(r: Row): MeetingFields {
  return {
    id: str(r.id),
    name: str(r.name),
    seriesId: strOrNull(r.seriesId),
    round: numOrNull(r.round),
    status: str(r.status) as MeetingStatus,
    startDate: strOrNull(r.startDate),
    endDate: strOrNull(r.endDate),
    windowStart: strOrNull(r.windowStart),
    windowEnd: strOrNull(r.windowEnd),
    placeId: strOrNull(r.placeId),
  };
}

export function toMeeting(r: Row): MeetingRecord {
  return toMeetingFields(r);
}

export function toParticipation(r: Row): ParticipationRecord {
  return {
    id: str(r.id),
    meetingId: str(r.meetingId),
    actorId: str(r.actorId),
    role: str(r.role) as ParticipationRole,
    representingId: strOrNull(r.representingId),
  };
}

export function toStatementFields(r: Row): StatementFields {
  return {
    id: str(r.id),
    speakerId: str(r.speakerId),
    kind: str(r.kind) as StatementKind,
    text: str(r.text),
    date: strOrNull(r.date),
    meetingId: strOrNull(r.meetingId),
    language: str(r.language),
    articleId: str(r.articleId),
  };
}

export function toStatement(r: Row): StatementRecord {
  return toStatementFields(r);
}
