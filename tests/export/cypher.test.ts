// Cypher export: one idempotent statement per line in the Neo4j adapter's model, literals escaped so that a decoder
// gets the original strings back. Replaying into a real Neo4j is tests/cli/neo4j.test.ts.
import { describe, expect, it } from 'vitest';
import { exportLines } from '../../src/export.js';
import { cypherLines, literal } from '../../src/export/cypher.js';
import { actorKeys, seriesKeys } from '../../src/store/merge.js';
import { DUMP } from './fixture.js';

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
    const lines = [...exportLines(DUMP, 'cypher')].join('').split('\n');
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
