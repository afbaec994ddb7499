// The API suite against Neo4j: the very queries api.test.ts runs on the embedded store, over HTTP, on the
// database tests/setup/neo4j.ts provides (a loud banner and a skip when there is none; a failure when required).
import { describe, it } from 'vitest';
import type { Neo4jConfig } from '../../src/config.js';
import { storeConfig } from '../../src/config.js';
import { openStore } from '../../src/store/open.js';
import { neo4jUriOrSkip } from '../setup/neo4j.js';
import { defineApiSuite } from './suite.js';

const uri = neo4jUriOrSkip('tests/graphql/api-neo4j.test.ts');

if (uri === null) {
  describe.skip('GraphQL API over HTTP: neo4j (skipped: see the banner above)', () => {
    it('needs a Neo4j', () => undefined);
  });
} else {
  const cfg = storeConfig({ neo4j: uri }).neo4j as Neo4jConfig;
  defineApiSuite('neo4j', (options) => openStore({ kind: 'neo4j', dataDir: '', neo4j: cfg }, options));
}
