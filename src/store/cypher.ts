// The Neo4j graph model, written once: node labels, relationship types with their ends, the properties each node
// stores, the record fields that are links, and the MERGE shapes. The Neo4j adapter's queries (neo4j/queries.ts) and
// the Cypher export (export/cypher.ts) are both built from it; schema/001-constraints.cypher draws the same picture.
// Pure: strings only. A label or type is a constant here, never data.
import type { ActorKind } from '../domain.js';

/** Node labels of the records the port knows, and of the folded name keys and the writer's lock node. */
export const LABEL = {
  article: 'Article',
  actor: 'Actor',
  series: 'MeetingSeries',
  place: 'Place',
  meeting: 'Meeting',
  participation: 'Participation',
  statement: 'Statement',
  nameKey: 'NameKey',
  meta: 'DiplographMeta',
} as const;
export type Label = (typeof LABEL)[keyof typeof LABEL];

/** The labels merged on an `id` (a NameKey is merged on its `key`), in the export's order of constraints. */
export const ID_LABELS = [
  LABEL.article,
  LABEL.actor,
  LABEL.series,
  LABEL.place,
  LABEL.meeting,
  LABEL.participation,
  LABEL.statement,
] as const;

/** The second label of an actor, by its kind. */
export const KIND_LABEL: Readonly<Record<ActorKind, string>> = {
  STATE: 'State',
  ORGANIZATION: 'Organization',
  PERSON: 'Person',
};

export interface Relationship {
  type: string;
  from: Label;
  to: Label;
}

/** Every relationship type, with the labels at its two ends. */
export const REL = {
  affiliation: { type: 'AFFILIATED_WITH', from: LABEL.actor, to: LABEL.actor },
  country: { type: 'IN_COUNTRY', from: LABEL.place, to: LABEL.actor },
  series: { type: 'PART_OF', from: LABEL.meeting, to: LABEL.series },
  location: { type: 'LOCATED_IN', from: LABEL.meeting, to: LABEL.place },
  tookPart: { type: 'TOOK_PART', from: LABEL.actor, to: LABEL.participation },
  in: { type: 'IN', from: LABEL.participation, to: LABEL.meeting },
  representing: { type: 'REPRESENTING', from: LABEL.participation, to: LABEL.actor },
  said: { type: 'SAID', from: LABEL.actor, to: LABEL.statement },
  inArticle: { type: 'IN_ARTICLE', from: LABEL.statement, to: LABEL.article },
  about: { type: 'ABOUT', from: LABEL.statement, to: LABEL.meeting },
  /** From a meeting, participation or statement; keyed by (start, end), carrying the span's text. */
  evidence: { type: 'EVIDENCED_BY', from: LABEL.meeting, to: LABEL.article },
  /** From an actor or a series. */
  knownAs: { type: 'KNOWN_AS', from: LABEL.actor, to: LABEL.nameKey },
  /** One article's claim about a meeting (store/claims.ts), carrying the claimed fields. */
  claimed: { type: 'CLAIMED', from: LABEL.meeting, to: LABEL.article },
} as const satisfies Record<string, Relationship>;

/** The labels that carry evidence. */
export const EVIDENCE_OWNERS = [LABEL.meeting, LABEL.participation, LABEL.statement] as const;
export type EvidenceOwner = (typeof EVIDENCE_OWNERS)[number];

/** The properties each node stores besides its id, in the order they are written. */
export const PROPS = {
  Article: ['url', 'title', 'source', 'publishedAt', 'language', 'text', 'contentHash'],
  MeetingSeries: ['name', 'aliases'],
  Actor: ['kind', 'name', 'nameLang', 'nameLangs', 'nameValues', 'aliases', 'iso3', 'title', 'titleDate'],
  Place: ['name', 'nameLangs', 'nameValues'],
  Meeting: ['name', 'round', 'status', 'startDate', 'endDate', 'windowStart', 'windowEnd'],
  Participation: ['role'],
  Statement: ['kind', 'text', 'date', 'language', 'searchText'],
} as const satisfies Partial<Record<Label, readonly string[]>>;

/** An actor's merge state (store/merge.ts): stored to merge later reports, not part of the actor's record. */
export const ACTOR_MERGE_STATE = ['nameLang', 'titleDate'] as const;

export interface Link {
  /** The record field holding the id of the node at the other end. */
  field: string;
  rel: Relationship;
  /** The record is the relationship's target (an actor TOOK_PART in the participation), not its source. */
  incoming?: true;
}

/** The fields of each record that are links, in the order records list them. */
export const LINKS = {
  Actor: [{ field: 'affiliationId', rel: REL.affiliation }],
  Place: [{ field: 'countryId', rel: REL.country }],
  Meeting: [
    { field: 'seriesId', rel: REL.series },
    { field: 'placeId', rel: REL.location },
  ],
  Participation: [
    { field: 'actorId', rel: REL.tookPart, incoming: true },
    { field: 'meetingId', rel: REL.in },
    { field: 'representingId', rel: REL.representing },
  ],
  Statement: [
    { field: 'speakerId', rel: REL.said, incoming: true },
    { field: 'articleId', rel: REL.inArticle },
    { field: 'meetingId', rel: REL.about },
  ],
} as const satisfies Partial<Record<Label, readonly Link[]>>;

// ---- the shapes: each takes Cypher expressions (a parameter such as `r.id`, or a literal) ----

/** `(v:Label {id: ID})`: a node by its key. */
export function nodeById(v: string, label: Label, id: string): string {
  return `(${v}:${label} {id: ${id}})`;
}

/** `MERGE (v:Label {id: ID})`: every record node is merged on its id. */
export function mergeNode(v: string, label: Label, id: string): string {
  return `MERGE ${nodeById(v, label, id)}`;
}

/** `(v:NameKey {key: KEY})`: a folded name key. */
export function nameKeyNode(v: string, key: string): string {
  return `(${v}:${LABEL.nameKey} {key: ${key}})`;
}

/** `MERGE (v:NameKey {key: KEY})`: name keys are shared nodes, merged on the folded key. */
export function mergeNameKey(v: string, key: string): string {
  return `MERGE ${nameKeyNode(v, key)}`;
}

/** `MERGE (from)-[:TYPE]->(to)`: at most one relationship of a type between two nodes. */
export function mergeRel(from: string, rel: Relationship, to: string): string {
  return `MERGE (${from})-[:${rel.type}]->(${to})`;
}

/** `MERGE (owner)-[e:EVIDENCED_BY {start: S, end: E}]->(article)`: a span is identified by its offsets. */
export function mergeEvidence(owner: string, article: string, start: string, end: string): string {
  return `MERGE (${owner})-[e:${REL.evidence.type} {start: ${start}, end: ${end}}]->(${article})`;
}

/** `CREATE (owner)-[e:EVIDENCED_BY {start: S, end: E}]->(article)`: for an article created in the same batch. */
export function createEvidence(owner: string, article: string, start: string, end: string): string {
  return `CREATE (${owner})-[e:${REL.evidence.type} {start: ${start}, end: ${end}}]->(${article})`;
}

/** `v.p = src.p, ...` for every property of the label (the write path copies a row's fields). */
export function setProps(v: string, label: keyof typeof PROPS, src: string): string {
  return PROPS[label].map((p) => `${v}.${p} = ${src}.${p}`).join(', ');
}

/** `field: [(v)-[:TYPE]->(x:To) | x.id][0]`: a link read back as the id at its other end. */
export function linkedId(v: string, link: Link, x: string): string {
  const { rel } = link;
  const pattern =
    link.incoming === true ? `(${x}:${rel.from})-[:${rel.type}]->(${v})` : `(${v})-[:${rel.type}]->(${x}:${rel.to})`;
  return `${link.field}: [${pattern} | ${x}.id][0]`;
}
