// Per-request DataLoaders over the store port's batch reads: every field of a level of the query that needs
// the same kind of record shares one store round trip, however many rows the level has (no N+1).
import DataLoader from 'dataloader';
import type {
  ActorRecord,
  ArticleRecord,
  Evidence,
  MeetingRecord,
  ParticipationRecord,
  PlaceRecord,
  SeriesRecord,
  StatementRecord,
} from '../domain.js';
import type {
  CountKind,
  EvidenceOwner,
  MeetingsInclude,
  MeetingsWith,
  ParticipationFilter,
  PerKeyLimit,
  Store,
} from '../store/port.js';

export interface Loaders {
  actor: DataLoader<string, ActorRecord | null>;
  meeting: DataLoader<string, MeetingRecord | null>;
  series: DataLoader<string, SeriesRecord | null>;
  place: DataLoader<string, PlaceRecord | null>;
  article: DataLoader<string, ArticleRecord | null>;
  meetingsBySeries: DataLoader<string, MeetingRecord[]>;
  meetingsByArticle: DataLoader<string, MeetingRecord[]>;
  sourcesByMeeting: DataLoader<string, ArticleRecord[]>;
  // Keyed also by what is asked: a page of n items per key, evidence of one kind of owner, a count.
  participationsByActor(limit: PerKeyLimit): DataLoader<string, ParticipationRecord[]>;
  statementsByActor(limit: PerKeyLimit): DataLoader<string, StatementRecord[]>;
  statementsByMeeting(limit: PerKeyLimit): DataLoader<string, StatementRecord[]>;
  statementsByArticle(limit: PerKeyLimit): DataLoader<string, StatementRecord[]>;
  evidence(owner: EvidenceOwner, limit: PerKeyLimit): DataLoader<string, Evidence[]>;
  count(what: CountKind): DataLoader<string, number>;
  /** One loader per distinct (role, kind) filter, since the port applies the filter to the whole batch. */
  participationsByMeeting(filter: ParticipationFilter): DataLoader<string, ParticipationRecord[]>;
}

type Batch<V> = (keys: readonly string[]) => Promise<V[]>;

/** Wraps a port read so that a wrong-length answer fails loudly instead of shifting every row. */
function loader<V>(name: string, read: Batch<V>): DataLoader<string, V> {
  return new DataLoader<string, V>(async (keys) => {
    const rows = await read(keys);
    if (rows.length !== keys.length) {
      throw new Error(`store.${name} answered ${rows.length} rows for ${keys.length} keys`);
    }
    return rows;
  });
}

/** One loader per variant (a filter, a limit): DataLoader batches keys, so the variant is fixed per loader. */
function variants<V>(make: (variant: string) => DataLoader<string, V>): (variant: string) => DataLoader<string, V> {
  const made = new Map<string, DataLoader<string, V>>();
  return (variant) => {
    let found = made.get(variant);
    if (!found) {
      found = make(variant);
      made.set(variant, found);
    }
    return found;
  };
}

const limitKey = (limit: PerKeyLimit): string => (limit === null || limit === undefined ? '*' : String(limit));
const limitOf = (key: string): number | null => (key === '*' ? null : Number(key));

export function createLoaders(store: Store): Loaders {
  const byFilter = new Map<string, DataLoader<string, ParticipationRecord[]>>();
  const paged = <V>(name: string, read: (ids: readonly string[], limit: number | null) => Promise<V[]>) =>
    variants((key) => loader(name, (ids) => read(ids, limitOf(key))));
  const participationsByActor = paged('participationsByActors', (ids, n) => store.participationsByActors(ids, n));
  const statementsByActor = paged('statementsByActors', (ids, n) => store.statementsByActors(ids, n));
  const statementsByMeeting = paged('statementsByMeetings', (ids, n) => store.statementsByMeetings(ids, n));
  const statementsByArticle = paged('statementsByArticles', (ids, n) => store.statementsByArticles(ids, n));
  const evidence = variants((key) => {
    const [owner, limit] = key.split('|') as [EvidenceOwner, string];
    return loader('evidenceOf', (ids) => store.evidenceOf(owner, ids, limitOf(limit)));
  });
  const count = variants((what) => loader('countOf', (ids) => store.countOf(what as CountKind, ids)));
  const loaders: Loaders = {
    actor: loader('getActors', (ids) => store.getActors(ids)),
    meeting: loader('getMeetings', (ids) => store.getMeetings(ids)),
    series: loader('getSeries', (ids) => store.getSeries(ids)),
    place: loader('getPlaces', (ids) => store.getPlaces(ids)),
    article: loader('getArticles', (ids) => store.getArticles(ids)),
    meetingsBySeries: loader('meetingsBySeries', (ids) => store.meetingsBySeries(ids)),
    meetingsByArticle: loader('meetingsByArticles', (ids) => store.meetingsByArticles(ids)),
    participationsByActor: (limit) => participationsByActor(limitKey(limit)),
    statementsByActor: (limit) => statementsByActor(limitKey(limit)),
    statementsByMeeting: (limit) => statementsByMeeting(limitKey(limit)),
    statementsByArticle: (limit) => statementsByArticle(limitKey(limit)),
    evidence: (owner, limit) => evidence(`${owner}|${limitKey(limit)}`),
    count: (what) => count(what),
    sourcesByMeeting: loader('sourcesByMeetings', (ids) => store.sourcesByMeetings(ids)),
    participationsByMeeting(filter) {
      const role = filter.role ?? null;
      const kind = filter.kind ?? null;
      const key = `${role ?? '*'}|${kind ?? '*'}`;
      let found = byFilter.get(key);
      if (!found) {
        found = loader('participationsByMeetings', (ids) => store.participationsByMeetings(ids, { role, kind }));
        byFilter.set(key, found);
      }
      return found;
    },
  };
  return loaders;
}

/** Records a list read already returned need no second trip when a later field asks for them by id. */
export function primeMeetings(loaders: Loaders, meetings: readonly MeetingRecord[]): void {
  for (const m of meetings) loaders.meeting.prime(m.id, m);
}

export function primeActors(loaders: Loaders, actors: readonly ActorRecord[]): void {
  for (const a of actors) loaders.actor.prime(a.id, a);
}

/** What listMeetingsWith fetched along: later fields find it in the loaders instead of reading again. */
export function primeMeetingsWith(loaders: Loaders, found: MeetingsWith, include: MeetingsInclude): void {
  primeMeetings(loaders, found.meetings);
  primeActors(loaders, found.actors);
  if (found.participations !== null) {
    const participations = loaders.participationsByMeeting({});
    found.meetings.forEach((m, i) => {
      const list = found.participations?.[i];
      if (list !== undefined) participations.prime(m.id, list);
    });
  }
  if (found.actorStatements === null || !include.actorStatements) return;
  const statements = loaders.statementsByActor(include.actorStatements.limit);
  found.actors.forEach((a, i) => {
    const list = found.actorStatements?.[i];
    if (list !== undefined) statements.prime(a.id, list);
  });
}
