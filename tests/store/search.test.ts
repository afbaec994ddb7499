// The statement search folding: what both stores index and query with (src/store/search.ts).
import { describe, expect, it } from 'vitest';
import { searchFoldingOf } from '../../src/store/search.js';
import { seedKnowledge } from '../fixtures/knowledge.js';

// The seed lexicons' stemming rows (Arabic's).
const search = searchFoldingOf(seedKnowledge);

describe('the Arabic stemming rows', () => {
  it.each([
    ['المباحثات', 'مباحث'], // ال + ات
    ['والمباحثات', 'مباحث'], // وال before و
    ['بالاجتماع', 'اجتماع'],
    ['كالعادة', 'عاد'],
    ['فالحل', 'حل'],
    ['للحكومه', 'حكوم'],
    ['وسوريا', 'سوريا'], // و on a word of four letters or more
    ['ولد', 'ولد'], // too short for و
    ['الى', 'الى'], // a stem keeps two letters
    ['الي', 'ال'],
    ['روسيه', 'روس'],
    ['دولتين', 'دولت'],
    ['مواقفها', 'مواقف'],
    ['الايرانيون', 'ايران'], // ون, then ي on what is left
    ['lavrentiev', 'lavrentiev'], // not Arabic: untouched
    ['2023', '2023'],
  ])('%s → %s', (word, stem) => {
    expect(search.stem(word)).toBe(stem);
  });
});

describe('searchText and searchTerms', () => {
  it.each([
    ['وأكد لافْرَنتييف أنّ الاستقرار', 'اكد لافرنتييف ان استقرار'],
    ['Café ASTANA, round ٢٠!', 'cafe astana round 20'],
    ['  ', ''],
    ['صيغة أستانة', 'صيغ استان'],
  ])('%j indexes as %j', (text, indexed) => {
    expect(search.text(text)).toBe(indexed);
  });

  it('gives distinct query terms in order', () => {
    expect(search.terms('الاستقرار واستقرار Astana astana')).toEqual(['استقرار', 'astana']);
    expect(search.terms('!!! ...')).toEqual([]);
  });
});
