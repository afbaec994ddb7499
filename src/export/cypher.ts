// Cypher export: the schema, then one idempotent MERGE per node and per relationship, one statement per line, in the
// Neo4j adapter's own model (schema/001-constraints.cypher): replayed into an empty Neo4j, `diplograph --neo4j` reads
// back the same dump. Pure but for reading schema/*.cypher. Labels and types are constants here, never data.
import type { ActorKind, Evidence } from '../domain.js';
import { assertNever } from '../errors.js';
import { actorKeys, seriesKeys } from '../store/merge.js';
import { schemaStatements } from '../store/neo4j/schema.js';
import type { GraphDump } from '../store/port.js';
import { searchText } from '../store/search.js';

type Value = string | number | string[] | null;

export function* cypherLines(dump: GraphDump, schema: readonly string[] = schemaOrFallback()): Generator<string> {
  yield '// diplograph export for Neo4j: replay with cypher-shell -f FILE (or line by line); replaying twice changes nothing\n';
  // Constraints first: MERGE on an indexed id stays fast however large the export.
  for (const s of schema) yield `${s.replace(/\s+/g, ' ')};\n`;

  // Nodes. `SET n += {...}` with nulls removes what the dump says is absent and keeps what it cannot carry
  // (an actor's nameLang/titleDate) when replayed over a live database. Articles carry their text and content hash,
  // so a replayed store finds duplicates and serves evidence exactly as the exported one did.
  for (const a of dump.articles) {
    yield node('Article', a.id, {
      url: a.url,
      title: a.title,
      source: a.source,
      publishedAt: a.publishedAt,
      language: a.language,
      text: a.text,
      contentHash: a.contentHash,
    });
  }
  for (const s of dump.series) yield node('MeetingSeries', s.id, { name: s.name, aliases: s.aliases });
  for (const a of dump.actors) {
    const { nameLangs, nameValues } = nameLists(a.names);
    const props = {
      kind: a.kind,
      name: a.name,
      nameLangs,
      nameValues,
      aliases: a.aliases,
      iso3: a.iso3,
      title: a.title,
    };
    yield node('Actor', a.id, props, kindLabel(a.kind));
  }
  for (const p of dump.places) yield node('Place', p.id, { name: p.name, ...nameLists(p.names) });
  for (const m of dump.meetings) {
    const { name, round, status, startDate, endDate, windowStart, windowEnd } = m;
    yield node('Meeting', m.id, { name, round, status, startDate, endDate, windowStart, windowEnd });
  }
  for (const p of dump.participations) yield node('Participation', p.id, { role: p.role });
  for (const s of dump.statements) {
    yield node('Statement', s.id, {
      kind: s.kind,
      text: s.text,
      date: s.date,
      language: s.language,
      searchText: searchText(s.text),
    });
  }
  const keys = new Set([...dump.actors.flatMap(actorKeys), ...dump.series.flatMap(seriesKeys)]);
  for (const key of [...keys].sort()) yield `MERGE (k:NameKey {key: ${literal(key)}});\n`;

  // Relationships: each MATCHes both ends by id and MERGEs the link.
  for (const a of dump.actors) {
    if (a.affiliationId !== null) yield link(['Actor', a.id], 'AFFILIATED_WITH', ['Actor', a.affiliationId]);
    for (const key of actorKeys(a)) yield knownAs('Actor', a.id, key);
  }
  for (const s of dump.series) for (const key of seriesKeys(s)) yield knownAs('MeetingSeries', s.id, key);
  for (const p of dump.places)
    if (p.countryId !== null) yield link(['Place', p.id], 'IN_COUNTRY', ['Actor', p.countryId]);
  for (const m of dump.meetings) {
    if (m.seriesId !== null) yield link(['Meeting', m.id], 'PART_OF', ['MeetingSeries', m.seriesId]);
    if (m.placeId !== null) yield link(['Meeting', m.id], 'LOCATED_IN', ['Place', m.placeId]);
    yield* evidence('Meeting', m.id, m.evidence);
  }
  for (const p of dump.participations) {
    yield link(['Actor', p.actorId], 'TOOK_PART', ['Participation', p.id]);
    yield link(['Participation', p.id], 'IN', ['Meeting', p.meetingId]);
    if (p.representingId !== null) yield link(['Participation', p.id], 'REPRESENTING', ['Actor', p.representingId]);
    yield* evidence('Participation', p.id, p.evidence);
  }
  for (const s of dump.statements) {
    yield link(['Actor', s.speakerId], 'SAID', ['Statement', s.id]);
    yield link(['Statement', s.id], 'IN_ARTICLE', ['Article', s.articleId]);
    if (s.meetingId !== null) yield link(['Statement', s.id], 'ABOUT', ['Meeting', s.meetingId]);
    yield* evidence('Statement', s.id, s.evidence);
  }
}

/** Uniqueness on every MERGE key, for a checkout without schema/ (an installed package): enough to replay fast. */
const FALLBACK_SCHEMA = ['Article', 'Actor', 'MeetingSeries', 'Place', 'Meeting', 'Participation', 'Statement']
  .map((label) => `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`)
  .concat('CREATE CONSTRAINT name_key IF NOT EXISTS FOR (n:NameKey) REQUIRE n.key IS UNIQUE');

function schemaOrFallback(): string[] {
  try {
    return schemaStatements();
  } catch {
    return FALLBACK_SCHEMA;
  }
}

function node(label: string, id: string, props: Record<string, Value>, extraLabel?: string): string {
  const extra = extraLabel ? ` SET n:${extraLabel}` : '';
  return `MERGE (n:${label} {id: ${literal(id)}})${extra} SET n += ${map(props)};\n`;
}

function link(from: [string, string], type: string, to: [string, string]): string {
  return `MATCH (a:${from[0]} {id: ${literal(from[1])}}), (b:${to[0]} {id: ${literal(to[1])}}) MERGE (a)-[:${type}]->(b);\n`;
}

function knownAs(label: string, id: string, key: string): string {
  return `MATCH (a:${label} {id: ${literal(id)}}), (k:NameKey {key: ${literal(key)}}) MERGE (a)-[:KNOWN_AS]->(k);\n`;
}

/** Evidence is keyed by (owner, article, start, end), as the adapter merges it; the span text is set once. */
function* evidence(label: string, id: string, list: readonly Evidence[]): Generator<string> {
  for (const e of list) {
    yield (
      `MATCH (n:${label} {id: ${literal(id)}}), (a:Article {id: ${literal(e.articleId)}}) ` +
      `MERGE (n)-[e:EVIDENCED_BY {start: ${e.start}, end: ${e.end}}]->(a) SET e.text = ${literal(e.text)};\n`
    );
  }
}

function kindLabel(kind: ActorKind): string {
  switch (kind) {
    case 'STATE':
      return 'State';
    case 'ORGANIZATION':
      return 'Organization';
    case 'PERSON':
      return 'Person';
    default:
      return assertNever(kind);
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
