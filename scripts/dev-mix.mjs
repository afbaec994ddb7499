// What the extraction scripts (extraction-vs, extraction-cold, extraction-split) share: the dev-corpus mix they
// measure (the seed and dev/{ar,en,xx} of ../shared/corpus, every article as the pipeline takes it), a built
// checkout's pipeline, and their argument and median helpers.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CORPUS = path.resolve(ROOT, '..', 'shared', 'corpus');

/** The value after `--name` on the command line, or `fallback`. */
export function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

/** Every seed and dev article, in corpus order, with the fields an ingested article has. */
export function devMixArticles() {
  const articles = [];
  for (const dir of ['seed', 'dev/ar', 'dev/en', 'dev/xx']) {
    for (const line of readFileSync(path.join(CORPUS, dir, 'articles.jsonl'), 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const a = JSON.parse(line);
      articles.push({ ...a, url: a.url ?? null, title: a.title ?? null, source: a.source ?? null, contentHash: a.id });
    }
  }
  return articles;
}

/** A built checkout's extractor and its seed knowledge (dist/pipeline/facts.js, dist/seed.js). */
export async function loadPipeline(checkout) {
  const { extractFacts } = await import(pathToFileURL(path.join(checkout, 'dist', 'pipeline', 'facts.js')).href);
  const { loadSeedKnowledge } = await import(pathToFileURL(path.join(checkout, 'dist', 'seed.js')).href);
  return { extractFacts, loadSeedKnowledge };
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}
