// Date expressions per language, resolved against publishedAt (never the clock).
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/pipeline/facts.js';
import { article } from './article.js';
import { seedKnowledge } from '../fixtures/knowledge.js';

function dates(text: string, lang: string, pub: string): [string, string, string][] {
  return analyse(article(text, lang, pub), seedKnowledge).dates.map((d) => [d.kind, d.start, d.end]);
}

describe('dates', () => {
  it.each([
    ['ar Levantine month', 'في 21 من حزيران 2023', 'ar', '2023-06-22', [['day', '2023-06-21', '2023-06-21']]],
    [
      'ar Egyptian month, Arabic-Indic digits',
      'الثلاثاء ٣١ يوليو ٢٠١٨',
      'ar',
      '2018-07-31',
      [['day', '2018-07-31', '2018-07-31']],
    ],
    [
      'ar range with two month names',
      'وفي 21-22 كانون الأول/ديسمبر الجاري، احتضنت',
      'ar',
      '2017-12-25',
      [['range', '2017-12-21', '2017-12-22']],
    ],
    [
      'ar "يومي 20 و21" last year',
      'يومي 20 و21 حزيران العام الفائت',
      'ar',
      '2024-01-19',
      [['range', '2023-06-20', '2023-06-21']],
    ],
    [
      'ar ordinal day words, last month',
      'في العاشر والحادي عشر من كانون الأول الماضي',
      'ar',
      '2020-03-10',
      [['range', '2019-12-10', '2019-12-11']],
    ],
    [
      'ar relative day with weekday',
      'انعقد أمس الثلاثاء اجتماع',
      'ar',
      '2023-06-21',
      [['relative', '2023-06-20', '2023-06-20']],
    ],
    [
      'ar second half of the current year',
      'في النصف الثاني من العام الجاري',
      'ar',
      '2023-06-21',
      [['window', '2023-07-01', '2023-12-31']],
    ],
    [
      'ar first half of 2025',
      'خلال النصف الأول من عام 2025',
      'ar',
      '2024-11-12',
      [['window', '2025-01-01', '2025-06-30']],
    ],
    [
      'en range after month',
      'held on December 21-22, a correspondent said',
      'en',
      '2017-12-22',
      [['range', '2017-12-21', '2017-12-22']],
    ],
    [
      'en weekday before publication',
      'said on Tuesday that',
      'en',
      '2018-01-31',
      [['relative', '2018-01-30', '2018-01-30']],
    ],
    ['en month and year only', 'in June 2023 Kazakhstan', 'en', '2024-01-25', [['month', '2023-06-01', '2023-06-30']]],
    [
      'fr "du 30 au 31 octobre"',
      'programmé du 30 au 31 octobre',
      'fr',
      '2017-10-28',
      [['range', '2017-10-30', '2017-10-31']],
    ],
    ['ru genitive month', 'пройдет в Астане 4-5 июля', 'ru', '2017-06-29', [['range', '2017-07-04', '2017-07-05']]],
    ['de "am Montag"', 'gab Lawrow am Montag bekannt', 'de', '2019-01-29', [['relative', '2019-01-28', '2019-01-28']]],
    [
      'es "los días 14 y 15 de mayo"',
      'los días 14 y 15 de mayo',
      'es',
      '2018-04-04',
      [['range', '2018-05-14', '2018-05-15']],
    ],
    [
      'it "domani, 25 gennaio"',
      'concludersi domani, 25 gennaio',
      'it',
      '2024-01-24',
      [
        ['relative', '2024-01-25', '2024-01-25'],
        ['day', '2024-01-25', '2024-01-25'],
      ],
    ],
  ])('%s', (_label, text, lang, pub, expected) => {
    expect(dates(text, lang, pub)).toEqual(expected);
  });

  it('does not read the modal "may" as a month without a day', () => {
    expect(dates('The meeting may be postponed', 'en', '2020-03-10')).toEqual([]);
  });
});
