// Whole-graph exports from a GraphDump: the format switch, and JSON Lines (one record per line, `type` first).
// Pure: a dump in, lines out (each ends with "\n"), produced lazily so the CLI can stream them.
import type { GraphDump } from './store/port.js';
import { assertNever, AppError } from './errors.js';
import { cypherLines } from './export/cypher.js';
import { graphmlLines } from './export/graphml.js';

export const EXPORT_FORMATS = ['cypher', 'graphml', 'jsonl'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function exportLines(dump: GraphDump, format: ExportFormat): Iterable<string> {
  switch (format) {
    case 'jsonl':
      return jsonlLines(dump);
    case 'graphml':
      return graphmlLines(dump);
    case 'cypher':
      return cypherLines(dump);
    default:
      return assertNever(format);
  }
}

/** The `type` of each JSON Lines record, and the GraphDump list it comes from, in output order. */
export const JSONL_TYPES = {
  article: 'articles',
  actor: 'actors',
  series: 'series',
  place: 'places',
  meeting: 'meetings',
  participation: 'participations',
  statement: 'statements',
} as const satisfies Record<string, keyof GraphDump>;
export type JsonlType = keyof typeof JSONL_TYPES;

export function* jsonlLines(dump: GraphDump): Generator<string> {
  for (const [type, list] of Object.entries(JSONL_TYPES) as [JsonlType, keyof GraphDump][]) {
    for (const record of dump[list]) yield `${JSON.stringify({ type, ...record })}\n`;
  }
}

/** The inverse of jsonlLines: lines back into a dump, lists in file order. Throws BAD_USER_INPUT naming the line. */
export function parseJsonl(lines: Iterable<string>): GraphDump {
  const dump: GraphDump = {
    articles: [],
    actors: [],
    series: [],
    places: [],
    meetings: [],
    participations: [],
    statements: [],
  };
  let n = 0;
  for (const line of lines) {
    n += 1;
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      throw new AppError('BAD_USER_INPUT', `line ${n}: invalid JSON (${e instanceof Error ? e.message : String(e)})`);
    }
    const { type, ...record } = value as { type?: unknown };
    if (typeof type !== 'string' || !(type in JSONL_TYPES)) {
      throw new AppError('BAD_USER_INPUT', `line ${n}: unknown record type ${JSON.stringify(type)}`);
    }
    (dump[JSONL_TYPES[type as JsonlType]] as unknown[]).push(record);
  }
  return dump;
}
