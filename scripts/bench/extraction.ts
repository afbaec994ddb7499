// Extraction throughput: MB of UTF-8 text per CPU-second (one core: the pipeline is synchronous), per language of
// the dev corpus and for the whole mix, each article repeated until the language has `bytesPerLanguage`.
import { existsSync, readFileSync } from 'node:fs';
import type { Article } from '../../src/domain.js';
import { extractFacts } from '../../src/pipeline/facts.js';
import { loadSeedKnowledge } from '../../src/seed.js';
import { spread, type Spread } from './stats.js';

export interface ExtractionResult {
  language: string;
  articles: number;
  mb: number;
  mbPerCpuSecond: Spread;
}

interface Source {
  text: string;
  publishedAt: string;
  language: string;
}

export function devCorpus(root: URL): Source[] {
  const out: Source[] = [];
  for (const dir of [
    '../shared/corpus/seed',
    '../shared/corpus/dev/ar',
    '../shared/corpus/dev/en',
    '../shared/corpus/dev/xx',
  ]) {
    const file = new URL(`${dir}/articles.jsonl`, root);
    if (!existsSync(file)) continue;
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const a = JSON.parse(line) as Source;
      out.push({ text: a.text, publishedAt: a.publishedAt, language: a.language });
    }
  }
  return out;
}

function repeatTo(sources: readonly Source[], bytes: number): Article[] {
  const out: Article[] = [];
  let total = 0;
  for (let i = 0; total < bytes && sources.length > 0; i++) {
    const s = sources[i % sources.length];
    if (!s) break;
    out.push({
      id: `bench-${i}`,
      url: null,
      title: null,
      source: null,
      publishedAt: s.publishedAt,
      language: s.language,
      text: s.text,
      contentHash: String(i),
    });
    total += Buffer.byteLength(s.text, 'utf8');
  }
  return out;
}

function cpuSeconds(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

function measure(language: string, articles: readonly Article[], repeats: number): ExtractionResult {
  const knowledge = loadSeedKnowledge();
  const mb = articles.reduce((n, a) => n + Buffer.byteLength(a.text, 'utf8'), 0) / 1e6;
  for (const a of articles.slice(0, 5)) extractFacts(a, knowledge); // warm-up: JIT and lazily built tables
  const runs: number[] = [];
  for (let r = 0; r < repeats; r++) {
    const t0 = cpuSeconds();
    for (const a of articles) extractFacts(a, knowledge);
    runs.push(mb / (cpuSeconds() - t0));
  }
  return { language, articles: articles.length, mb, mbPerCpuSecond: spread(runs) };
}

export function benchExtraction(root: URL, bytesPerLanguage: number, repeats: number): ExtractionResult[] {
  const sources = devCorpus(root);
  const languages = [...new Set(sources.map((s) => s.language))].sort();
  const results = languages.map((lang) =>
    measure(
      lang,
      repeatTo(
        sources.filter((s) => s.language === lang),
        bytesPerLanguage,
      ),
      repeats,
    ),
  );
  // The mix: every dev article once, in corpus proportions.
  results.push(
    measure(
      'mix',
      repeatTo(
        sources,
        sources.reduce((n, s) => n + Buffer.byteLength(s.text), 0),
      ),
      repeats,
    ),
  );
  return results;
}
