// The ingest progress display: a bar with the running counts on a terminal, nothing but logged lines elsewhere.
import { describe, expect, it } from 'vitest';
import { createProgress, type ProgressStream } from '../src/progress.js';

function stream(isTTY: boolean): ProgressStream & { text: () => string } {
  const chunks: string[] = [];
  return { isTTY, write: (s: string) => chunks.push(s) > 0, text: () => chunks.join('') };
}

const COUNTS = { read: 3, ingested: 2, duplicates: 1, rejected: 0 };

describe('createProgress', () => {
  it('draws a bar with the counts on a terminal, and logs lines above it', () => {
    const out = stream(true);
    const progress = createProgress(out, 1000);
    progress.update(500, COUNTS);
    progress.log('a.jsonl:4: invalid JSON');
    progress.stop();
    const text = out.text();
    expect(text).toContain('3 read: 2 new, 1 dup, 0 rejected');
    expect(text).toContain('a.jsonl:4: invalid JSON\n');
    expect(text).toMatch(/50%/);
  });

  it('writes nothing but the logged lines when stderr is not a terminal', () => {
    const out = stream(false);
    const progress = createProgress(out, 1000);
    progress.update(500, COUNTS);
    progress.log('a.jsonl:4: invalid JSON');
    progress.stop();
    expect(out.text()).toBe('a.jsonl:4: invalid JSON\n');
  });
});
