// `npm run bench`: throughput of the extraction pipeline (normalize + extract + resolve + facts) on Arabic text.
// Repeats the seed and dev Arabic articles to a few MB and reports MB/s of UTF-8 text on one core.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { Article } from '../src/domain.js';
import { loadSeedKnowledge } from '../src/seed.js';
import { extractFacts } from '../src/pipeline/facts.js';

const ROOT = new URL('../', import.meta.url);
const TARGET_BYTES = 4 * 1024 * 1024;

function arabicArticles(): Article[] {
  const texts: { text: string; publishedAt: string }[] = [];
  for (const dir of ['../shared/corpus/seed', '../shared/corpus/dev/ar']) {
    const file = new URL(`${dir}/articles.jsonl`, ROOT);
    if (!existsSync(file)) continue;
    for (const line of readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.trim())) {
      const a = JSON.parse(line) as { text: string; publishedAt: string };
      texts.push({ text: a.text, publishedAt: a.publishedAt });
    }
  }
  if (!texts.length) {
    // Without ../shared, the product owner's seed article alone.
    const dir = new URL('seed/articles/', ROOT);
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.json'))) {
      const a = JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as { text: string; publishedAt: string };
      texts.push(a);
    }
  }
  const out: Article[] = [];
  let bytes = 0;
  for (let i = 0; bytes < TARGET_BYTES; i++) {
    const t = texts[i % texts.length];
    if (!t) break;
    out.push({
      id: `bench-${i}`,
      url: null,
      title: null,
      source: null,
      publishedAt: t.publishedAt,
      language: 'ar',
      text: t.text,
      contentHash: String(i),
    });
    bytes += Buffer.byteLength(t.text, 'utf8');
  }
  return out;
}

const knowledge = loadSeedKnowledge();
const articles = arabicArticles();
const mb = articles.reduce((n, a) => n + Buffer.byteLength(a.text, 'utf8'), 0) / (1024 * 1024);
for (const a of articles.slice(0, 20)) extractFacts(a, knowledge); // warm-up: dictionaries and JIT
const runs: number[] = [];
for (let r = 0; r < 3; r++) {
  const t0 = performance.now();
  let facts = 0;
  for (const a of articles) facts += extractFacts(a, knowledge).facts.statements.length;
  const secs = (performance.now() - t0) / 1000;
  runs.push(mb / secs);
  if (facts === 0) throw new Error('bench: the pipeline found no statements at all');
}
const best = Math.max(...runs);
process.stdout.write(
  `${articles.length} Arabic articles, ${mb.toFixed(2)} MB UTF-8; throughput ${runs.map((x) => x.toFixed(2)).join(' / ')} MB/s (best ${best.toFixed(2)} MB/s, one core)\n`,
);
