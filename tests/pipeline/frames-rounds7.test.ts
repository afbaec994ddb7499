// Meeting frames and round forms met in real reporting (round 7): "the next <series> meeting" with the series' name
// between the relative word and the noun, "this round" as the round the article reports, a meeting that prepares a
// round, a format's launch year as history, attending "the new round", and what a sentence dates before the report
// while the round is still ahead. Invented articles, several languages.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/pipeline/facts.js';
import { article } from './article.js';
import { seedKnowledge } from '../fixtures/knowledge.js';

function facts(text: string, lang: string, pub: string): ReturnType<typeof extractFacts>['facts'] {
  return extractFacts(article(text, lang, pub), seedKnowledge).facts;
}

/** Attendance at numbered Astana rounds as "round|actor|role", sorted. */
function attendance(text: string, lang: string, pub: string): string[] {
  return facts(text, lang, pub)
    .participations.filter((p) => p.meetingId.startsWith('astana-') && !p.representingId)
    .map((p) => `${p.meetingId.slice('astana-'.length)}|${p.actorId}|${p.role}`)
    .sort();
}

/** The numbered Astana rounds as "round:STATUS", sorted by round. */
function rounds(text: string, lang: string, pub: string): string[] {
  return facts(text, lang, pub)
    .meetings.filter((m) => m.seriesId === 'astana' && m.round !== null)
    .sort((a, b) => (a.round ?? 0) - (b.round ?? 0))
    .map((m) => `${String(m.round)}:${m.status}`);
}

const GUARANTORS = (round: number): string[] => ['IRN', 'RUS', 'TUR'].map((s) => `${String(round)}|${s}|GUARANTOR`);

describe('"the next <series> meeting": the series name between the relative word and the noun', () => {
  it.each([
    [
      'en',
      'The guarantors said on Friday that the next Astana-format international meeting on Syria will take place in May 2024, the communique of the 21st round says.',
      '2024-01-26',
      ['21:HELD', '22:PLANNED'],
    ],
    [
      'en',
      'Talks of the 13th round closed in the Kazakh capital on Thursday; the next Astana meeting is due in the autumn.',
      '2019-08-02',
      ['13:HELD', '14:PLANNED'],
    ],
    [
      'ar',
      'اختتمت الجمعة الجولة الحادية والعشرون من محادثات أستانا، وسيعقد اجتماع صيغة أستانا الدولي المقبل في أيار 2024.',
      '2024-01-26',
      ['21:HELD', '22:PLANNED'],
    ],
  ])('%s: %s', (lang, text, pub, expected) => {
    expect(rounds(text, lang, pub)).toEqual(expected);
  });
});

describe('meeting frames met in real reporting', () => {
  it.each([
    [
      'en "this round" before the round is numbered is the round the article reports',
      'The Kazakh capital hosted this round of talks, which brought together delegations of Russia, Turkey and Iran. The meeting was the 14th round of the Astana process.',
      'en',
      '2019-12-11',
      GUARANTORS(14),
    ],
    [
      'ar "this round" before the round is numbered is the round the article reports',
      'استضافت العاصمة الكازاخية هذه الجولة التي جمعت وفود روسيا وتركيا وإيران. وتعد المحادثات الجولة الرابعة عشرة من مسار أستانا.',
      'ar',
      '2019-12-11',
      GUARANTORS(14),
    ],
    [
      'en a meeting that sets the agenda of the next round is not that round',
      'The sixth Astana meeting has been put off until mid-September, the minister said on Tuesday. The guarantor states, that is Russia, Turkey and Iran, intend to meet at expert level before August is out to set the agenda of the next Astana meeting.',
      'en',
      '2017-08-22',
      [],
    ],
    [
      'ar a meeting that sets the date of the next round is not that round',
      'قال الوزير إن التحضير للجولة الثامنة من محادثات أستانا بدأ للتو. وأضاف أن تحديد الموعد يعود إلى الأطراف السورية والدول الضامنة (روسيا وإيران وتركيا).',
      'ar',
      '2017-12-06',
      [],
    ],
    [
      'ar the year the format began dates history, not the round just ended',
      'اختتمت الثلاثاء الجولة 22 من محادثات أستانا. وكانت المحادثات قد بدأت عام 2017، وهي تضم روسيا وإيران وتركيا.',
      'ar',
      '2024-11-12',
      [],
    ],
    [
      'en the year the format began dates history, not the round just ended',
      'The 22nd round of the Astana talks wrapped up on Tuesday. The talks, which Russia, Iran and Turkey attended from the start, began in 2017.',
      'en',
      '2024-11-12',
      [],
    ],
    [
      'en attending "the new round" is attending the round after the numbered one',
      'The Syrian government delegation lands in the Kazakh capital on Tuesday to take part in the new round of the Astana talks. The Syrian delegation also attended the past 15th round.',
      'en',
      '2021-07-05',
      ['15|SYR|PARTY', '16|SYR|PARTY'],
    ],
    [
      'ar attending "the new round" is attending the round after the numbered one',
      'يصل وفد الجمهورية العربية السورية الثلاثاء إلى العاصمة الكازاخية ليشارك في الجولة الجديدة من محادثات أستانا. وكان الوفد السوري قد شارك في الجولة الخامسة عشرة الماضية.',
      'ar',
      '2021-07-05',
      ['15|SYR|PARTY', '16|SYR|PARTY'],
    ],
    [
      'en heading a delegation at "the new round" is heading it at the round after the numbered one',
      'The 15th round of the Astana talks was held in Sochi in February. Ayman Sousan, who will head the Syrian delegation at the new round of the talks, said the delegation would focus on the elections.',
      'en',
      '2021-07-05',
      ['16|SYR|PARTY'],
    ],
    [
      'ar heading a delegation at "the new round" is heading it at the round after the numbered one',
      'عقدت الجولة الخامسة عشرة من محادثات أستانا في سوتشي في شباط الماضي. وأعلن أيمن سوسان الذي سيتولى رئاسة وفد الجمهورية العربية السورية في الجولة الجديدة أن الوفد سيركز على الانتخابات.',
      'ar',
      '2021-07-05',
      ['16|SYR|PARTY'],
    ],
    [
      'en delegations gathering before the round is numbered are at the round the article reports',
      'Representatives of the Syrian government and of opposition groups are meeting once more in the Kazakh capital. The talks are the sixth round of the Astana process.',
      'en',
      '2017-09-14',
      ['6|SYR-OPP|PARTY', '6|SYR|PARTY'],
    ],
    [
      'ar delegations gathering before the round is numbered are at the round the article reports',
      'يجتمع ممثلو الحكومة السورية وفصائل المعارضة مرة أخرى في العاصمة الكازاخية. وهذه المحادثات هي الجولة السادسة من مسار أستانا.',
      'ar',
      '2017-09-14',
      ['6|SYR-OPP|PARTY', '6|SYR|PARTY'],
    ],
    [
      'en what a sentence dates before the report did not happen at a round still ahead',
      'Preparations for the eighth round of the Astana talks have just begun, the minister said. In late November the presidents of Russia, Iran and Turkey agreed at a three-way summit hosted by Sochi to strengthen the ceasefire.',
      'en',
      '2017-12-06',
      [],
    ],
    [
      'ar what a sentence dates before the report did not happen at a round still ahead',
      'قال الوزير إن الإعداد للجولة الثامنة من محادثات أستانا انطلق للتو. وفي نهاية الشهر الماضي اتفق رؤساء روسيا وإيران وتركيا خلال قمة ثلاثية احتضنتها مدينة سوتشي على ترسيخ وقف إطلاق النار.',
      'ar',
      '2017-12-06',
      [],
    ],
  ])('%s', (_name, text, lang, pub, expected) => {
    expect(attendance(text, lang, pub)).toEqual(expected);
  });
});

/** The series of each numbered meeting as "series-round", sorted. */
function meetingIds(text: string, lang: string, pub: string): string[] {
  return facts(text, lang, pub)
    .meetings.filter((m) => m.round !== null)
    .map((m) => m.id)
    .sort();
}

describe('a series named past a verb is what the round is about, not whose round it is', () => {
  it.each([
    [
      'ar',
      'تبدأ اليوم في العاصمة الكازاخية أعمال الجولة 19 من محادثات أستانا. وقال المتحدث باسم وفد المعارضة إن الجولة 19 ستتناول ملف اللجنة الدستورية ومستقبل عملها.',
      '2022-11-22',
      ['astana-19'],
    ],
    [
      'en',
      'The 19th round of the Astana talks opens today in the Kazakh capital. An opposition spokesman said round 19 should address the future of the constitutional committee.',
      '2022-11-22',
      ['astana-19'],
    ],
  ])('%s: %s', (lang, text, pub, expected) => {
    expect(meetingIds(text, lang, pub)).toEqual(expected);
  });
});

describe('a session of some delegations within a numbered round is no round of its own', () => {
  it.each([
    [
      'en',
      'As this round of the Astana talks went on, the three guarantor delegations held their second meeting to finalize the closing document of the 14th round.',
    ],
    [
      'ar',
      'وخلال هذه الجولة عقدت وفود الدول الضامنة الثلاث اجتماعها الثاني لوضع اللمسات الأخيرة على البيان الختامي للجولة الرابعة عشرة من محادثات أستانا.',
    ],
  ])('%s: %s', (lang, text) => {
    expect(meetingIds(text, lang, '2019-12-11')).toEqual(['astana-14']);
    expect(attendance(text, lang, '2019-12-11')).toEqual(GUARANTORS(14));
  });
});
