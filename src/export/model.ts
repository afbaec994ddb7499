// The dump as a plain property graph for GraphML: labelled nodes, typed edges, flat properties. Pure.
// Names follow the Neo4j model (schema/model.md) except that a participation is one Actor→Meeting edge carrying its
// role (PARTICIPATED_IN), not a node: what analysts loading it in networkx want. cypher.ts keeps the exact model.
import type { Evidence, LocalizedName } from '../domain.js';
import type { GraphDump } from '../store/port.js';

/** Property values that both GraphML (string/int) and Neo4j can hold; structured values travel as JSON text. */
export type PropertyValue = string | number | string[];
export type Properties = Record<string, PropertyValue>;

export interface ExportNode {
  label: string;
  id: string;
  properties: Properties;
}

export interface ExportEdge {
  type: string;
  from: { label: string; id: string };
  to: { label: string; id: string };
  /** Distinguishes parallel edges of one type (an actor both HOST and MEDIATOR of one meeting). */
  key: string | null;
  properties: Properties;
}

export interface ExportGraph {
  nodes: ExportNode[];
  edges: ExportEdge[];
}

export const LABELS = {
  article: 'Article',
  actor: 'Actor',
  series: 'MeetingSeries',
  place: 'Place',
  meeting: 'Meeting',
  statement: 'Statement',
} as const;

export const RELATIONSHIPS = {
  affiliation: 'AFFILIATED_WITH',
  country: 'IN_COUNTRY',
  series: 'PART_OF',
  location: 'LOCATED_IN',
  participation: 'PARTICIPATED_IN',
  speaker: 'SAID',
  meeting: 'ABOUT',
  article: 'IN_ARTICLE',
} as const;

export function toGraph(dump: GraphDump): ExportGraph {
  const nodes: ExportNode[] = [];
  const edges: ExportEdge[] = [];
  const known = new Set<string>();
  const node = (label: string, id: string, properties: Properties): void => {
    known.add(`${label}\u0000${id}`);
    nodes.push({ label, id, properties: { id, ...properties } });
  };
  // Edges are kept only when both ends exist, so the output never points at a node it does not define.
  const pending: ExportEdge[] = [];
  const edge = (
    type: string,
    from: [string, string],
    to: [string, string | null],
    properties: Properties = {},
    key: string | null = null,
  ): void => {
    if (to[1] !== null)
      pending.push({ type, from: { label: from[0], id: from[1] }, to: { label: to[0], id: to[1] }, key, properties });
  };
  const L = LABELS;
  const R = RELATIONSHIPS;

  for (const a of dump.articles)
    node(
      L.article,
      a.id,
      props({ url: a.url, title: a.title, source: a.source, publishedAt: a.publishedAt, language: a.language }),
    );
  for (const a of dump.actors) {
    node(
      L.actor,
      a.id,
      props({ kind: a.kind, name: a.name, names: names(a.names), aliases: a.aliases, iso3: a.iso3, title: a.title }),
    );
    edge(R.affiliation, [L.actor, a.id], [L.actor, a.affiliationId]);
  }
  for (const s of dump.series) node(L.series, s.id, props({ name: s.name, aliases: s.aliases }));
  for (const p of dump.places) {
    node(L.place, p.id, props({ name: p.name, names: names(p.names) }));
    edge(R.country, [L.place, p.id], [L.actor, p.countryId]);
  }
  for (const m of dump.meetings) {
    const { evidence, seriesId, placeId, id, ...rest } = m;
    node(L.meeting, id, props({ ...rest, evidence: evidenceJson(evidence) }));
    edge(R.series, [L.meeting, id], [L.series, seriesId]);
    edge(R.location, [L.meeting, id], [L.place, placeId]);
  }
  for (const p of dump.participations) {
    const properties = props({
      id: p.id,
      role: p.role,
      representingId: p.representingId,
      evidence: evidenceJson(p.evidence),
    });
    edge(R.participation, [L.actor, p.actorId], [L.meeting, p.meetingId], properties, p.role);
  }
  for (const s of dump.statements) {
    node(
      L.statement,
      s.id,
      props({ kind: s.kind, text: s.text, date: s.date, language: s.language, evidence: evidenceJson(s.evidence) }),
    );
    edge(R.speaker, [L.actor, s.speakerId], [L.statement, s.id]);
    edge(R.meeting, [L.statement, s.id], [L.meeting, s.meetingId]);
    edge(R.article, [L.statement, s.id], [L.article, s.articleId]);
  }
  for (const e of pending) {
    if (known.has(`${e.from.label}\u0000${e.from.id}`) && known.has(`${e.to.label}\u0000${e.to.id}`)) edges.push(e);
  }
  return { nodes, edges };
}

/** Drops nulls: neither GraphML nor Neo4j stores an absent value, and dropping keeps replays idempotent. */
function props(o: Record<string, PropertyValue | null | undefined>): Properties {
  const out: Properties = {};
  for (const [k, v] of Object.entries(o)) if (v !== null && v !== undefined) out[k] = v;
  return out;
}

function names(list: readonly LocalizedName[]): string {
  return JSON.stringify(list.map((n) => ({ lang: n.lang, value: n.value })));
}

function evidenceJson(list: readonly Evidence[]): string {
  return JSON.stringify(
    list.map((e) => ({
      articleId: e.articleId,
      text: e.text,
      start: e.start,
      end: e.end,
      ...(e.inTitle ? { inTitle: true } : {}),
    })),
  );
}
