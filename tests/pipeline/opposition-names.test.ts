// The opposition's delegation at the Geneva talks goes by the city where its negotiating body was formed ("the Riyadh
// opposition", "the Riyadh platform", "معارضة الرياض"): such a name is the Syrian opposition, not the Saudi capital.
// Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { roundAttendance } from './article.js';

describe('the opposition named after its Riyadh body', () => {
  it.each([
    [
      'en',
      'The fourth round of the Geneva talks opened on Thursday, attended by the government delegation and the Riyadh platform.',
    ],
    ['en', 'Delegates of the Riyadh opposition took part in the fourth round of the Geneva talks on Thursday.'],
    ['en', 'The Riyadh group attended the fourth round of the Geneva talks, which opened on Thursday.'],
    ['ar', 'انطلقت الجولة الرابعة من مفاوضات جنيف يوم الخميس بمشاركة وفد الحكومة ومنصة الرياض.'],
    ['ar', 'وشاركت معارضة الرياض في الجولة الرابعة من مفاوضات جنيف التي بدأت الخميس.'],
    ['ar', 'وحضر وفد الرياض الجولة الرابعة من مفاوضات جنيف التي افتتحت الخميس.'],
  ])('places the Syrian opposition at the round (%s: %s)', (lang, text) => {
    const got = roundAttendance(text, lang, '2017-02-24');
    expect(got).toContain('4|SYR-OPP|PARTY');
    expect(got.filter((t) => t.includes('SAU'))).toEqual([]);
  });
});

describe('the opposition by the spellings of its negotiating body', () => {
  it.each([
    ['en', 'The High Negotiation Committee took part in the fourth round of the Geneva talks on Thursday.'],
    [
      'en',
      'The Syrian Negotiations Committee attended the fourth round of the Geneva talks, which opened on Thursday.',
    ],
    ['ar', 'وشارك وفد الهيئة العليا في الجولة الرابعة من مفاوضات جنيف التي بدأت الخميس.'],
    ['ar', 'وحضر وفد هيئة التفاوض الجولة الرابعة من مفاوضات جنيف التي افتتحت الخميس.'],
  ])('places the Syrian opposition at the round (%s: %s)', (lang, text) => {
    expect(roundAttendance(text, lang, '2017-02-24')).toContain('4|SYR-OPP|PARTY');
  });
});
