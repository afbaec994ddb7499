// Series are data: no series id or name from seed/gazetteer/series.json appears in the code under src/ outside
// comments (the issue's `grep -ri astana src/` finding only comments, for every series and every language). The code
// is parsed with the TypeScript compiler, so a name in a string, a template, a regular expression or an identifier
// counts, and one in a comment does not.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SeriesRow } from '../src/pipeline/knowledge.js';
import { codeTokens as tokensAsWritten, sourceFiles } from './fixtures/src-tokens.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const SRC = path.join(ROOT, 'src');

/** The code tokens of a file (see fixtures/src-tokens.ts), lower-cased. */
function codeTokens(file: string): string[] {
  return tokensAsWritten(file).map((t) => t.toLowerCase());
}

/** The words that would name a series in code: its id and every name of it in any language and form. */
function seriesWords(rows: SeriesRow[]): string[] {
  const words = rows.flatMap((s) => [
    s.id,
    s.name,
    ...Object.values(s.names).flat(),
    ...Object.values(s.shortNames ?? {}).flat(),
  ]);
  return [...new Set(words.map((w) => w.toLowerCase()))];
}

describe('series are data, not code', () => {
  const rows = JSON.parse(readFileSync(path.join(ROOT, 'seed', 'gazetteer', 'series.json'), 'utf8')) as SeriesRow[];
  const words = seriesWords(rows);

  it('reads the shipped series and finds code to check', () => {
    expect(rows.length).toBeGreaterThanOrEqual(3);
    expect(words).toContain(rows[0]?.id);
    expect(sourceFiles(SRC).length).toBeGreaterThan(20);
  });

  it('finds no series id or name in src/ outside comments', () => {
    const hits: string[] = [];
    for (const file of sourceFiles(SRC))
      for (const token of codeTokens(file))
        for (const w of words) if (token.includes(w)) hits.push(`${path.relative(ROOT, file)}: ${token} (${w})`);
    expect(hits).toEqual([]);
  });

  it('would find one: the parser sees a name in a string and not in a comment', () => {
    const probe = path.join(ROOT, 'tests', 'fixtures', 'series', 'probe-src.ts.txt');
    const tokens = codeTokens(probe);
    expect(tokens.some((t) => t.includes('geneva'))).toBe(true);
    expect(tokens.some((t) => t.includes('astana'))).toBe(false);
  });
});
