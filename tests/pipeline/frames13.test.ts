// Which meeting a fact belongs to over a whole article (round 13): rounds a sentence names in one phrase ("the first
// two rounds", "the third and the fourth rounds") each take its actors; rounds compared keep the nearest one's.
// Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { roundAttendance } from './article.js';

describe('rounds named in one phrase', () => {
  it.each([
    [
      'en',
      'The fifth round of the Astana talks opened on Wednesday. Sponsored by Russia and Iran, the first two rounds were held in the Kazakh capital in early 2017.',
      ['1|IRN|GUARANTOR', '1|RUS|GUARANTOR', '2|IRN|GUARANTOR', '2|RUS|GUARANTOR'],
    ],
    [
      'en',
      'The fifth round of the Astana talks opened on Wednesday. Jordan sent observers to the third and the fourth rounds.',
      ['3|JOR|OBSERVER', '4|JOR|OBSERVER'],
    ],
    [
      'ar',
      'انطلقت الجولة الخامسة من محادثات أستانا الأربعاء. وبرعاية روسيا وإيران، عقدت الجولتان الأولى والثانية في العاصمة الكازاخية مطلع 2017.',
      ['1|IRN|GUARANTOR', '1|RUS|GUARANTOR', '2|IRN|GUARANTOR', '2|RUS|GUARANTOR'],
    ],
    [
      'ar',
      'انطلقت الجولة الخامسة من محادثات أستانا الأربعاء. وأرسل الأردن مراقبين إلى الجولتين الثالثة والرابعة.',
      ['3|JOR|OBSERVER', '4|JOR|OBSERVER'],
    ],
  ])('places the actors at each of them (%s)', (lang, text, want) => {
    expect(roundAttendance(text, lang, '2017-07-05')).toEqual(expect.arrayContaining(want));
  });

  it.each([
    [
      'en',
      'The fifth round of the Astana talks opened on Wednesday. Unlike the fourth round, the first round was attended by Jordan.',
    ],
    ['ar', 'انطلقت الجولة الخامسة من محادثات أستانا الأربعاء. وعلى خلاف الجولة الرابعة، حضر الأردن الجولة الأولى.'],
  ])('but not rounds compared, each actor at the round named nearest (%s)', (lang, text) => {
    const got = roundAttendance(text, lang, '2017-07-05');
    expect(got).toContain('1|JOR|OBSERVER');
    expect(got).not.toContain('4|JOR|OBSERVER');
  });
});
