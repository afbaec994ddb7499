// Cypher export: constraints, then one idempotent MERGE per node and per relationship, one statement per line.
// Pure. Replaying it (cypher-shell, or the driver line by line) into an empty Neo4j rebuilds the graph; replaying twice
// changes nothing. Values are literals, never string-built identifiers: labels and types come from model.ts only.
import type { GraphDump } from '../store/port.js';
import { LABELS, toGraph, type Properties, type PropertyValue } from './model.js';

export function* cypherLines(dump: GraphDump): Generator<string> {
  const graph = toGraph(dump);
  yield '// diplograph export: replay into an empty Neo4j (cypher-shell -f FILE); every statement is idempotent\n';
  for (const label of Object.values(LABELS)) {
    yield `CREATE CONSTRAINT ${constraintName(label)} IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE;\n`;
  }
  for (const n of graph.nodes) {
    // SET = (not +=) so a replay over an older copy also drops properties that have since become null.
    yield `MERGE (n:${n.label} {id: ${literal(n.id)}}) SET n = ${map(n.properties)};\n`;
  }
  for (const e of graph.edges) {
    const match = `MATCH (a:${e.from.label} {id: ${literal(e.from.id)}}), (b:${e.to.label} {id: ${literal(e.to.id)}})`;
    // Parallel relationships of one type differ by their key (the participation role), which MERGE must match on.
    const key = e.key === null ? '' : ` {role: ${literal(e.key)}}`;
    const set = Object.keys(e.properties).length > 0 ? ` SET r = ${map(e.properties)}` : '';
    yield `${match} MERGE (a)-[r:${e.type}${key}]->(b)${set};\n`;
  }
}

function constraintName(label: string): string {
  return `${label.replace(/[A-Z]/g, (c, i: number) => (i === 0 ? c.toLowerCase() : `_${c.toLowerCase()}`))}_id`;
}

function map(properties: Properties): string {
  return `{${Object.entries(properties)
    .map(([k, v]) => `${identifier(k)}: ${value(v)}`)
    .join(', ')}}`;
}

function value(v: PropertyValue): string {
  if (Array.isArray(v)) return `[${v.map(literal).join(', ')}]`;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new RangeError(`cannot export a non-finite number: ${v}`);
    return Number.isInteger(v) ? String(v) : v.toExponential();
  }
  return literal(v);
}

/** Property names from model.ts are plain; any other name is back-quoted (with back quotes doubled). */
function identifier(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `\`${name.replace(/`/g, '``')}\``;
}

const ESCAPES: Record<string, string> = { '\\': '\\\\', "'": "\\'", '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };

/**
 * A Cypher string literal in single quotes. Backslash, quote and line breaks are escaped so every statement stays on
 * one line; other control characters and lone surrogates become \uXXXX escapes (valid in Cypher, inert in text).
 */
export function literal(s: string): string {
  const body = s.replace(/[\\'\n\r\t\b\f]|[\u0000-\u001f\u007f\u2028\u2029]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, (c) =>
    ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `'${body}'`;
}
