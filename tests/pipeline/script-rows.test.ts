// A language's spelling, script and search behaviour comes from its lexicon rows, not from code: a made-up language
// written in Greek letters (tests/fixtures/scripts/toy.json) is keyed, told apart and stemmed once its rows are
// loaded, and not at all without them; the Syriac fixture's "to" and "in" clitics likewise. Invented words throughout.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { caseStem, spellingKeys } from '../../src/pipeline/extract/spelling.js';
import type { Knowledge, Lexicon, RawKnowledge } from '../../src/pipeline/knowledge.js';
import { parseKnowledge } from '../../src/pipeline/knowledge.js';
import {
  addresseeWord,
  bareArticle,
  cliticReader,
  locativeWord,
  withoutArticle,
} from '../../src/pipeline/normalize/clitics.js';
import { detectLanguage } from '../../src/pipeline/normalize/language.js';
import { readSeedFiles } from '../../src/seed.js';
import { searchFoldingOf } from '../../src/store/search.js';
import { seedKnowledge } from '../fixtures/knowledge.js';

function lexiconOf(file: string): Lexicon {
  const url = new URL(`../fixtures/${file}`, import.meta.url);
  return (JSON.parse(readFileSync(url, 'utf8')) as { lexicon: Lexicon }).lexicon;
}

/** The seed knowledge with one more lexicon. */
function withLexicon(lexicon: unknown): Knowledge {
  const raw: RawKnowledge = readSeedFiles();
  raw.lexicons = [...raw.lexicons, { source: 'fixture', data: lexicon }];
  return parseKnowledge(raw);
}

const toy = lexiconOf('scripts/toy.json');
const withToy = withLexicon(toy);

/** Whether two written names share a spelling key. */
function sameName(k: Knowledge, a: string, langA: string, b: string, langB: string): boolean {
  const other = new Set(spellingKeys(k, b, langB));
  return spellingKeys(k, a, langA).some((key) => other.has(key));
}

describe('name spelling rows (fixture: a language in Greek letters)', () => {
  it.each([
    ['Λαβρεντιεβ', 'Lavrentiev'],
    ['Λαβρεντιεβου', 'Lavrentiev'], // a case ending of its rows
    ['Καιρατ', 'Kairat'],
  ])('%s and %s share a key with the rows, not without', (word, latin) => {
    expect(sameName(withToy, word, 'toy', latin, 'en')).toBe(true);
    expect(sameName(seedKnowledge, word, 'toy', latin, 'en')).toBe(false);
  });

  it('stems a case ending of its rows only', () => {
    expect(caseStem(withToy, 'Καραμανλου')).toBe('Καραμανλ');
    expect(caseStem(seedKnowledge, 'Καραμανλου')).toBeUndefined();
  });

  it('keeps the seed languages keyed by their own rows', () => {
    expect(sameName(withToy, 'Лаврентьева', 'ru', 'Lavrentyev', 'en')).toBe(true);
    expect(sameName(withToy, 'Hacı', 'tr', 'Haji', 'en')).toBe(true);
  });

  it('rejects a script keyed by neither romanization nor skeleton at load', () => {
    const bad = { ...toy, nameSpelling: { script: ['0370', '03FF'] } };
    expect(() => withLexicon(bad)).toThrow(/nameSpelling/);
  });
});

describe('detection rows', () => {
  it.each([
    ['Ο Λαβρεντιεβ ηρθε στη συναντηση', 'toy'],
    ['Пятый раунд переговоров прошел', 'ru'],
    ['جولة جديدة من المحادثات', 'ar'],
  ])('%s is told by its script: %s', (text, lang) => {
    expect(detectLanguage(text, withToy)).toBe(lang);
  });

  it('tells no language by a script without rows', () => {
    expect(detectLanguage('Ο Λαβρεντιεβ ηρθε στη συναντηση', seedKnowledge)).not.toBe('toy');
  });
});

describe('search stemming rows', () => {
  it.each([
    ['τοσπιτων', 'σπιτ'], // prefix, then suffix
    ['κσπιτος', 'σπιτ'], // a one-letter prefix on a word long enough
    ['κος', 'κος'], // too short for either
    ['lavrentiev', 'lavrentiev'],
  ])('%s → %s', (word, stem) => {
    expect(searchFoldingOf(withToy).stem(word)).toBe(stem);
  });

  it('leaves the words of a language without rows alone, and stems the seed languages by theirs', () => {
    expect(searchFoldingOf(seedKnowledge).stem('τοσπιτων')).toBe('τοσπιτων');
    expect(searchFoldingOf(withToy).text('والمباحثات τοσπιτων')).toBe('مباحث σπιτ');
  });
});

describe('clitics that say to whom and where (fixture: Syriac)', () => {
  const syc = lexiconOf('clitics/syc.json');
  const name = 'ܪܘܣܝܐ';

  it.each([
    ['ܠ', true, false],
    ['ܒ', false, true],
    ['ܘ', false, false],
  ])('%s on a word: addressee %s, locative %s', (prefix, to, at) => {
    const reader = cliticReader(withLexicon(syc), 'syc');
    expect(addresseeWord(reader, prefix + name)).toBe(to);
    expect(locativeWord(reader, prefix + name)).toBe(at);
  });

  it('reads neither without the rows', () => {
    const clitics = { ...syc.clitics };
    delete clitics.addressee;
    delete clitics.locative;
    const reader = cliticReader(withLexicon({ ...syc, clitics }), 'syc');
    expect(addresseeWord(reader, `ܠ${name}`)).toBe(false);
    expect(locativeWord(reader, `ܒ${name}`)).toBe(false);
  });

  it('has no article to find, unlike Arabic', () => {
    const reader = cliticReader(withLexicon(syc), 'syc');
    expect(bareArticle(reader, 'ܗ')).toBe(false);
    expect(withoutArticle(reader, `ܗ${name}`)).toBe(`ܗ${name}`);
    const ar = cliticReader(seedKnowledge, 'ar');
    expect(bareArticle(ar, 'ال')).toBe(true);
    expect(withoutArticle(ar, 'الوزير')).toBe('وزير');
    expect(addresseeWord(ar, 'لعنب')).toBe(true);
    expect(locativeWord(ar, 'باستانه')).toBe(true);
  });
});
