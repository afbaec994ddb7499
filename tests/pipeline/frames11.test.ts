// Which meeting a sentence that names no round of its own is about. A sentence that names the meetings of another
// series by name tells of that other process, not of the round the article reports. Every sentence here is invented.
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
