// EXPLAINs every Cypher constant of src/store/neo4j/queries.ts against the live Neo4j: each must compile, raise no
// warning (deprecations included), and find its nodes through the schema's indexes rather than scanning the graph.
/* eslint-disable @typescript-eslint/no-unsafe-class-instance-assignment -- neo4j-driver types its plain option objects as classes; literals are its documented use */
import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Neo4jConfig } from '../../src/config.js';
import { storeConfig } from '../../src/config.js';
import { Neo4jStore } from '../../src/store/neo4j/store.js';
import * as queries from '../../src/store/neo4j/queries.js';
import { neo4jUriOrSkip } from '../setup/neo4j.js';

const uri = neo4jUriOrSkip('tests/store/explain.test.ts');

/** Only these look at every node on purpose: the test-database check and the wipe. */
const WHOLE_GRAPH = new Set(['TEST_MARKER', 'CLEAR_BATCH']);

interface Plan {
  operatorType: string;
  children: Plan[];
}
const operators = (plan: Plan): string[] => [
  plan.operatorType.replace(/@.*$/, ''),
  ...plan.children.flatMap(operators),
];

const statements = Object.entries(queries).filter((e): e is [string, string] => typeof e[1] === 'string');

/** Every $parameter of a query, set to null: EXPLAIN plans without values but warns when they are missing. */
function nullParams(query: string): Record<string, null> {
  return Object.fromEntries([...query.matchAll(/\$(\w+)/g)].map((m) => [m[1] as string, null]));
}

if (uri === null) {
  describe.skip('EXPLAIN of every Neo4j query (skipped: see the banner above)', () => {
    it('needs a Neo4j', () => undefined);
  });
} else {
  describe('EXPLAIN of every Neo4j query', () => {
    const cfg = storeConfig({ neo4j: uri }).neo4j as Neo4jConfig;
    let driver: Driver;

    beforeAll(async () => {
      // Opening applies the schema, so the plans below see the real indexes.
      await (await Neo4jStore.open(cfg, {})).close();
      driver = neo4j.driver(cfg.uri, neo4j.auth.basic(cfg.username, cfg.password));
    });
    afterAll(async () => {
      await driver.close();
    });

    it('covers the whole query module', () => {
      expect(statements.length).toBeGreaterThanOrEqual(45);
    });

    it.each(statements)('%s compiles without warnings and uses indexes', async (name, query) => {
      const { summary } = await driver.executeQuery(`EXPLAIN ${query}`, nullParams(query), {
        database: cfg.database,
      });
      const plan = summary.plan;
      expect(plan).not.toBe(false);
      const used = operators(plan as unknown as Plan);
      expect(summary.notifications.map((n) => `${n.code}: ${n.description}`)).toEqual([]);
      if (!WHOLE_GRAPH.has(name)) expect(used).not.toContain('AllNodesScan');
      // A lookup by merge key must be an index seek, not a label scan filtered by id.
      if (/\{id: (id|r\.\w+|\$id)\}/.test(query))
        expect(used.some((op) => op.startsWith('NodeUniqueIndexSeek'))).toBe(true);
    });
  });
}
