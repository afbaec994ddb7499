// Which meeting a sentence that names no round of its own is about. A sentence that names the meetings of another
// series by name tells of that other process, not of the round the article reports; a plural anaphor ("these
// meetings") is about every round the sentence before named. Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { roundAttendance } from './article.js';

describe('a sentence naming another series by name', () => {
  // [language, the lead naming the reported round, a sentence about "the talks", the same about another series'.]
  it.each([
    [
      'en',
      'The 21st Astana meeting opened in the Kazakh capital on Wednesday.',
      'The opposition sent a fifty-member delegation to the talks.',
      'The opposition sent a fifty-member delegation to the Geneva talks.',
    ],
    [
      'en',
      'The 21st Astana meeting opened in the Kazakh capital on Wednesday.',
      'Members of the opposition delegation took part in the negotiations.',
      'Members of the opposition delegation took part in the Geneva negotiations.',
    ],
    [
      'ar',
      'افتتح الاجتماع الحادي والعشرون بصيغة أستانا في العاصمة الكازاخية الأربعاء.',
      'وتشارك المعارضة بوفد من خمسين عضوا في المحادثات.',
      'وتشارك المعارضة بوفد من خمسين عضوا في محادثات جنيف.',
    ],
    [
      'ar',
      'افتتح الاجتماع الحادي والعشرون بصيغة أستانا في العاصمة الكازاخية الأربعاء.',
      'وحضر وفد المعارضة الاجتماعات.',
      'وحضر وفد المعارضة اجتماعات مسار جنيف.',
    ],
  ])('is about that series, not the reported round (%s)', (lang, lead, plain, other) => {
    expect(roundAttendance(`${lead} ${plain}`, lang, '2024-01-24')).toContain('21|SYR-OPP|PARTY');
    expect(roundAttendance(`${lead} ${other}`, lang, '2024-01-24')).not.toContain('21|SYR-OPP|PARTY');
  });

  it.each([
    [
      'en',
      'The 21st Astana meeting opened on Wednesday. The opposition delegation took part in the Astana talks on Syria.',
    ],
    ['ar', 'افتتح الاجتماع الحادي والعشرون الأربعاء. وتشارك المعارضة بوفد في محادثات أستانا.'],
    [
      'en',
      'The 21st Astana meeting opened on Wednesday. The opposition delegation took part in the talks, hoping to revive the Geneva process.',
    ],
    [
      'ar',
      'افتتح الاجتماع الحادي والعشرون الأربعاء. وتشارك المعارضة بوفد في المحادثات أملا في إحياء مسار جنيف التفاوضي.',
    ],
  ])('while naming its own series, or another only as a topic, keeps it there (%s)', (lang, text) => {
    expect(roundAttendance(text, lang, '2024-01-24')).toContain('21|SYR-OPP|PARTY');
  });
});

describe('a plural anaphor after a sentence naming several rounds', () => {
  const BOTH = ['1|IRN|GUARANTOR', '1|RUS|GUARANTOR', '2|IRN|GUARANTOR', '2|RUS|GUARANTOR'];
  it.each([
    [
      'en',
      'The first Astana round took place on 23-24 January and the second round on 15-16 February. Both rounds were attended by delegations of Russia, Iran and Turkey.',
    ],
    [
      'en',
      'The first Astana round took place on 23-24 January and the second round on 15-16 February. Russia, Iran and Turkey sent delegations to these meetings.',
    ],
    [
      'ar',
      'عقدت الجولتان الأولى والثانية من محادثات أستانا في كانون الثاني وشباط. وحضرت هذه الاجتماعات وفود روسيا وإيران وتركيا.',
    ],
    [
      'ar',
      'عقدت الجولة الأولى من محادثات أستانا يومي 23 و24 كانون الثاني والجولة الثانية يومي 15 و16 شباط. وشاركت في هاتين الجولتين وفود روسيا وإيران وتركيا.',
    ],
  ])('places its actors at every one of them (%s)', (lang, text) => {
    expect(roundAttendance(text, lang, '2017-03-10')).toEqual(expect.arrayContaining(BOTH));
  });

  it.each([
    [
      'en',
      'The first Astana round took place on 23-24 January and the second round on 15-16 February. Russia, Iran and Turkey sent delegations.',
    ],
    [
      'ar',
      'عقدت الجولة الأولى من محادثات أستانا يومي 23 و24 كانون الثاني والجولة الثانية يومي 15 و16 شباط. وشاركت وفود روسيا وإيران وتركيا.',
    ],
  ])('while a sentence without it places them at one round only (%s)', (lang, text) => {
    const got = roundAttendance(text, lang, '2017-03-10');
    expect(got.some((x) => x.startsWith('1|')) && got.some((x) => x.startsWith('2|'))).toBe(false);
  });
});
