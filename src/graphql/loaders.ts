// Per-request DataLoaders over the store port's batch reads: every field of a level of the query that needs
// the same kind of record shares one store round trip, however many rows the level has (no N+1).
import DataLoader from 'dataloader';
import type {
  ActorRecord,
  ArticleRecord,
  MeetingRecord,
  ParticipationRecord,
  PlaceRecord,
  SeriesRecord,
  StatementRecord,
} from '../domain.js';
import type { ParticipationFilter, Store } from '../store/port.js';

export interface Loaders {
  actor: DataLoader<string, ActorRecord | null>;
  meeting: DataLoader<string, MeetingRecord | null>;
  series: DataLoader<string, SeriesRecord | null>;
  place: DataLoader<string, PlaceRecord | null>;
  article: DataLoader<string, ArticleRecord | null>;
  meetingsBySeries: DataLoader<string, MeetingRecord[]>;
  meetingsByArticle: DataLoader<string, MeetingRecord[]>;
  participationsByActor: DataLoader<string, ParticipationRecord[]>;
  statementsByActor: DataLoader<string, StatementRecord[]>;
  statementsByMeeting: DataLoader<string, StatementRecord[]>;
  statementsByArticle: DataLoader<string, StatementRecord[]>;
  sourcesByMeeting: DataLoader<string, ArticleRecord[]>;
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

export function createLoaders(store: Store): Loaders {
  const byFilter = new Map<string, DataLoader<string, ParticipationRecord[]>>();
  const loaders: Loaders = {
    actor: loader('getActors', (ids) => store.getActors(ids)),
    meeting: loader('getMeetings', (ids) => store.getMeetings(ids)),
    series: loader('getSeries', (ids) => store.getSeries(ids)),
    place: loader('getPlaces', (ids) => store.getPlaces(ids)),
    article: loader('getArticles', (ids) => store.getArticles(ids)),
    meetingsBySeries: loader('meetingsBySeries', (ids) => store.meetingsBySeries(ids)),
    meetingsByArticle: loader('meetingsByArticles', (ids) => store.meetingsByArticles(ids)),
    participationsByActor: loader('participationsByActors', (ids) => store.participationsByActors(ids)),
    statementsByActor: loader('statementsByActors', (ids) => store.statementsByActors(ids)),
    statementsByMeeting: loader('statementsByMeetings', (ids) => store.statementsByMeetings(ids)),
    statementsByArticle: loader('statementsByArticles', (ids) => store.statementsByArticles(ids)),
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
