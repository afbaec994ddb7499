// When the CLI's ingest writes the batch it is gathering: full batches always; while the store is idle, a tenth of the
// batch size already, so the writer keeps pace with extraction and the last batch is not written alone at the end.
import { describe, expect, it } from 'vitest';
import { BATCH_ROWS, batchCloses } from '../../src/cli/ingest.js';

describe('batchCloses', () => {
  it.each([
    ['full, a write in flight', 1000, 10, 1000, true, true],
    ['full by rows, a write in flight', 5, BATCH_ROWS, 1000, true, true],
    ['a tenth, a write in flight: keeps gathering', 100, 2000, 1000, true, false],
    ['a tenth, the store idle', 100, 2000, 1000, false, true],
    ['less than a tenth, the store idle', 99, 1980, 1000, false, false],
    ['batch of 3: one article when idle', 1, 20, 3, false, true],
    ['batch of 3: one article while writing', 1, 20, 3, true, false],
    ['batch of 1', 1, 20, 1, true, true],
  ] as const)('%s', (_name, articles, rows, size, writing, closes) => {
    expect(batchCloses(articles, rows, size, writing)).toBe(closes);
  });
});
