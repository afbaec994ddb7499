import { defineConfig } from 'vitest/config';

export default defineConfig({
  // graphql 16 ships CJS (main) and ESM (module) copies; Node loads the CJS one for type-graphql and Apollo,
  // so our sources must get the same copy or `instanceof GraphQLScalarType` checks fail across the two.
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    include: ['tests/**/*.test.ts'],
    setupFiles: ['reflect-metadata'],
    // Starts the local Neo4j for the store tiers when NEO4J_URI is not set (tests/setup/neo4j.ts).
    globalSetup: ['tests/setup/neo4j.ts'],
    // Store tiers share one Neo4j database: run files one at a time so they never wipe each other's data.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
