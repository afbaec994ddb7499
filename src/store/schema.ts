// The Neo4j schema as shipped in schema/*.cypher (constraints, range/text/full-text indexes), read as statements:
// applied by the Neo4j adapter on open (neo4j/schema.ts) and written first by the Cypher export. Reads files only.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

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
