// Applies schema/*.cypher (constraints, range/text/full-text indexes) when a Neo4j store opens. Idempotent:
// every statement says IF NOT EXISTS. The statements are read by ../schema.ts.
/* eslint-disable @typescript-eslint/no-unsafe-class-instance-assignment -- neo4j-driver types its plain option objects as classes; literals are its documented use */
import type { Driver } from 'neo4j-driver';
import { schemaStatements } from '../schema.js';
import { AWAIT_INDEXES } from './queries.js';

// Once per process and database: the contract suite opens the store before every test.
const applied = new Set<string>();

export async function applySchema(driver: Driver, database: string | undefined, target: string): Promise<void> {
  const key = `${target}#${database ?? ''}`;
  if (applied.has(key)) return;
  const session = driver.session({ database, defaultAccessMode: 'WRITE' });
  try {
    // Schema commands run in auto-commit transactions of their own: they may not share one with data writes.
    for (const statement of schemaStatements()) await session.run(statement);
    // Full-text indexes fill asynchronously: wait so the first search after opening sees every statement.
    await session.run(AWAIT_INDEXES, { seconds: 120 });
  } finally {
    await session.close();
  }
  applied.add(key);
}
