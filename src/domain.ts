// The graph model shared by every layer: the facts the pipeline yields and the records the store returns.
// Pure types and tiny helpers, no I/O. Meanings follow ../shared/contract/contract.graphql.

export const ACTOR_KINDS = ['STATE', 'ORGANIZATION', 'PERSON'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const PARTICIPATION_ROLES = ['GUARANTOR', 'PARTY', 'OBSERVER', 'HOST', 'MEDIATOR', 'PARTICIPANT'] as const;
export type ParticipationRole = (typeof PARTICIPATION_ROLES)[number];

export const MEETING_STATUSES = ['HELD', 'PLANNED', 'CANCELLED'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

export const STATEMENT_KINDS = ['QUOTE', 'REPORTED'] as const;
export type StatementKind = (typeof STATEMENT_KINDS)[number];

/** ISO 8601 calendar date, "2023-06-21". */
export type IsoDate = string;

export interface LocalizedName {
  lang: string;
  value: string;
}

/** A verbatim span of an article that supports a fact; offsets index the article's original text (UTF-16 units). */
export interface Evidence {
  articleId: string;
  text: string;
  /** Offsets of `text` in the article's text, or in its title when `inTitle`. */
  start: number;
  end: number;
  /** The span is in the article's title (its headline), not in its text. */
  inTitle?: true;
}

export interface Article {
  /** Merge key: the caller's id, else derived from the URL or the normalized text. */
  id: string;
  url: string | null;
  title: string | null;
  source: string | null;
  publishedAt: IsoDate;
  language: string;
  text: string;
  /** Hash of the normalized text: the same text under another URL is a duplicate. */
  contentHash: string;
}

// ---- Facts: what extraction yields for one article (merge keys are the ids) ----

export interface ActorFact {
  /** States: ISO3 ("RUS"); known organizations and persons: gazetteer id ("UN", "alexander-lavrentiev"). */
  id: string;
  kind: ActorKind;
  name: string;
  names: LocalizedName[];
  aliases: string[];
  iso3: string | null;
  title: string | null;
  affiliationId: string | null;
}

export interface SeriesFact {
  /** The Astana format is "astana". */
  id: string;
  name: string;
  aliases: string[];
}

export interface PlaceFact {
  id: string;
  name: string;
  names: LocalizedName[];
  countryId: string | null;
}

export interface MeetingFact {
  /** Series rounds: "<series>-<round>" ("astana-20"); other meetings: a key built from name and date. */
  id: string;
  name: string;
  seriesId: string | null;
  round: number | null;
  status: MeetingStatus;
  startDate: IsoDate | null;
  endDate: IsoDate | null;
  /** For PLANNED meetings with only a window ("the second half of the year"). */
  windowStart: IsoDate | null;
  windowEnd: IsoDate | null;
  placeId: string | null;
  evidence: Evidence[];
}

export interface ParticipationFact {
  meetingId: string;
  actorId: string;
  role: ParticipationRole;
  representingId: string | null;
  evidence: Evidence[];
}

export interface StatementFact {
  /** Stable per article: derived from article id, speaker and evidence offset. */
  id: string;
  speakerId: string;
  kind: StatementKind;
  text: string;
  date: IsoDate | null;
  meetingId: string | null;
  language: string;
  evidence: Evidence[];
}

/** Everything one article contributes; referenced ids must be defined in the same delta or already stored. */
export interface Facts {
  actors: ActorFact[];
  series: SeriesFact[];
  places: PlaceFact[];
  meetings: MeetingFact[];
  participations: ParticipationFact[];
  statements: StatementFact[];
}

export interface ArticleDelta extends Facts {
  article: Article;
}

export function emptyFacts(): Facts {
  return { actors: [], series: [], places: [], meetings: [], participations: [], statements: [] };
}

// ---- Records: what the store returns (merged across articles) ----

export type ArticleRecord = Omit<Article, 'text' | 'contentHash'>;
/** An article as a dump holds it: with its text, so that an export can be imported again. */
export type ArticleDumpRecord = Article;

export type ActorRecord = ActorFact;
export type SeriesRecord = SeriesFact;
export type PlaceRecord = PlaceFact;

// Records carry no evidence: reads fetch evidence only when asked (Store.evidenceOf), since spans outnumber facts
// and grow with the corpus. The dump, for export, carries it (WithEvidence).
export type MeetingRecord = Omit<MeetingFact, 'evidence'>;

export interface ParticipationRecord extends Omit<ParticipationFact, 'evidence'> {
  /** Stable key: "<meetingId>|<actorId>|<role>". */
  id: string;
}

export interface StatementRecord extends Omit<StatementFact, 'evidence'> {
  articleId: string;
}

export type WithEvidence<T> = T & { evidence: Evidence[] };

/** The status a merged meeting takes when articles disagree: what happened beats what was announced. */
export const STATUS_PRECEDENCE: Record<MeetingStatus, number> = { PLANNED: 0, CANCELLED: 1, HELD: 2 };

export function participationId(p: Pick<ParticipationFact, 'meetingId' | 'actorId' | 'role'>): string {
  return `${p.meetingId}|${p.actorId}|${p.role}`;
}
