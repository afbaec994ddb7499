// Folding keeps an exact offset map: every folded span maps back to the original characters.
import { describe, expect, it } from 'vitest';
import { fold, foldKey, toOriginal } from '../../src/pipeline/normalize/fold.js';

describe('fold', () => {
  it.each([
    ['Arabic diacritics and tatweel', 'لاحقًا الـ20', 'لاحقا ال20'],
    ['alef, yaa and taa marbuta', 'أستانة إيران مصطفى', 'استانه ايران مصطفي'],
    ['Arabic-Indic digits', '٢١ حزيران ٢٠٢٣', '21 حزيران 2023'],
    ['Persian digits and letters', '۱۴ فروردین یکم', '14 فروردين يكم'],
    ['all quotation marks become one', '“a” «b» „c“ ‹d›', '"a" "b" "c" "d"'],
    ['apostrophes stay apostrophes', 'Russia’s d’Astana', "russia's d'astana"],
    ['Latin accents and case', 'Sedat Önal Türkiye Genève', 'sedat onal turkiye geneve'],
    ['Turkish dotless i', 'Kızılhaç', 'kizilhac'],
    ['presentation forms (NFKC)', 'ﻻ', 'لا'],
  ])('%s', (_label, input, expected) => {
    expect(fold(input).text).toBe(expected);
  });

  it.each([
    ['وروسيا، لكازاخستان', 'لكازاخستان'],
    ['مباحثات “أستانة”- 21 من حزيران', 'أستانة'],
    ['المبعوث الخاص للرئيس الروسي، ألكسندر لافرنتييف', 'ألكسندر لافرنتييف'],
    ['Sedat Önal, Deputy Minister', 'Sedat Önal'],
    ['لاحقًا الاجتماع', 'الاجتماع'],
  ])('maps a folded span of %j back to the original %j', (text, needle) => {
    const f = fold(text);
    const key = foldKey(needle);
    const at = f.text.indexOf(key);
    expect(at).toBeGreaterThanOrEqual(0);
    const { start, end } = toOriginal(f, at, at + key.length);
    expect(text.slice(start, end)).toBe(needle);
  });

  it.each([
    ['German sharp s folds to two letters', 'Straße', 'strasse'],
    ['a ligature folds to its letters', 'ﬁnal', 'final'],
    ['Arabic marks are dropped', 'مُحَمَّد', 'محمد'],
  ])('maps every folded character back to its original: %s', (_label, text, folded) => {
    const f = fold(text);
    expect(f.text).toBe(folded);
    expect(f.map).toHaveLength(f.text.length + 1);
    expect(f.map[f.text.length]).toBe(text.length);
    for (let i = 0; i < f.text.length; i++) expect(foldKey(text[f.map[i] ?? -1] ?? '')).toContain(f.text[i]);
  });

  it('keeps newlines for sentence and paragraph breaks', () => {
    expect(fold('a\n\nb').text).toBe('a\n\nb');
  });
});
