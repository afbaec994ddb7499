// Applies schema/*.cypher (constraints, range/text/full-text indexes) when a Neo4j store opens, then backfills the
// meeting claims of a database written before claims existed. Idempotent: every schema statement says IF NOT EXISTS,
// and the backfill writes only missing claims. The statements are read by ../schema.ts.
/* eslint-disable @typescript-eslint/no-unsafe-class-instance-assignment -- neo4j-driver types its plain option objects as classes; literals are its documented use */
import type { Driver } from 'neo4j-driver';
import { schemaStatements } from '../schema.js';
import { AWAIT_INDEXES, BACKFILL_MEETING_CLAIMS } from './queries.js';

// Once per process and database: the contract suite opens the store before every test.
const applied = new Set<string>();

export async function applySchema(driver: Driver, database: string | undefined, target: string): Promise<void> {
  const key = `${target}#${database ?? ''}`;
  if (applied.has(key)) {
    await backfillClaims(driver, database);
    return;
  }
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
  await backfillClaims(driver, database);
}

/**
 * Gives a database written before meeting claims the claims its evidence implies (queries.ts explains). Runs at
 * every open, not once per process: another process of an older version may have written since; with nothing
 * missing it writes nothing. Returns how many claims it added.
 */
export async function backfillClaims(driver: Driver, database: string | undefined): Promise<number> {
  const session = driver.session({ database, defaultAccessMode: 'WRITE' });
  try {
    const result = await session.executeWrite((tx) => tx.run(BACKFILL_MEETING_CLAIMS));
    return Number(result.records[0]?.get('claims') ?? 0);
  } finally {
    await session.close();
  }
}
