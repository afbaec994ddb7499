// Lint: typescript-eslint's strict type-checked rules on the sources, tests and scripts; the recommended rules on the
// browser page and the plain-JS scripts; and the layering rule that keeps the extraction pipeline pure.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** The pipeline is text and knowledge in, facts out: it never reaches the store, the API, the driver or the disk. */
const PIPELINE_FORBIDDEN = {
  paths: [
    { name: 'neo4j-driver', message: 'The pipeline is pure: the store adapters talk to Neo4j.' },
    { name: 'node:fs', message: 'The pipeline is pure: knowledge is loaded by the composition root (src/seed.ts).' },
    { name: 'fs', message: 'The pipeline is pure: knowledge is loaded by the composition root (src/seed.ts).' },
    { name: 'node:fs/promises', message: 'The pipeline is pure: it does no I/O.' },
    { name: 'better-sqlite3', message: 'The pipeline is pure: the store adapters talk to SQLite.' },
    { name: 'graphql', message: 'The pipeline is pure: the API layer is src/graphql.' },
    { name: 'type-graphql', message: 'The pipeline is pure: the API layer is src/graphql.' },
  ],
  patterns: [
    { group: ['**/store/**', '**/store'], message: 'The pipeline never imports the store: it returns facts.' },
    { group: ['**/graphql/**', '**/graphql'], message: 'The pipeline never imports the API layer.' },
    { group: ['**/seed.js', '**/seed'], message: 'Knowledge is an argument of the pipeline, loaded by the caller.' },
  ],
};

const NODE_GLOBALS = [
  'process',
  'console',
  'Buffer',
  'URL',
  'setTimeout',
  'clearTimeout',
  'setInterval',
  'clearInterval',
  'fetch',
  'AbortController',
  'performance',
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', '.neo4j/**', 'bin/**', '*.config.*'] },
  js.configs.recommended,
  {
    files: ['src/**/*.ts', 'tests/**/*.ts', 'scripts/**/*.ts'],
    extends: [...tseslint.configs.strictTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      '@typescript-eslint/no-extraneous-class': 'off', // type-graphql resolvers and object types are classes
    },
  },
  {
    files: ['web/**/*.ts', 'web/**/*.tsx'],
    extends: [...tseslint.configs.recommended],
  },
  {
    files: ['scripts/**/*.mjs'],
    // Node's globals, named here rather than through another dependency.
    languageOptions: { globals: Object.fromEntries(NODE_GLOBALS.map((g) => [g, 'readonly'])) },
  },
  {
    files: ['src/pipeline/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', PIPELINE_FORBIDDEN] },
  },
  {
    // Export and import read and write through the store port and the shared graph model, never an adapter.
    files: ['src/export/**/*.ts', 'src/export.ts', 'src/import.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/store/neo4j/**', '**/store/embedded/**'],
              message: 'Export reads through the store port (store/port.ts) and the graph model (store/cypher.ts).',
            },
          ],
        },
      ],
    },
  },
);
