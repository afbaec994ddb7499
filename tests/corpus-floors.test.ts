// Floors on our corpora rewritten from real reporting (corpus/): the Astana tuning third and the two other series,
// scored through `evaluate` as score.py would. Floors sit a little below the scores measured on 2026-12-03, so a
// regression shows; raise them when extraction improves. The blind sets (corpus/astana/blind4, corpus/<series>/blind2) are deliberately not
// here: it is scored by hand, once per round of changes, and never becomes a target.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../src/eval.js';
import { seedKnowledge } from './fixtures/knowledge.js';

const CORPUS = fileURLToPath(new URL('../corpus/', import.meta.url));

// [series, folders, attendance, delegates, rounds, statements] floors for the 'overall' report of the folders.
// Measured overall: see the comment above each merge of this round; floors are set from the merged main.
// Statements F1 measured on the speech branch: astana tune .961, constitutional-committee .848, geneva .917; on
// speech4 (round 4): astana tune/ar 1.0, tune/en .974, tune/xx 1.0; geneva/ar .957, geneva/en .963.
const FLOORS: [string, string[], number, number, number, number][] = [
  // frames4: astana tune attendance .923 overall (from .90 floor), tune4 measured att .937 del .806 rnd .875 stm .870.
  ['astana', ['astana/tune/ar', 'astana/tune/en', 'astana/tune/xx'], 0.91, 0.87, 0.95, 0.97],
  ['astana', ['astana/tune4/ar', 'astana/tune4/en', 'astana/tune4/xx'], 0.93, 0.78, 0.85, 0.84],
  ['constitutional-committee', ['constitutional-committee/ar', 'constitutional-committee/en'], 0.94, 0.92, 0.97, 0.82],
  ['geneva', ['geneva/ar', 'geneva/en'], 0.96, 0.93, 0.97, 0.94],
  // The former blind sets: delegates .818 after heads named without a verb of their own (heads4).
  [
    'astana',
    ['astana/tune2/ar', 'astana/tune2/en', 'astana/tune2/xx', 'astana/tune4/ar', 'astana/tune4/en', 'astana/tune4/xx'],
    0.86,
    0.8,
    0.92,
    0.84,
  ],
  // Round 5: tune5 and the former blind sets (astana/blind3 -> tune6, <series>/blind -> tune2) become tuning data.
  // Measured at 4252d2d: tune5 .867/.818/1/.913, tune6 .894/.943/.973/.894, CC tune2 .857/.947/.933/.769,
  // geneva tune2 .909/.750/1/.769.
  ['astana', ['astana/tune5/ar', 'astana/tune5/en', 'astana/tune5/xx'], 0.85, 0.8, 0.97, 0.89],
  ['astana', ['astana/tune6/ar', 'astana/tune6/en', 'astana/tune6/xx'], 0.88, 0.92, 0.95, 0.87],
  [
    'constitutional-committee',
    ['constitutional-committee/tune2/ar', 'constitutional-committee/tune2/en'],
    0.84,
    0.92,
    0.91,
    0.75,
  ],
  ['geneva', ['geneva/tune2/ar', 'geneva/tune2/en'], 0.89, 0.73, 0.97, 0.75],
];

describe('corpora rewritten from real reporting', () => {
  it.each(FLOORS)(
    '%s stays above its floors',
    async (series, folders, attendance, delegates, rounds, statements) => {
      const reports = await evaluate(
        folders.map((f) => `${CORPUS}${f}`),
        seedKnowledge,
        series,
      );
      const overall = reports.find((r) => r.name === 'overall')?.report;
      expect(overall, 'no overall report').toBeDefined();
      if (!overall) return;
      expect(overall.attendance.f1).toBeGreaterThanOrEqual(attendance);
      expect(overall.delegates.f1).toBeGreaterThanOrEqual(delegates);
      expect(overall.rounds.f1).toBeGreaterThanOrEqual(rounds);
      expect(overall.statements.f1).toBeGreaterThanOrEqual(statements);
    },
    180_000,
  );
});
