// Tokens, sentences and Arabic clitic readings.
import { describe, expect, it } from 'vitest';
import { fold } from '../../src/pipeline/normalize/fold.js';
import { cliticReader, readingsOf } from '../../src/pipeline/normalize/clitics.js';
import { sentences, tokenize } from '../../src/pipeline/normalize/tokens.js';
import { seedKnowledge } from '../fixtures/knowledge.js';

/** The readings of a token in an Arabic article, by the seed lexicons' clitics (the token alone where none apply). */
const cliticVariants = (token: string): readonly string[] =>
  readingsOf(cliticReader(seedKnowledge, 'ar'), token)?.all ?? [token];

describe('tokenize', () => {
  it.each([
    ['20th round', ['20', 'th', 'round']],
    ['Astana-14', ['astana', '-', '14']],
    ['الجولة الـ20', ['الجوله', 'ال', '20']],
    ['21ma riunione', ['21', 'ma', 'riunione']],
  ])('%s', (text, expected) => {
    expect(tokenize(fold(text).text).map((t) => t.text)).toEqual(expected);
  });

  // The scanner is written by hand for speed; this regular expression is its definition.
  const DEFINITION = /(\p{L}[\p{L}\p{M}]*)|(\p{N}+)|(\n)|([^\s\p{L}\p{N}])/gu;
  it.each([
    ['mixed scripts and marks', 'Talks in Нур-Султан, then أَسْتانا (round 7)!\n\n«Okay» — done…'],
    ['a mark with no letter before it', '\u0301a \u064b 5\u0301'],
    ['letters and digits outside the Basic Plane', '𝐀𝐁 x𝟏𝟐 😀 done'],
    ['other numerals and spaces', 'Ⅻ ½ ٣\u00a0x\u2003y\tz\r\n'],
    ['a lone surrogate', 'a\ud800b'],
  ])('matches its definition on %s', (_label, text) => {
    const expected = [...text.matchAll(DEFINITION)].map((m) => [
      m[0],
      m.index,
      m[1] ? 'word' : m[2] ? 'num' : m[3] ? 'newline' : 'punct',
    ]);
    expect(tokenize(text).map((t) => [t.text, t.start, t.kind])).toEqual(expected);
  });
});

describe('sentences', () => {
  it.each([
    ['splits at full stops and newlines', 'One two. Three four.\nFive', 3],
    ['keeps ordinal dots ("6. Astana")', '6. Astana görüşmesinde anlaşma.', 1],
    ['keeps abbreviations ("U.N.")', 'The U.N. envoy spoke. Then left.', 2],
    ['Arabic question mark ends a sentence', 'بمشاركة من؟ جرت الاجتماعات.', 2],
  ])('%s', (_label, text, count) => {
    expect(sentences(tokenize(fold(text).text))).toHaveLength(count);
  });
});

describe('cliticVariants', () => {
  it.each([
    ['وروسيا', 'روسيا'],
    ['لكازاخستان', 'كازاخستان'],
    ['وبمشاركه', 'مشاركه'],
    ['للامم', 'الامم'],
    ['والولايات', 'الولايات'],
    ['بالجوله', 'الجوله'],
  ])('%s can be read as %s', (token, reading) => {
    expect(cliticVariants(token)).toContain(reading);
  });

  it('offers the token itself first and leaves Latin tokens alone', () => {
    expect(cliticVariants('وزير')[0]).toBe('وزير');
    expect(cliticVariants('world')).toEqual(['world']);
  });
});
