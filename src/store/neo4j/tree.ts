// The Neo4j meeting tree read (port.ts meetingTree): the whole selection of a meetings query compiled into one
// Cypher query that projects only the selected properties, the way @neo4j/graphql compiles a request. The series
// name is resolved inside the same query; each attendee's statements are read once, however many meetings it
// attended. Query text is assembled from the constant fragments below, chosen by the shape: never from input.
import neo4j from 'neo4j-driver';
import type { Integer, Record as Neo4jRecord } from 'neo4j-driver';
import type { ActorRecord, LocalizedName, MeetingRecord, ParticipationRecord, StatementRecord } from '../../domain.js';
import { nameKey } from '../../names.js';
import type {
  ActorField,
  ListWindow,
  MeetingField,
  MeetingFilter,
  MeetingNode,
  MeetingTreeShape,
  ParticipationField,
  StatementField,
} from '../port.js';
import { assembleTree, type TreeRows } from '../tree.js';
import type { Row } from './records.js';

type Params = Record<string, unknown>;
type MeetingRow = Partial<MeetingRecord> & { id: string };
type PartRow = Partial<ParticipationRecord> & { actorId: string };
type ActorRow = Partial<ActorRecord> & Row & { id: string };

const MEETING_PROPS: Record<MeetingField, string> = {
  id: '.id',
  name: '.name',
  round: '.round',
  status: '.status',
  startDate: '.startDate',
  endDate: '.endDate',
  windowStart: '.windowStart',
  windowEnd: '.windowEnd',
};
const PARTICIPATION_PROPS: Record<ParticipationField, string> = { id: '.id', role: '.role' };
const ACTOR_PROPS: Record<ActorField, string> = {
  id: '.id',
  kind: '.kind',
  name: '.name',
  names: '.nameLangs, .nameValues',
  aliases: '.aliases',
  iso3: '.iso3',
  title: '.title',
};
const STATEMENT_PROPS: Record<StatementField, string> = {
  id: '.id',
  kind: '.kind',
  text: '.text',
  date: '.date',
  language: '.language',
};

/** `.a, .b` for the fields, each once, plus the always-needed ones. */
function props<F extends string>(table: Record<F, string>, fields: readonly F[], always: readonly F[] = []): string {
  return [...new Set([...always, ...fields])].map((f) => table[f]).join(', ');
}

/**
 * The meetings of the filter, in the port's order. With a series: its id, else the first series (by id) one of
 * whose names folds to the key; Neo4j's min() orders ids by UTF-16 unit, the same as by code point for the
 * ASCII ids series have (seed/gazetteer/series.json).
 */
function meetingsMatch(filter: MeetingFilter): string {
  const where = `($round IS NULL OR m.round = $round)
  AND ($from IS NULL OR coalesce(m.endDate, m.startDate) >= $from)
  AND ($to IS NULL OR coalesce(m.startDate, m.endDate) <= $to)
  AND ($attendeeIds IS NULL OR EXISTS {
    MATCH (m)<-[:IN]-(:Participation)<-[:TOOK_PART]-(attendee:Actor) WHERE attendee.id IN $attendeeIds })`;
  if (!present(filter.series)) return `MATCH (m:Meeting) WHERE ${where}`;
  return `CALL () {
  OPTIONAL MATCH (exact:MeetingSeries {id: $series})
  OPTIONAL MATCH (:NameKey {key: $seriesKey})<-[:KNOWN_AS]-(named:MeetingSeries)
  WITH exact.id AS exact, min(named.id) AS named
  RETURN coalesce(exact, named) AS seriesId
}
MATCH (:MeetingSeries {id: seriesId})<-[:PART_OF]-(m:Meeting) WHERE ${where}`;
}

const ORDER = 'ORDER BY m.round IS NULL, m.round, m.startDate IS NULL, m.startDate, m.id';

/** The query for a shape: one row, `meetings` (each with `parts` when selected) and the distinct `actors`. */
function treeQueryText(filter: MeetingFilter, shape: MeetingTreeShape): string {
  const meeting = props(MEETING_PROPS, shape.fields, ['id']);
  const parts = shape.participants;
  if (!parts)
    return `${meetingsMatch(filter)}\nWITH m ${ORDER} LIMIT $first\nRETURN collect(m {${meeting}}) AS meetings, [] AS actors`;
  const actor = parts.actor;
  const participation = props(PARTICIPATION_PROPS, parts.fields);
  const head = `${meetingsMatch(filter)}
WITH m ${ORDER} LIMIT $first
CALL (m) {
  OPTIONAL MATCH (a:Actor)-[:TOOK_PART]->(p:Participation)-[:IN]->(m)
  WITH a, p ORDER BY p.id
  RETURN collect(p {${participation ? `${participation}, ` : ''}actorId: a.id}) AS parts, collect(a) AS attendees
}
WITH m, parts, attendees ${ORDER}
WITH collect(m {${meeting}, parts: parts}) AS meetings, collect(attendees) AS lists`;
  if (!actor) return `${head}\nRETURN meetings, [] AS actors`;
  const said = actor.statements;
  const statements = said
    ? `, statements: COLLECT {
      MATCH (a)-[:SAID]->(s:Statement) WITH s ORDER BY s.date IS NULL, s.date, s.id LIMIT $limit
      RETURN s {${props(STATEMENT_PROPS, said.fields, ['id'])}} }`
    : '';
  return `${head}
CALL (lists) {
  UNWIND lists AS list
  UNWIND list AS a
  WITH DISTINCT a
  RETURN collect(a {${props(ACTOR_PROPS, actor.fields, ['id'])}${statements}}) AS actors
}
RETURN meetings, actors`;
}

function present(v: string | null | undefined): v is string {
  return v !== undefined && v !== null && v.trim() !== '';
}

function presentOrNull(v: string | null | undefined): string | null {
  return present(v) ? v : null;
}

/** Localized names from the two parallel lists a node stores. */
function names(row: Row): LocalizedName[] {
  const langs = Array.isArray(row.nameLangs) ? (row.nameLangs as string[]) : [];
  const values = Array.isArray(row.nameValues) ? (row.nameValues as string[]) : [];
  return langs.map((lang, i) => ({ lang, value: values[i] ?? '' }));
}

/** The query of a filter and shape with its parameters; `attendeeIds` is null until the caller resolves them. */
export function meetingTreeQuery(filter: MeetingFilter, shape: MeetingTreeShape): { query: string; params: Params } {
  const round = filter.round ?? null;
  const said = shape.participants?.actor?.statements;
  const params: Params = {
    series: presentOrNull(filter.series),
    seriesKey: present(filter.series) ? nameKey(filter.series) : null,
    round: round !== null && Number.isSafeInteger(round) ? neo4j.int(round) : round,
    from: presentOrNull(filter.from),
    to: presentOrNull(filter.to),
    attendeeIds: null,
    limit: neo4j.int(said?.limit ?? Number.MAX_SAFE_INTEGER),
    first: firstOf(filter),
  };
  return { query: treeQueryText(filter, shape), params };
}

/** A window's `first` as a Cypher LIMIT (one that never cuts when there is none). */
export function firstOf(window: ListWindow | undefined): Integer {
  const first = window?.first;
  return neo4j.int(first === undefined || first === null || first < 0 ? Number.MAX_SAFE_INTEGER : first);
}

/** The tree from the query's one record. */
export function treeOf(records: readonly Neo4jRecord[], shape: MeetingTreeShape): MeetingNode[] {
  const [record] = records;
  const said = shape.participants?.actor?.statements;
  // The driver hands back the projected maps as plain objects: each holds exactly the properties asked for.
  const meetings = (record?.get('meetings') ?? []) as (MeetingRow & { parts?: PartRow[] })[];
  const actors = (record?.get('actors') ?? []) as (ActorRow & { statements?: Partial<StatementRecord>[] })[];
  const withNames = shape.participants?.actor?.fields.includes('names') === true;
  const rows: TreeRows = {
    meetings,
    participations: shape.participants ? meetings.map((m) => m.parts ?? []) : null,
    actors: withNames ? actors.map((a) => ({ ...a, names: names(a) })) : actors,
    actorStatements: said ? actors.map((a) => a.statements ?? []) : null,
  };
  return assembleTree(rows, shape);
}
