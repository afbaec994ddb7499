// Sponsors named with who each one backs in between ("brokered by Turkey, the opposition's backer, and by Russia and
// Iran"): the apposition breaks the list, every guarantor of the clause still sponsors the round. Sponsoring words in
// their usual forms (Arabic possessive clitics, plural nouns), and the refugee agency under its usual Arabic and
// English names. Invented sentences, several languages.
import { describe, expect, it } from 'vitest';
import { roundAttendance } from './article.js';

const GUARANTORS = ['9|IRN|GUARANTOR', '9|RUS|GUARANTOR', '9|TUR|GUARANTOR'];

describe('sponsors named with appositions between them', () => {
  it.each([
    [
      'en',
      'The ninth round of the Astana talks, brokered by Iran, a close ally of Damascus, and by Russia and Turkey, ended on Tuesday.',
    ],
    [
      'en',
      'Damascus backers Russia and Iran and the rebels\u2019 patron Turkey co-sponsored the ninth round of the Astana talks.',
    ],
    [
      'en',
      'The ninth round of Astana talks is sponsored by Russia, which backs the government, together with Iran and Turkey.',
    ],
    [
      'ar',
      'اختتمت الجولة التاسعة من محادثات أستانا التي تتولى رعايتها إيران وروسيا، حليفتا دمشق، وتركيا الداعمة للفصائل.',
    ],
    ['ar', 'انتهت الجولة التاسعة من مسار أستانا برعاية تركيا، الداعمة للمعارضة، وروسيا وإيران.'],
    [
      'fr',
      'Le neuvième round des pourparlers d\u2019Astana, parrainé par la Russie et l\u2019Iran, alliés de Damas, ainsi que par la Turquie, s\u2019est achevé.',
    ],
  ])('%s: %s', (lang, text) => {
    const got = roundAttendance(text, lang, '2018-05-16');
    for (const g of GUARANTORS) expect(got).toContain(g);
  });

  it.each([
    [
      'en',
      'The ninth round of the Astana talks was sponsored by Russia; Turkey said on Monday that Iran should leave Syria.',
    ],
    ['ar', 'جرت الجولة التاسعة من محادثات أستانا برعاية روسيا، وقال مسؤول إن تركيا تطالب إيران بسحب قواتها.'],
  ])('%s: a guarantor past "that" or a semicolon is not a co-sponsor: %s', (lang, text) => {
    const got = roundAttendance(text, lang, '2018-05-16');
    expect(got).toContain('9|RUS|GUARANTOR');
    expect(got).not.toContain('9|IRN|GUARANTOR');
  });
});

describe('sponsoring words with a possessive clitic', () => {
  it.each([
    'هذه هي الجولة التاسعة من محادثات أستانا التي تتولى رعايتها روسيا وتركيا وإيران.',
    'عقدت الجولة التاسعة من مسار أستانا، وتشرف على رعايتها تركيا وروسيا وإيران.',
  ])('ar: %s', (text) => {
    const got = roundAttendance(text, 'ar', '2018-05-16');
    for (const g of GUARANTORS) expect(got).toContain(g);
  });
});

describe('the UN refugee agency under its usual names', () => {
  it.each([
    [
      'ar',
      'وتحضر الجولة التاسعة من محادثات أستانا وفود عن الأمم المتحدة وعن مفوضية الأمم المتحدة السامية لشؤون اللاجئين.',
    ],
    ['ar', 'ويشارك في الجولة التاسعة من محادثات أستانا ممثلون عن المفوضية السامية للأمم المتحدة لشؤون اللاجئين.'],
    ['ar', 'ويحضر الجولة التاسعة من مسار أستانا بصفة مراقب مكتب المفوض السامي للأمم المتحدة لشؤون اللاجئين.'],
    ['en', 'Representatives of the UN refugee agency attended the ninth round of the Astana talks as observers.'],
  ])('%s: %s', (lang, text) => {
    expect(roundAttendance(text, lang, '2018-05-16')).toContain('9|UNHCR|OBSERVER');
  });
});
