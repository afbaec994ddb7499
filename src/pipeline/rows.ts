// Knowledge rows by id, indexed once per knowledge load: the rules ask for a row per mention, per fact and per
// sentence, and a search through the row lists each time added up over every article. Pure; the index of a knowledge
// set is kept as long as the set itself.
import type { ParticipationRole } from '../domain.js';
import type { ActorRow, Knowledge, PlaceRow, SeriesRow, StateRow } from './knowledge.js';

interface Rows {
  actors: Map<string, ActorRow>;
  places: Map<string, PlaceRow>;
  series: Map<string, SeriesRow>;
  states: Map<string, StateRow>;
  /** Standing roles: series id → actor id → role. */
  roles: Map<string, Map<string, ParticipationRole>>;
}

const indexes = new WeakMap<Knowledge, Rows>();

/** A map of rows by key; the first row of a key wins, as a search through the list would find it. */
function byKey<T>(rows: readonly T[], key: (row: T) => string): Map<string, T> {
  const out = new Map<string, T>();
  for (const r of rows) if (!out.has(key(r))) out.set(key(r), r);
  return out;
}

function rows(k: Knowledge): Rows {
  let index = indexes.get(k);
  if (index) return index;
  const roles = new Map<string, Map<string, ParticipationRole>>();
  for (const s of k.series) {
    if (roles.has(s.id)) continue;
    const members = new Map<string, ParticipationRole>();
    for (const m of s.members) if (!members.has(m.actor)) members.set(m.actor, m.role);
    roles.set(s.id, members);
  }
  index = {
    actors: byKey(k.actors, (a) => a.id),
    places: byKey(k.places, (p) => p.id),
    series: byKey(k.series, (s) => s.id),
    states: byKey(k.states, (s) => s.iso3),
    roles,
  };
  indexes.set(k, index);
  return index;
}

export function actorRow(k: Knowledge, id: string | null | undefined): ActorRow | undefined {
  return id == null ? undefined : rows(k).actors.get(id);
}

export function placeRow(k: Knowledge, id: string | null | undefined): PlaceRow | undefined {
  return id == null ? undefined : rows(k).places.get(id);
}

export function seriesRow(k: Knowledge, id: string | null | undefined): SeriesRow | undefined {
  return id == null ? undefined : rows(k).series.get(id);
}

export function stateRow(k: Knowledge, iso3: string): StateRow | undefined {
  return rows(k).states.get(iso3);
}

/** The standing role of an actor in a series, if it is a member (the first membership row of the actor). */
export function standingRole(k: Knowledge, seriesId: string, actorId: string): ParticipationRole | null {
  return rows(k).roles.get(seriesId)?.get(actorId) ?? null;
}

/** The actor row of an id if it is of the kind (kinds other than PERSON: 'ORGANIZATION'). */
export function actorOfKind(k: Knowledge, id: string, kind: ActorRow['kind']): ActorRow | undefined {
  const row = actorRow(k, id);
  // Ids are unique in the seed; should a set repeat one, the list holds the row of the kind.
  if (!row || row.kind === kind) return row;
  return k.actors.find((a) => a.id === id && a.kind === kind);
}
