// Score floors on the development corpus, per language and overall, computed as score.py does (through the store).
// Skips with a message when ../shared (the corpus) is not next to the repository.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/eval.js';
import { seedKnowledge } from '../fixtures/knowledge.js';

const CORPUS = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));
const present = existsSync(`${CORPUS}dev/ar/articles.jsonl`);
if (!present) console.warn(`dev corpus floors skipped: ${CORPUS} is absent`);

// Floors just under what the extractor reaches on dev (see the eval report); a drop below one is a regression.
const FLOORS: Record<string, { attendance: number; statements: number; rounds: number; dates: number }> = {
  'dev/ar': { attendance: 0.9, statements: 0.95, rounds: 0.95, dates: 0.9 },
  'dev/en': { attendance: 0.95, statements: 0.95, rounds: 0.95, dates: 0.9 },
  'dev/xx': { attendance: 0.95, statements: 0.95, rounds: 0.95, dates: 0.9 },
  overall: { attendance: 0.95, statements: 0.95, rounds: 0.95, dates: 0.9 },
};

describe.skipIf(!present)('dev corpus scores', () => {
  it('reaches the floors per language and overall', async () => {
    const results = await evaluate(
      ['dev/ar', 'dev/en', 'dev/xx'].map((d) => `${CORPUS}${d}`),
      seedKnowledge,
    );
    expect(results.map((r) => r.name)).toEqual(['dev/ar', 'dev/en', 'dev/xx', 'overall']);
    for (const { name, report } of results) {
      const floor = FLOORS[name];
      if (!floor) throw new Error(`no floor for ${name}`);
      const dates = report.statementDates.checked ? report.statementDates.correct / report.statementDates.checked : 1;
      expect({ name, attendance: report.attendance.f1 >= floor.attendance }).toEqual({ name, attendance: true });
      expect({ name, statements: report.statements.f1 >= floor.statements }).toEqual({ name, statements: true });
      expect({ name, rounds: report.rounds.f1 >= floor.rounds }).toEqual({ name, rounds: true });
      expect({ name, dates: dates >= floor.dates }).toEqual({ name, dates: true });
    }
  });
});
