// The participation coverage matrix (see participation-gen.ts): recall and precision of who takes part, in which
// role, over invented sentences composed per language; floors at what was measured.
import { describe, expect, it } from 'vitest';
import { LANGS, matrix, runLanguage, score } from './participation-gen.js';
import type { Outcome } from './participation-gen.js';

/** Measured floors per language: recall, precision. */
const FLOORS: Record<string, [number, number]> = {
  ar: [0.895, 0.965],
  en: [0.835, 0.995],
  ru: [0.835, 0.995],
  tr: [0.965, 0.995],
  fa: [0.965, 0.995],
  fr: [0.775, 0.995],
  de: [0.525, 0.995],
  es: [0.935, 0.995],
  it: [0.825, 0.995],
  pt: [0.805, 0.995],
  uk: [0.935, 0.995],
  kk: [0.765, 0.995],
  he: [0.805, 0.995],
};

describe('participation coverage', () => {
  const all: Outcome[] = [];
  it.each(LANGS)('%s', (lang) => {
    const os = runLanguage(lang);
    all.push(...os);
    if (process.env.COVERAGE_DUMP)
      for (const o of os.filter((x) => x.missed.length || x.spurious.length))
        console.log(`${lang} [${o.tag}] ${o.text}  missed=${o.missed.join(',')} spurious=${o.spurious.join(',')}`);
    const s = score(os);
    const [r, p] = FLOORS[lang] ?? [1, 1];
    expect(s.recall).toBeGreaterThanOrEqual(r);
    expect(s.precision).toBeGreaterThanOrEqual(p);
  });
  it('prints the matrix', () => {
    console.log(`\n${matrix(all)}`);
    expect(all.length).toBeGreaterThan(0);
  });
});
