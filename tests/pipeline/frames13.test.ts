// Which meeting a fact belongs to over a whole article (round 13). Before the round is numbered (its number only at
// the end, or only in a count of the rounds before it), a sentence telling of the reported round's opening or
// attendance starts its story: the sentences after it are about that round, even one that tells of no event between.
// A day alone, or a round only announced, starts nothing. Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { roundAttendance } from './article.js';

describe('the story of the reported round started before its number is given', () => {
  it.each([
    [
      'en',
      'The Syria talks in the Kazakh capital opened on Wednesday. Turkish and Russian delegations are taking part. The process aims to keep the truce holding. Iraq is also attending as an observer. This is the 21st meeting of the Astana format.',
    ],
    [
      'en',
      'The Astana talks on Syria resumed on Wednesday with the delegations of Russia and Turkey in attendance. Kazakhstan says the format is the only one still working. Iraq sent an observer. The talks are the twenty-first round of the process.',
    ],
    [
      'ar',
      'انطلقت محادثات أستانا حول سوريا في العاصمة الكازاخية الأربعاء. ويشارك فيها وفدا روسيا وتركيا. وتهدف الصيغة إلى تثبيت وقف إطلاق النار. ويحضر العراق أيضا بصفة مراقب. وهو الاجتماع الحادي والعشرون بهذه الصيغة.',
    ],
    [
      'ar',
      'بدأت في أستانا جولة أخرى من المحادثات بشأن سوريا بمشاركة وفدي روسيا وتركيا. ويرى مراقبون أن المسار فقد زخمه. ويحضر العراق بصفة مراقب. ولم تحقق الجولات العشرون السابقة أي اختراق.',
    ],
  ])('places the later attendance at it (%s)', (lang, text) => {
    const got = roundAttendance(text, lang, '2024-01-24');
    expect(got).toEqual(expect.arrayContaining(['21|RUS|GUARANTOR', '21|TUR|GUARANTOR', '21|IRQ|OBSERVER']));
  });

  it.each([
    [
      'en',
      'The Kazakh ministry announced on Saturday that the guarantors had agreed on new talks. Jordan and Iraq had a hand in preparing them. The 12th round of the Astana talks will convene on 25 April.',
    ],
    [
      'ar',
      'أعلنت الخارجية الكازاخية السبت أن الدول الضامنة اتفقت على محادثات جديدة. وكان للأردن والعراق دور في التحضير لها. وستعقد الجولة الثانية عشرة من محادثات أستانا في 25 نيسان.',
    ],
  ])('not when only a day was told, of a round only announced (%s)', (lang, text) => {
    const got = roundAttendance(text, lang, '2019-03-30');
    expect(got).not.toContain('12|JOR|OBSERVER');
    expect(got).not.toContain('12|IRQ|OBSERVER');
  });
});

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
