// The test setup's choice of Neo4j, case by case: the database NEO4J_URI names, else the suite's own instance (reused
// or started on a free port), never a Neo4j the developer started, and only what the run started is stopped after.
import { describe, expect, it } from 'vitest';
import { chooseNeo4j, type Neo4jPlan, type Neo4jSituation } from './neo4j-choice.js';

const nothing: Neo4jSituation = {
  namedUri: undefined,
  needed: true,
  canStart: true,
  suiteInstance: null,
  otherInstances: [],
  freePort: 41234,
};
const developers = { pid: 5001, port: 7690 };

const cases: { name: string; situation: Partial<Neo4jSituation>; plan: Neo4jPlan }[] = [
  {
    name: 'NEO4J_URI given: that database, never stopped',
    situation: { namedUri: 'bolt://127.0.0.1:7690', otherInstances: [developers] },
    plan: { kind: 'named', uri: 'bolt://127.0.0.1:7690', stopAfter: false },
  },
  {
    name: 'NEO4J_URI given while the suite’s own instance runs: still the named one',
    situation: { namedUri: 'neo4j://db.example:7687', suiteInstance: { pid: 7, port: 39000 } },
    plan: { kind: 'named', uri: 'neo4j://db.example:7687', stopAfter: false },
  },
  {
    name: 'the developer’s Neo4j runs on another port: ignored, the suite starts its own on the free port',
    situation: { otherInstances: [developers] },
    plan: { kind: 'start', port: 41234, uri: 'bolt://127.0.0.1:41234', stopAfter: true },
  },
  {
    name: 'the developer’s Neo4j runs on the default port: ignored as well',
    situation: { otherInstances: [{ pid: 5002, port: 7687 }] },
    plan: { kind: 'start', port: 41234, uri: 'bolt://127.0.0.1:41234', stopAfter: true },
  },
  {
    name: 'nothing running: the suite starts its own and stops it after',
    situation: {},
    plan: { kind: 'start', port: 41234, uri: 'bolt://127.0.0.1:41234', stopAfter: true },
  },
  {
    name: 'the suite’s own instance left running: reused on its recorded port, left running',
    situation: { suiteInstance: { pid: 7, port: 39000 }, otherInstances: [developers] },
    plan: { kind: 'reuse', uri: 'bolt://127.0.0.1:39000', stopAfter: false },
  },
  {
    name: 'no Java or Maven and no NEO4J_URI: skipped with the reason, the developer’s Neo4j not used',
    situation: { canStart: false, otherInstances: [developers] },
    plan: { kind: 'skip', reason: 'no NEO4J_URI, and Java 17 + Maven are not installed to start a local Neo4j' },
  },
  {
    name: 'a run with no store test: skipped, nothing started',
    situation: { needed: false, otherInstances: [developers] },
    plan: { kind: 'skip', reason: 'this run selects no store test' },
  },
];

describe('chooseNeo4j', () => {
  it.each(cases)('$name', ({ situation, plan }) => {
    expect(chooseNeo4j({ ...nothing, ...situation })).toEqual(plan);
  });

  it('never names a port another Neo4j of the project records, even one the OS called free', () => {
    expect(() => chooseNeo4j({ ...nothing, otherInstances: [{ pid: 5001, port: 41234 }] })).toThrow(/port 41234/);
  });
});
