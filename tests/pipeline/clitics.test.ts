// Clitics are data: each lexicon's `clitics` section says which proclitics its language writes on words, in what
// order, and how they fuse; the readings, "and" glued to a word and the article come from it. A language added from a
// fixture (its clitics rows, no code) is read like Arabic and Hebrew. Invented words throughout.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/pipeline/facts.js';
import { entriesOf } from '../../src/pipeline/extract/mentions.js';
import type { Knowledge, Lexicon, RawKnowledge, StateRow } from '../../src/pipeline/knowledge.js';
import { parseKnowledge } from '../../src/pipeline/knowledge.js';
import {
  andBeforeArticle,
  andGlued,
  cliticReader,
  definiteWord,
  readingsOf,
} from '../../src/pipeline/normalize/clitics.js';
import { readSeedFiles } from '../../src/seed.js';
import { seedKnowledge } from '../fixtures/knowledge.js';
import { article } from './article.js';

interface CliticFixture {
  lexicon: Lexicon;
  stateNames: Record<string, string[]>;
}

const fixture = JSON.parse(
  readFileSync(new URL('../fixtures/clitics/syc.json', import.meta.url), 'utf8'),
) as CliticFixture;

/** The seed knowledge plus the fixture language's lexicon and its spelling of state names; clitics optional. */
function withFixture(clitics: boolean): Knowledge {
  const raw: RawKnowledge = readSeedFiles();
  const lexicon = { ...fixture.lexicon };
  if (!clitics) delete lexicon.clitics;
  raw.lexicons = [...raw.lexicons, { source: 'fixture/syc.json', data: lexicon }];
  raw.states = (raw.states as StateRow[]).map((s) =>
    fixture.stateNames[s.iso3] ? { ...s, names: { ...s.names, syc: fixture.stateNames[s.iso3] ?? [] } } : s,
  );
  return parseKnowledge(raw);
}

/** The states the dictionary finds in a text of the given language. */
function statesIn(k: Knowledge, text: string, lang: string): string[] {
  return analyse(article(text, lang), k).mentions.flatMap((m) => entriesOf(m, 'state').map((e) => e.id));
}

describe('readings from the seed lexicons', () => {
  it.each([
    ['ar', 'وبالمفاوضات', 'مفاوضات', true],
    ['ar', 'وبالمفاوضات', 'المفاوضات', false],
    ['ar', 'فلتركيا', 'تركيا', false],
    ['ar', 'للوفود', 'الوفود', false],
    ['ar', 'للوفود', 'وفود', true],
    ['he', 'ובהסכם', 'הסכם', false],
    ['he', 'ובהסכם', 'סכם', true],
    ['he', 'מטורקיה', 'טורקיה', false],
  ])('%s: %s is read as %s (definite only: %s)', (lang, word, reading, definite) => {
    const r = readingsOf(cliticReader(seedKnowledge, lang), word);
    expect(r?.all[0]).toBe(word);
    expect(r?.all).toContain(reading);
    expect(r?.definite[r.all.indexOf(reading)]).toBe(definite);
  });

  it('reads words of a script without clitics as themselves, in any article', () => {
    for (const lang of ['ar', 'en', 'he']) expect(readingsOf(cliticReader(seedKnowledge, lang), 'talks')).toBeNull();
  });

  it('drops readings shorter than the shortest a language keeps', () => {
    expect(readingsOf(cliticReader(seedKnowledge, 'ar'), 'وب')?.all).toEqual(['وب']);
  });

  it.each([
    // word, "and" glued to it, "and" before the article or another "and", the word is definite
    ['ar', 'وإيران', true, false, false],
    ['ar', 'والإيراني', true, true, true],
    ['ar', 'فالوفد', false, false, true],
    ['ar', 'للمبعوث', false, false, true],
    ['ar', 'مبعوث', false, false, false],
    ['he', 'וטורקיה', true, false, false],
    ['he', 'והמשלחת', true, true, true],
    ['en', 'and', false, false, false],
  ])('%s: %s', (lang, word, and, andArticle, definite) => {
    const reader = cliticReader(seedKnowledge, lang);
    expect([andGlued(reader, word), andBeforeArticle(reader, word), definiteWord(reader, word)]).toEqual([
      and,
      andArticle,
      definite,
    ]);
  });
});

describe('a language whose clitics are only data (fixture: Syriac)', () => {
  const russia = fixture.stateNames.RUS?.[0] ?? '';

  it.each([
    ['ܘ', 'and'],
    ['ܠ', 'to'],
    ['ܘܒ', 'and in'],
    ['ܕ', 'of'],
  ])('finds the state with %s (%s) written on its name', (prefix) => {
    expect(statesIn(withFixture(true), `${prefix}${russia}`, 'syc')).toEqual(['RUS']);
    // Without the clitics rows the same word is no name.
    expect(statesIn(withFixture(false), `${prefix}${russia}`, 'syc')).toEqual([]);
  });

  it('reads its words with its rules in an article of another language too', () => {
    const reader = cliticReader(withFixture(true), 'en');
    expect(readingsOf(reader, `ܘܠ${russia}`)?.all).toEqual([`ܘܠ${russia}`, `ܠ${russia}`, russia]);
    expect(andGlued(reader, `ܘ${russia}`)).toBe(true);
  });

  it('rejects a proclitic of no known function at load', () => {
    const raw: RawKnowledge = readSeedFiles();
    const bad = { ...fixture.lexicon, clitics: { script: ['0710', '074F'], shortest: 2, proclitics: [] as unknown[] } };
    bad.clitics.proclitics = [{ function: 'suffix', forms: ['ܘ'] }];
    raw.lexicons = [...raw.lexicons, { source: 'fixture/syc.json', data: bad }];
    expect(() => parseKnowledge(raw)).toThrow(/clitics\.proclitics\[0\]\.function/);
  });
});
