// Exports from a GraphDump: JSON Lines round-trips, GraphML parses with the right nodes and edges (also in networkx
// when Python has it), Cypher is one idempotent statement per line with correctly escaped literals.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { exportLines, jsonlLines, parseJsonl } from '../src/export.js';
import { cypherLines, literal } from '../src/export/cypher.js';
import { actorKeys, seriesKeys } from '../src/store/merge.js';
import type { GraphDump } from '../src/store/port.js';

const ev = (
  articleId: string,
  text: string,
  start: number,
): { articleId: string; text: string; start: number; end: number } => ({
  articleId,
  text,
  start,
  end: start + text.length,
});
const TRICKY = `He said: "it's over" \\ <b>&amp;</b>\nnext line\ttab \u0001 — انتهى`;

/** A small graph touching every record type, parallel roles, nulls, and strings that need escaping. */
const DUMP: GraphDump = {
  articles: [
    {
      id: 'a1',
      url: 'https://x.example/1?a=1&b=2',
      title: 'Astana 20 "ends"',
      source: 'X',
      publishedAt: '2023-06-21',
      language: 'en',
    },
    { id: 'a2', url: null, title: null, source: null, publishedAt: '2023-06-22', language: 'ar' },
  ],
  actors: [
    {
      id: 'KAZ',
      kind: 'STATE',
      name: 'Kazakhstan',
      names: [{ lang: 'ar', value: 'كازاخستان' }],
      aliases: ['Kazakhstan', 'كازاخستان'],
      iso3: 'KAZ',
      title: null,
      affiliationId: null,
    },
    {
      id: 'RUS',
      kind: 'STATE',
      name: 'Russia',
      names: [
        { lang: 'en', value: 'Russia' },
        { lang: 'ar', value: 'روسيا' },
      ],
      aliases: [],
      iso3: 'RUS',
      title: null,
      affiliationId: null,
    },
    {
      id: 'alexander-lavrentiev',
      kind: 'PERSON',
      name: 'Alexander Lavrentiev',
      names: [],
      aliases: ["Lavrentiev's"],
      iso3: null,
      title: 'Special Envoy',
      affiliationId: 'RUS',
    },
  ],
  series: [{ id: 'astana', name: 'Astana format', aliases: ['Astana', 'أستانة', 'Nur-Sultan'] }],
  places: [{ id: 'astana', name: 'Astana', names: [{ lang: 'ru', value: 'Астана' }], countryId: 'KAZ' }],
  meetings: [
    {
      id: 'astana-20',
      name: 'Astana 20',
      seriesId: 'astana',
      round: 20,
      status: 'HELD',
      startDate: '2023-06-20',
      endDate: '2023-06-21',
      windowStart: null,
      windowEnd: null,
      placeId: 'astana',
      evidence: [ev('a1', 'the twentieth round', 4)],
    },
    {
      id: 'astana-21',
      name: 'Astana 21',
      seriesId: 'astana',
      round: 21,
      status: 'PLANNED',
      startDate: null,
      endDate: null,
      windowStart: '2023-07-01',
      windowEnd: '2023-12-31',
      placeId: null,
      evidence: [ev('a2', 'النصف الثاني', 10)],
    },
  ],
  participations: [
    {
      id: 'astana-20|KAZ|HOST',
      meetingId: 'astana-20',
      actorId: 'KAZ',
      role: 'HOST',
      representingId: null,
      evidence: [ev('a1', 'hosted', 40)],
    },
    {
      id: 'astana-20|KAZ|MEDIATOR',
      meetingId: 'astana-20',
      actorId: 'KAZ',
      role: 'MEDIATOR',
      representingId: null,
      evidence: [ev('a1', 'mediator', 60)],
    },
    {
      id: 'astana-20|RUS|GUARANTOR',
      meetingId: 'astana-20',
      actorId: 'RUS',
      role: 'GUARANTOR',
      representingId: null,
      evidence: [ev('a1', 'guarantor', 80)],
    },
    {
      id: 'astana-20|alexander-lavrentiev|PARTICIPANT',
      meetingId: 'astana-20',
      actorId: 'alexander-lavrentiev',
      role: 'PARTICIPANT',
      representingId: 'RUS',
      evidence: [ev('a1', 'Lavrentiev', 100), ev('a2', 'لافرنتييف', 5)],
    },
  ],
  statements: [
    {
      id: 's1',
      speakerId: 'alexander-lavrentiev',
      kind: 'QUOTE',
      text: TRICKY,
      date: '2023-06-21',
      meetingId: 'astana-20',
      language: 'en',
      evidence: [ev('a1', TRICKY, 120)],
      articleId: 'a1',
    },
    {
      id: 's2',
      speakerId: 'RUS',
      kind: 'REPORTED',
      text: 'تستضيف',
      date: null,
      meetingId: null,
      language: 'ar',
      evidence: [ev('a2', 'تستضيف', 30)],
      articleId: 'a2',
    },
  ],
};
const NODES = 2 + 3 + 1 + 1 + 2 + 2; // articles, actors, series, places, meetings, statements
// affiliation 1, place country 1, meeting series 2, meeting place 1, participations 4, said 2, about 1, from article 2
const EDGES = 1 + 1 + 2 + 1 + 4 + 2 + 1 + 2;

const text = (format: 'jsonl' | 'graphml' | 'cypher'): string => [...exportLines(DUMP, format)].join('');

describe('jsonl', () => {
  it('writes one typed record per line and parses back into the same dump', () => {
    const lines = text('jsonl').split('\n').filter(Boolean);
    expect(lines).toHaveLength(2 + 3 + 1 + 1 + 2 + 4 + 2);
    expect(lines.map((l) => (JSON.parse(l) as { type: string }).type)).toEqual([
      'article',
      'article',
      'actor',
      'actor',
      'actor',
      'series',
      'place',
      'meeting',
      'meeting',
      'participation',
      'participation',
      'participation',
      'participation',
      'statement',
      'statement',
    ]);
    expect(parseJsonl(lines)).toEqual(DUMP);
  });

  it.each([
    ['invalid JSON', '{"type":"actor",', /line 1: invalid JSON/],
    ['an unknown type', '{"type":"evidence","id":"x"}', /line 1: unknown record type "evidence"/],
  ])('rejects %s naming the line', (_name, line, message) => {
    expect(() => parseJsonl([line])).toThrow(message);
  });

  it('is lazy: the first line comes before the rest are built', () => {
    const gen = jsonlLines(DUMP);
    expect(JSON.parse(gen.next().value as string)).toMatchObject({ type: 'article', id: 'a1' });
  });
});

describe('graphml', () => {
  const xml = text('graphml');
  const { document } = parseHTML('<html></html>');
  const doc = new (document.defaultView as unknown as { DOMParser: typeof DOMParser }).DOMParser().parseFromString(
    xml,
    'text/xml',
  );
  const keys = new Map(
    Array.from(doc.querySelectorAll('key')).map((k) => [k.getAttribute('id'), k.getAttribute('attr.name')]),
  );
  const dataOf = (el: Element | undefined): Record<string, string> =>
    Object.fromEntries(
      Array.from(el?.querySelectorAll('data') ?? []).map((d) => [
        keys.get(d.getAttribute('key')) ?? '?',
        d.textContent,
      ]),
    );
  const typesOf = new Set(Array.from(doc.querySelectorAll('key')).map((k) => k.getAttribute('attr.type')));

  it('has one node per record and one edge per relationship, all ends defined', () => {
    const nodes = Array.from(doc.querySelectorAll('node'));
    const edges = Array.from(doc.querySelectorAll('edge'));
    expect(nodes).toHaveLength(NODES);
    expect(edges).toHaveLength(EDGES);
    const ids = new Set(nodes.map((n) => n.getAttribute('id')));
    for (const e of edges) {
      expect(ids.has(e.getAttribute('source'))).toBe(true);
      expect(ids.has(e.getAttribute('target'))).toBe(true);
    }
    const edgeIds = edges.map((e) => e.getAttribute('id'));
    expect(new Set(edgeIds).size).toBe(edgeIds.length);
  });

  it('declares only string and int attributes, and keeps labels, types and tricky text intact', () => {
    expect(typesOf).toEqual(new Set(['string', 'int']));
    const statement = Array.from(doc.querySelectorAll('node')).find((n) => n.getAttribute('id') === 'Statement:s1');
    expect(dataOf(statement)).toMatchObject({ label: 'Statement', id: 's1', text: TRICKY.replace('\u0001', '') });
    const meeting = Array.from(doc.querySelectorAll('node')).find((n) => n.getAttribute('id') === 'Meeting:astana-20');
    expect(dataOf(meeting)).toMatchObject({ label: 'Meeting', round: '20', status: 'HELD' });
    const roles = Array.from(doc.querySelectorAll('edge'))
      .map(dataOf)
      .filter((d) => d.label === 'PARTICIPATED_IN')
      .map((d) => d.role);
    expect(roles.sort()).toEqual(['GUARANTOR', 'HOST', 'MEDIATOR', 'PARTICIPANT']);
  });

  const python = spawnSync('python3', ['-c', 'import networkx'], { encoding: 'utf8' });
  const hasNetworkx = python.status === 0;
  if (!hasNetworkx) console.warn('export.test: networkx check skipped: python3 with networkx is not available');
  it.skipIf(!hasNetworkx)('loads in networkx.read_graphml with the same counts, parallel roles kept', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dg-graphml-'));
    try {
      const file = path.join(dir, 'g.graphml');
      writeFileSync(file, xml);
      const script = [
        'import json, sys, networkx as nx',
        'g = nx.read_graphml(sys.argv[1])',
        'rounds = [d.get("round") for _, d in g.nodes(data=True) if d.get("label") == "Meeting"]',
        'print(json.dumps({"nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "multi": g.is_multigraph(), "rounds": sorted(rounds)}))',
      ].join('\n');
      const r = spawnSync('python3', ['-c', script, file], { encoding: 'utf8' });
      expect(r.stderr).toBe('');
      expect(JSON.parse(r.stdout)).toEqual({ nodes: NODES, edges: EDGES, multi: true, rounds: [20, 21] });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('cypher', () => {
  const SCHEMA = ['CREATE CONSTRAINT actor_id IF NOT EXISTS\n  FOR (n:Actor) REQUIRE n.id IS UNIQUE'];
  const statements = [...cypherLines(DUMP, SCHEMA)]
    .join('')
    .split('\n')
    .filter((l) => l !== '' && !l.startsWith('//'));
  const nameKeys = new Set([...DUMP.actors.flatMap(actorKeys), ...DUMP.series.flatMap(seriesKeys)]);
  const knownAs = DUMP.actors.flatMap(actorKeys).length + DUMP.series.flatMap(seriesKeys).length;

  it('is one statement per line: schema, then a MERGE per node, then a MATCH ... MERGE per relationship', () => {
    expect(statements.every((l) => l.endsWith(';'))).toBe(true);
    expect(statements[0]).toBe('CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE;');
    const nodes = statements.filter((l) => l.startsWith('MERGE ('));
    expect(nodes).toHaveLength(2 + 1 + 3 + 1 + 2 + 4 + 2 + nameKeys.size);
    const rels = statements.filter((l) => l.startsWith('MATCH '));
    const count = (type: string): number =>
      rels.filter((l) => l.includes(`-[:${type}]->`) || l.includes(`-[e:${type} `)).length;
    expect({
      AFFILIATED_WITH: count('AFFILIATED_WITH'),
      KNOWN_AS: count('KNOWN_AS'),
      IN_COUNTRY: count('IN_COUNTRY'),
      PART_OF: count('PART_OF'),
      LOCATED_IN: count('LOCATED_IN'),
      TOOK_PART: count('TOOK_PART'),
      IN: count('IN'),
      REPRESENTING: count('REPRESENTING'),
      SAID: count('SAID'),
      IN_ARTICLE: count('IN_ARTICLE'),
      ABOUT: count('ABOUT'),
      EVIDENCED_BY: count('EVIDENCED_BY'),
    }).toEqual({
      AFFILIATED_WITH: 1,
      KNOWN_AS: knownAs,
      IN_COUNTRY: 1,
      PART_OF: 2,
      LOCATED_IN: 1,
      TOOK_PART: 4,
      IN: 4,
      REPRESENTING: 1,
      SAID: 2,
      IN_ARTICLE: 2,
      ABOUT: 1,
      EVIDENCED_BY: 2 + 5 + 2,
    });
    expect(statements).toHaveLength(1 + nodes.length + rels.length);
    // Nothing but schema commands creates: replaying twice adds nothing.
    expect(statements.filter((l) => /\bCREATE\b/.test(l) && !l.startsWith('CREATE CONSTRAINT'))).toEqual([]);
  });

  it('writes node properties as literals, lists as lists, the kind as a label, nulls as removals', () => {
    expect(statements.find((l) => l.startsWith("MERGE (n:Actor {id: 'alexander-lavrentiev'})"))).toBe(
      "MERGE (n:Actor {id: 'alexander-lavrentiev'}) SET n:Person SET n += {kind: 'PERSON', name: 'Alexander Lavrentiev', " +
        "nameLangs: [], nameValues: [], aliases: ['Lavrentiev\\'s'], iso3: null, title: 'Special Envoy'};",
    );
    expect(statements.find((l) => l.startsWith("MERGE (n:Meeting {id: 'astana-20'})"))).toContain(
      "round: 20, status: 'HELD'",
    );
    expect(statements).toContain(
      "MATCH (n:Participation {id: 'astana-20|KAZ|HOST'}), (a:Article {id: 'a1'}) MERGE (n)-[e:EVIDENCED_BY {start: 40, end: 46}]->(a) SET e.text = 'hosted';",
    );
  });

  it("starts with the adapter's schema (schema/*.cypher), each statement on one line", () => {
    const lines = text('cypher').split('\n');
    expect(lines).toContain('CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;');
    expect(lines.some((l) => l.startsWith('CREATE FULLTEXT INDEX statement_search IF NOT EXISTS'))).toBe(true);
  });

  it.each([
    ['plain', 'Astana', "'Astana'"],
    ['a single quote', "Lavrentiev's", "'Lavrentiev\\'s'"],
    ['a backslash', 'a\\b', "'a\\\\b'"],
    ['line breaks and tabs', 'a\nb\r\tc', "'a\\nb\\r\\tc'"],
    ['a control character', 'a\u0001b', "'a\\u0001b'"],
    ['Arabic and a double quote', 'قال "انتهى"', '\'قال "انتهى"\''],
    ['a lone surrogate', 'x\ud800y', "'x\\ud800y'"],
  ])('escapes %s', (_name, input, expected) => {
    expect(literal(input)).toBe(expected);
    expect(decodeCypherString(literal(input))).toBe(input);
  });
});

/** A test-side reader of Cypher string literals, so escaping is checked against a decoder, not just by eye. */
function decodeCypherString(lit: string): string {
  const body = lit.slice(1, -1);
  const simple: Record<string, string> = {
    n: '\n',
    r: '\r',
    t: '\t',
    b: '\b',
    f: '\f',
    "'": "'",
    '"': '"',
    '\\': '\\',
  };
  return body.replace(/\\(u[0-9a-fA-F]{4}|.)/g, (_m, e: string) =>
    e.length === 5 ? String.fromCharCode(parseInt(e.slice(1), 16)) : (simple[e] ?? e),
  );
}
