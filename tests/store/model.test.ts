// The graph model is written once (src/store/cypher.ts): every label and relationship type that a Neo4j query or
// the Cypher export names is one of the model's, so a misspelt label fails here instead of matching nothing.
import { describe, expect, it } from 'vitest';
import { cypherLines } from '../../src/export/cypher.js';
import { KIND_LABEL, LABEL, LINKS, PROPS, REL } from '../../src/store/cypher.js';
import * as queries from '../../src/store/neo4j/queries.js';
import { DUMP } from '../export/fixture.js';

const LABELS = new Set<string>([...Object.values(LABEL), ...Object.values(KIND_LABEL)]);
const TYPES = new Set<string>(Object.values(REL).map((r) => r.type));

/** The labels (`(x:Label`, `SET a:Label`, `REMOVE a:A:B`) and relationship types (`[:TYPE`, `[r:A|B`) a query names. */
function namesIn(cypher: string): { labels: string[]; types: string[] } {
  const labels = [...cypher.matchAll(/(?:\(\w*|\bSET \w+|\bREMOVE \w+)((?::[A-Z]\w*)+)/g)].flatMap((m) =>
    (m[1] ?? '').split(':').filter(Boolean),
  );
  const types = [...cypher.matchAll(/\[\w*:([A-Z_|]+)[\]\s{]/g)].flatMap((m) => (m[1] ?? '').split('|'));
  return { labels, types };
}

describe('the graph model', () => {
  const statements = Object.entries(queries).filter((e): e is [string, string] => typeof e[1] === 'string');

  it.each(statements)('%s names only labels and types of the model', (_name, cypher) => {
    const { labels, types } = namesIn(cypher);
    expect(labels.filter((l) => !LABELS.has(l))).toEqual([]);
    expect(types.filter((t) => !TYPES.has(t))).toEqual([]);
  });

  it('the reader of names finds them (a query naming none would pass the test above vacuously)', () => {
    expect(namesIn(queries.MERGE_PARTICIPATIONS)).toEqual({
      labels: ['Meeting', 'Actor', 'Participation', 'Actor', 'Actor'],
      types: ['TOOK_PART', 'IN', 'REPRESENTING', 'REPRESENTING'],
    });
    expect(namesIn('MATCH (a:Actr)-[:SAYS]->(s) SET a:Persn')).toEqual({ labels: ['Actr', 'Persn'], types: ['SAYS'] });
  });

  it('the export names only the model, and writes every relationship type a record link has', () => {
    const named = [...cypherLines(DUMP, [])].map(namesIn);
    expect(named.flatMap((n) => n.labels).filter((l) => !LABELS.has(l))).toEqual([]);
    expect(named.flatMap((n) => n.types).filter((t) => !TYPES.has(t))).toEqual([]);
    const exported = new Set(named.flatMap((n) => n.types));
    const linkTypes = Object.values(LINKS).flatMap((list) => list.map((l) => l.rel.type));
    expect(linkTypes.filter((t) => !exported.has(t))).toEqual([]);
  });

  it('the write path sets every property of the model, and the record maps read them back', () => {
    for (const p of PROPS.Actor) expect(queries.MERGE_ACTORS).toContain(`a.${p} = r.${p}`);
    for (const p of PROPS.Meeting) expect(queries.MERGE_MEETINGS).toContain(`m.${p} = r.${p}`);
    for (const p of PROPS.Statement) expect(queries.MERGE_STATEMENTS).toContain(`s.${p} = r.${p}`);
    for (const p of PROPS.Actor) expect(queries.GET_ACTORS).toContain(`.${p}`);
    for (const p of PROPS.Article) expect(queries.DUMP_ARTICLES).toContain(`.${p}`);
  });
});
