// Writes the extraction output (facts and warnings) of every tuning and dev article, one JSON line per article, so
// that two builds can be compared byte for byte (`cmp`): a speed change must not change what is extracted.
//
//   node scripts/extraction-same.mjs [--checkout DIR] > out.jsonl
//
// Reads every articles.jsonl under the shared corpus (../shared/corpus) and this checkout's corpus/, in path order.
// Blind sets (any folder whose name starts with "blind") are never read: only the integrator scores them.
// The checkout (default: this one) must be built: dist/pipeline/facts.js and dist/seed.js.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const i = process.argv.indexOf('--checkout');
const checkout = path.resolve(i >= 0 ? process.argv[i + 1] : ROOT);
/** Synthetic articles appended after the corpora. */
const SYNTHETIC = 300;

/** Every articles.jsonl under `dir`, sorted, skipping blind sets. */
function corpusFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('blind')) continue;
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) out.push(...corpusFiles(p));
    else if (name === 'articles.jsonl') out.push(p);
  }
  return out;
}

const { extractFacts } = await import(pathToFileURL(path.join(checkout, 'dist', 'pipeline', 'facts.js')).href);
const { loadSeedKnowledge } = await import(pathToFileURL(path.join(checkout, 'dist', 'seed.js')).href);
const knowledge = loadSeedKnowledge();
const roots = [path.resolve(ROOT, '..', 'shared', 'corpus'), path.join(ROOT, 'corpus')];
let n = 0;
for (const root of roots) {
  for (const file of corpusFiles(root)) {
    const rel = path.join(root === roots[0] ? 'shared' : 'repo', path.relative(root, file));
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const a = JSON.parse(line);
      const article = {
        ...a,
        url: a.url ?? null,
        title: a.title ?? null,
        source: a.source ?? null,
        contentHash: a.id,
      };
      process.stdout.write(`${JSON.stringify({ file: rel, id: a.id, ...extractFacts(article, knowledge) })}\n`);
      n += 1;
    }
  }
}
// Synthetic articles (scripts/synthetic.mjs, deterministic): the shapes the ingest benchmark extracts.
const { syntheticArticles } = await import('./synthetic.mjs');
for (const [k, s] of syntheticArticles(SYNTHETIC).entries()) {
  const a = { ...s, id: s.id ?? `synthetic-${k}` };
  const article = { ...a, url: a.url ?? null, title: a.title ?? null, source: a.source ?? null, contentHash: a.id };
  process.stdout.write(`${JSON.stringify({ file: 'synthetic', id: a.id, ...extractFacts(article, knowledge) })}\n`);
  n += 1;
}
process.stderr.write(`${n} articles\n`);
