// Exports from a GraphDump: the format switch and JSON Lines, which must round-trip. GraphML and Cypher have their
// own files under tests/export/.
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, exportLines, jsonlLines, parseJsonl } from '../src/export.js';
import { DUMP } from './export/fixture.js';

describe('jsonl', () => {
  it('writes one typed record per line and parses back into the same dump', () => {
    const lines = [...exportLines(DUMP, 'jsonl')].join('').split('\n').filter(Boolean);
    expect(lines).toHaveLength(2 + 3 + 1 + 1 + 2 + 4 + 2);
    expect(lines.map((l) => (JSON.parse(l) as { type: string }).type)).toEqual([
      'article',
      'article',
      'actor',
      'actor',
      'actor',
      'series',
      'place',
      'meeting',
      'meeting',
      'participation',
      'participation',
      'participation',
      'participation',
      'statement',
      'statement',
    ]);
    expect(parseJsonl(lines)).toEqual(DUMP);
  });

  it.each([
    ['invalid JSON', '{"type":"actor",', /line 1: invalid JSON/],
    ['an unknown type', '{"type":"evidence","id":"x"}', /line 1: unknown record type "evidence"/],
  ])('rejects %s naming the line', (_name, line, message) => {
    expect(() => parseJsonl([line])).toThrow(message);
  });

  it('is lazy: the first line comes before the rest are built', () => {
    const gen = jsonlLines(DUMP);
    expect(JSON.parse(gen.next().value as string)).toMatchObject({ type: 'article', id: 'a1' });
  });
});

describe('exportLines', () => {
  it.each(EXPORT_FORMATS)('%s: every chunk is whole lines', (format) => {
    const chunks = [...exportLines(DUMP, format)];
    expect(chunks.length).toBeGreaterThan(10);
    expect(chunks.every((c) => c.endsWith('\n'))).toBe(true);
  });
});
