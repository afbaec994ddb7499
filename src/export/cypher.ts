// Cypher export: the schema, then one idempotent MERGE per node and per relationship, one statement per line, in the
// Neo4j adapter's own model (store/cypher.ts, schema/001-constraints.cypher): replayed into an empty Neo4j,
// `diplograph --neo4j` reads back the same dump. Pure but for reading schema/*.cypher.
import type { Evidence } from '../domain.js';
import type { EvidenceOwner, Label, Link, Relationship } from '../store/cypher.js';
import {
  ACTOR_MERGE_STATE,
  ID_LABELS,
  KIND_LABEL,
  LABEL,
  LINKS,
  PROPS,
  REL,
  mergeEvidence,
  mergeNameKey,
  mergeNode,
  mergeRel,
  nameKeyNode,
  nodeById,
} from '../store/cypher.js';
import { actorKeys, seriesKeys } from '../store/merge.js';
import { schemaStatements } from '../store/schema.js';
import type { GraphDump } from '../store/port.js';
import type { SearchFolding } from '../store/search.js';
import { seedSearchFolding } from '../store/seed-search.js';

type Value = string | number | string[] | null;

/** The actor properties a record carries: all but the merge state, which a replay over a live database keeps. */
const ACTOR_PROPS = PROPS.Actor.filter((p) => !(ACTOR_MERGE_STATE as readonly string[]).includes(p));

export function* cypherLines(
  dump: GraphDump,
  schema: readonly string[] = schemaOrFallback(),
  search: SearchFolding = seedSearchFolding(),
): Generator<string> {
  yield '// diplograph export for Neo4j: replay with cypher-shell -f FILE (or line by line); replaying twice changes nothing\n';
  // Constraints first: MERGE on an indexed id stays fast however large the export.
  for (const s of schema) yield `${s.replace(/\s+/g, ' ')};\n`;
  yield* nodeLines(dump, search);
  // Relationships: each MATCHes both ends by id and MERGEs the link.
  yield* relationshipLines(dump);
}

/**
 * Nodes. `SET n += {...}` with nulls removes what the dump says is absent and keeps what it cannot carry (an actor's
 * nameLang/titleDate) when replayed over a live database. Articles carry their text and content hash, so a replayed
 * store finds duplicates and serves evidence exactly as the exported one did.
 */
function* nodeLines(dump: GraphDump, search: SearchFolding): Generator<string> {
  for (const a of dump.articles) yield node(LABEL.article, a.id, pick(a, PROPS.Article));
  for (const s of dump.series) yield node(LABEL.series, s.id, pick(s, PROPS.MeetingSeries));
  for (const a of dump.actors) {
    yield node(LABEL.actor, a.id, pick({ ...a, ...nameLists(a.names) }, ACTOR_PROPS), KIND_LABEL[a.kind]);
  }
  for (const p of dump.places) yield node(LABEL.place, p.id, pick({ ...p, ...nameLists(p.names) }, PROPS.Place));
  for (const m of dump.meetings) yield node(LABEL.meeting, m.id, pick(m, PROPS.Meeting));
  for (const p of dump.participations) yield node(LABEL.participation, p.id, pick(p, PROPS.Participation));
  for (const s of dump.statements) {
    yield node(LABEL.statement, s.id, pick({ ...s, searchText: search.text(s.text) }, PROPS.Statement));
  }
  const keys = new Set([...dump.actors.flatMap(actorKeys), ...dump.series.flatMap(seriesKeys)]);
  for (const key of [...keys].sort()) yield `${mergeNameKey('k', literal(key))};\n`;
}

/** Per record: its links (store/cypher.ts LINKS), then its name keys or its evidence. */
function* relationshipLines(dump: GraphDump): Generator<string> {
  for (const a of dump.actors) {
    yield* links(LABEL.actor, a, LINKS.Actor);
    for (const key of actorKeys(a)) yield knownAs(LABEL.actor, a.id, key);
  }
  for (const s of dump.series) for (const key of seriesKeys(s)) yield knownAs(LABEL.series, s.id, key);
  for (const p of dump.places) yield* links(LABEL.place, p, LINKS.Place);
  for (const m of dump.meetings) {
    yield* links(LABEL.meeting, m, LINKS.Meeting);
    yield* evidence(LABEL.meeting, m.id, m.evidence);
  }
  for (const p of dump.participations) {
    yield* links(LABEL.participation, p, LINKS.Participation);
    yield* evidence(LABEL.participation, p.id, p.evidence);
  }
  for (const s of dump.statements) {
    yield* links(LABEL.statement, s, LINKS.Statement);
    yield* evidence(LABEL.statement, s.id, s.evidence);
  }
}

/** Uniqueness on every MERGE key, for a checkout without schema/ (an installed package): enough to replay fast. */
const FALLBACK_SCHEMA = ID_LABELS.map(
  (label) => `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
).concat(`CREATE CONSTRAINT name_key IF NOT EXISTS FOR (n:${LABEL.nameKey}) REQUIRE n.key IS UNIQUE`);

function schemaOrFallback(): string[] {
  try {
    return schemaStatements();
  } catch {
    return FALLBACK_SCHEMA;
  }
}

/** The named fields of a record, in the model's order; a field the record lacks is a bug of the model. */
function pick(record: object, fields: readonly string[]): Record<string, Value> {
  const out: Record<string, Value> = {};
  for (const f of fields) {
    const v = (record as Record<string, unknown>)[f];
    if (v === undefined) throw new Error(`the graph model names a property "${f}" that the record lacks`);
    out[f] = v as Value;
  }
  return out;
}

function node(label: Label, id: string, props: Record<string, Value>, extraLabel?: string): string {
  const extra = extraLabel ? ` SET n:${extraLabel}` : '';
  return `${mergeNode('n', label, literal(id))}${extra} SET n += ${map(props)};\n`;
}

/** The record's links that point somewhere; an incoming one (an actor TOOK_PART) starts at the other end. */
function* links(label: Label, record: object, list: readonly Link[]): Generator<string> {
  const id = (record as { id: string }).id;
  for (const l of list) {
    const other = (record as Record<string, unknown>)[l.field];
    if (typeof other !== 'string') continue;
    yield l.incoming === true
      ? link([l.rel.from, other], l.rel, [label, id])
      : link([label, id], l.rel, [l.rel.to, other]);
  }
}

function link(from: [Label, string], rel: Relationship, to: [Label, string]): string {
  const ends = `${nodeById('a', from[0], literal(from[1]))}, ${nodeById('b', to[0], literal(to[1]))}`;
  return `MATCH ${ends} ${mergeRel('a', rel, 'b')};\n`;
}

function knownAs(label: Label, id: string, key: string): string {
  const ends = `${nodeById('a', label, literal(id))}, ${nameKeyNode('k', literal(key))}`;
  return `MATCH ${ends} ${mergeRel('a', REL.knownAs, 'k')};\n`;
}

/** Evidence is keyed by (owner, article, start, end), as the adapter merges it; the span text is set once. */
function* evidence(label: EvidenceOwner, id: string, list: readonly Evidence[]): Generator<string> {
  for (const e of list) {
    const ends = `${nodeById('n', label, literal(id))}, ${nodeById('a', LABEL.article, literal(e.articleId))}`;
    const inTitle = e.inTitle ? ', e.inTitle = true' : '';
    yield `MATCH ${ends} ${mergeEvidence('n', 'a', String(e.start), String(e.end))} SET e.text = ${literal(e.text)}${inTitle};\n`;
  }
}

function nameLists(names: readonly { lang: string; value: string }[]): { nameLangs: string[]; nameValues: string[] } {
  return { nameLangs: names.map((n) => n.lang), nameValues: names.map((n) => n.value) };
}

function map(props: Record<string, Value>): string {
  return `{${Object.entries(props)
    .map(([k, v]) => `${k}: ${value(v)}`)
    .join(', ')}}`;
}

function value(v: Value): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return `[${v.map(literal).join(', ')}]`;
  if (typeof v === 'number') {
    if (!Number.isSafeInteger(v)) throw new RangeError(`cannot export a non-integer number: ${v}`);
    return String(v);
  }
  return literal(v);
}

const ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  "'": "\\'",
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
};

/**
 * A Cypher string literal in single quotes. Backslash, quote and line breaks are escaped so every statement stays on
 * one line; other control characters and lone surrogates become \uXXXX escapes (valid in Cypher, inert in text).
 */
export function literal(s: string): string {
  const body = s.replace(
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must be escaped
    /[\\'\n\r\t\b\f]|[\u0000-\u001f\u007f\u2028\u2029]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    (c) => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `'${body}'`;
}
