// Applies schema/*.cypher (constraints, range/text/full-text indexes) when a Neo4j store opens. Idempotent:
// every statement says IF NOT EXISTS. Files are read from the repository's schema/ folder, in name order.
/* eslint-disable @typescript-eslint/no-unsafe-class-instance-assignment -- neo4j-driver types its plain option objects as classes; literals are its documented use */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Driver } from 'neo4j-driver';
import { AWAIT_INDEXES } from './queries.js';

/** schema/ of the package: the nearest ancestor of this module with a package.json (from src/, dist/ or a bundle). */
function packageSchemaDir(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return path.join(dir, 'schema');
}

const SCHEMA_DIR = packageSchemaDir();

/** The schema statements in order: files sorted by name, statements split at a ";" that ends a line. */
export function schemaStatements(dir: string = SCHEMA_DIR): string[] {
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .sort();
  return files.flatMap((file) =>
    fs
      .readFileSync(`${dir}/${file}`, 'utf8')
      .split('\n')
      .filter((line) => !line.trim().startsWith('//'))
      .join('\n')
      .split(/;\s*$/m)
      .map((s) => s.trim())
      .filter((s) => s !== ''),
  );
}

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
