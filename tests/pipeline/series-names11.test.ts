// Round 11: what the Constitutional Committee's delegations are called outside the usual wording, and the UN's city
// named with a preposition written on it. Damascus media call the government-nominated list "the national delegation"
// (الوفد الوطني), the civil-society third "civil society" in its other Arabic word (المجتمع الأهلي) and the
// opposition-nominated list "the delegation of the other parties"; agencies writing in English call the civil-society
// third "the NGOs". The names are gazetteer data (actors.json, states.json); the sentences are invented.
import { describe, expect, it } from 'vitest';
import { attendanceTriples as attendance } from './article.js';

describe('other names of the three delegations of the committee', () => {
  it.each([
    [
      'ar',
      '2021-10-19',
      'تواصلت أمس في جنيف أعمال الدورة السادسة للجنة الدستورية بحضور الوفد الوطني ووفد المجتمع الأهلي.',
      ['constitutional-committee-6|SYR-CIVIL|PARTY', 'constitutional-committee-6|SYR|PARTY'],
    ],
    [
      'ar',
      '2022-06-01',
      'عقدت الهيئة المصغرة للجنة الدستورية جلسات الجولة الثامنة، وشارك فيها وفد الأطراف الأخرى والوفد المدعوم من الحكومة السورية.',
      ['constitutional-committee-8|SYR-OPP|PARTY', 'constitutional-committee-8|SYR|PARTY'],
    ],
    [
      'ar',
      '2022-06-01',
      'افتتحت الجولة الثامنة للجنة الدستورية بحضور ممثلي المنظمات غير الحكومية ووفد المعارضة.',
      ['constitutional-committee-8|SYR-CIVIL|PARTY', 'constitutional-committee-8|SYR-OPP|PARTY'],
    ],
    [
      'en',
      '2021-10-19',
      'The NGOs and the government-backed delegation attended the sixth session of the Constitutional Committee on Tuesday.',
      ['constitutional-committee-6|SYR-CIVIL|PARTY', 'constitutional-committee-6|SYR|PARTY'],
    ],
    [
      'en',
      '2022-06-01',
      'Delegates of the opposition and of non-governmental organizations attended the eighth session of the Constitutional Committee on Tuesday.',
      ['constitutional-committee-8|SYR-CIVIL|PARTY', 'constitutional-committee-8|SYR-OPP|PARTY'],
    ],
  ])('%s %s: %s', (lang, date, text, expected) => {
    expect(attendance(text, lang, date)).toEqual(expected);
  });
});

// "في المقر الأممي بجنيف": the city that names another series, with the preposition "in" written on it, is where the
// session sits, like "in Geneva"; it claims none of the sentence's parties for the Geneva talks.
describe('a city with a preposition written on it is a venue', () => {
  it.each([
    [
      'ar',
      '2020-11-30',
      'انطلقت اليوم، في مقر الأمم المتحدة بجنيف، الجولة الرابعة للجنة الدستورية، وشارك فيها وفد الحكومة ووفد المعارضة.',
      ['constitutional-committee-4|SYR-OPP|PARTY', 'constitutional-committee-4|SYR|PARTY'],
    ],
    [
      'ar',
      '2022-05-31',
      'مضت الهيئة المصغرة للجنة الدستورية، بقصر الأمم بجنيف، في أعمال دورتها الثامنة بمشاركة ممثلي المجتمع المدني والحكومة.',
      ['constitutional-committee-8|SYR-CIVIL|PARTY', 'constitutional-committee-8|SYR|PARTY'],
    ],
    [
      'en',
      '2020-11-30',
      "The Constitutional Committee's fourth round opened today at the UN's office in Geneva, with the government and opposition delegations taking part.",
      ['constitutional-committee-4|SYR-OPP|PARTY', 'constitutional-committee-4|SYR|PARTY'],
    ],
  ])('%s %s: %s', (lang, date, text, expected) => {
    expect(attendance(text, lang, date)).toEqual(expected);
  });

  // The other series named by its name, not as a city, in a sentence of its own still claims its parties.
  it('the Geneva talks named as talks keep their own parties (ar)', () => {
    const got = attendance(
      'انطلقت الجولة الرابعة للجنة الدستورية بحضور الوفد الحكومي. وكان وفد المعارضة قد شارك في محادثات جنيف الشهر الماضي.',
      'ar',
      '2020-11-30',
    );
    expect(got).toEqual(['constitutional-committee-4|SYR|PARTY']);
  });
});
