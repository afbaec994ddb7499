// How news on the Constitutional Committee and Geneva tracks is written (round 8): "the first meeting between them"
// is a first encounter of given sides, not a series' first meeting; a number that is part of a date ("the May 3-4
// meeting") counts no meeting. Invented sentences, Arabic and English (and others where the form exists).
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/pipeline/facts.js';
import { article } from './article.js';
import { seedKnowledge } from '../fixtures/knowledge.js';

/** The numbered meetings of the text as "meetingId:STATUS", sorted. */
function meetings(text: string, lang: string, pub: string): string[] {
  return extractFacts(article(text, lang, pub), seedKnowledge)
    .facts.meetings.filter((m) => m.round !== null)
    .map((m) => `${m.id}:${m.status}`)
    .sort();
}

describe('"the first meeting between them": a first encounter of given sides is no round 1', () => {
  it.each([
    [
      'ar reciprocal pronoun after an adjective',
      'ar',
      'وقبيل انطلاق الجولة الثالثة، عقد الرئيسان المشاركان في اللجنة الدستورية مساء الأحد أول اجتماع مباشر بينهما في جنيف.',
      '2020-08-24',
      ['constitutional-committee-3:HELD'],
    ],
    [
      'ar "with" and a person after the possessed noun',
      'ar',
      'يعقد وفد الهيئة العليا للمفاوضات اليوم أول لقاء رسمي له مع ستيفان دي ميستورا، بعد وصوله إلى جنيف للمشاركة في الجولة الرابعة من مفاوضات جنيف.',
      '2017-02-24',
      ['geneva-4:HELD'],
    ],
    [
      'ar a verb of bringing together with its object pronoun',
      'ar',
      'وصف بيدرسون الجلسة التي عقدت أمس بأنها أول اجتماع يجمعهم منذ الجولة الخامسة للجنة الدستورية.',
      '2021-10-18',
      ['constitutional-committee-5:HELD'],
    ],
    [
      'en "between" and a pair of sides',
      'en',
      'Government and opposition envoys sat down on Monday for the first meeting between the two delegations in the eighth round of the Geneva talks.',
      '2017-12-04',
      ['geneva-8:HELD'],
    ],
    [
      'en reciprocal pronoun',
      'en',
      'The two co-chairs held the first meeting between them on Sunday, on the eve of the sixth session of the Constitutional Committee.',
      '2021-10-17',
      ['constitutional-committee-6:PLANNED'],
    ],
    [
      'fr reciprocal pronoun',
      'fr',
      'Les deux co-présidents du Comité constitutionnel ont tenu dimanche leur première réunion entre eux avant la sixième session.',
      '2021-10-17',
      ['constitutional-committee-6:PLANNED'],
    ],
  ])('%s', (_name, lang, text, pub, expected) => {
    expect(meetings(text, lang, pub)).toEqual(expected);
  });

  it.each([
    ['ar', 'عقدت اللجنة الدستورية السورية أول اجتماع لها في جنيف يوم 30 تشرين الأول بحضور وفدي الحكومة والمعارضة.'],
    ['en', 'The Constitutional Committee held its first session in Geneva on 30 October, with the UN envoy presiding.'],
  ])("%s: the series' own first meeting stays round 1", (lang, text) => {
    expect(meetings(text, lang, '2019-11-02')).toEqual(['constitutional-committee-1:HELD']);
  });
});

describe('a number that is part of a date counts no meeting', () => {
  it.each([
    [
      'en day range after its month',
      'en',
      'At the May 3-4 international meeting on Syria in Astana, the guarantors signed a memorandum; the sixth round of the Geneva talks opens on Tuesday.',
      '2017-05-15',
      ['geneva-6:PLANNED'],
    ],
    [
      'en day range after its month, another sentence',
      'en',
      'Delegations met at the December 14-15 meeting in Astana. The Geneva talks will resume for their ninth round in January.',
      '2017-12-20',
      ['geneva-9:PLANNED'],
    ],
    [
      "en an ordinal right before its meeting noun stays the meeting's after a month",
      'en',
      'In December, the 11th round of the Astana-format talks ended with a call to stop violations in Idlib.',
      '2019-04-26',
      ['astana-11:HELD'],
    ],
    [
      'ar a numbered meeting next to its dates keeps its number',
      'ar',
      'اختتم الاجتماع الرابع بصيغة أستانا يومي 3 و4 أيار بتوقيع مذكرة مناطق خفض التصعيد.',
      '2017-05-05',
      ['astana-4:HELD'],
    ],
  ])('%s', (_name, lang, text, pub, expected) => {
    expect(meetings(text, lang, pub)).toEqual(expected);
  });
});

describe("a series' launch said with a noun or 'inaugurated' is its first meeting", () => {
  it.each([
    ['en', 'The Constitutional Committee had its formal launch at the UN in Geneva on Wednesday.'],
    [
      'en',
      'The Syrian Constitutional Committee was officially inaugurated on Wednesday in Geneva, with both delegations present.',
    ],
    [
      'en',
      'Delegates of the government, the opposition and civil society met for the inaugural session of the Constitutional Committee on Wednesday.',
    ],
    ['ar', 'شهد مقر الأمم المتحدة في جنيف أمس الإطلاق الرسمي للجنة الدستورية السورية بحضور الوفود الثلاثة.'],
  ])('%s: %s', (lang, text) => {
    expect(meetings(text, lang, '2019-10-31')).toEqual(['constitutional-committee-1:HELD']);
  });
});

/** Attendance of the text's numbered meetings as "meetingId|actor|role", sorted. */
function attendance(text: string, lang: string, pub: string): string[] {
  return extractFacts(article(text, lang, pub), seedKnowledge)
    .facts.participations.filter((p) => !p.representingId)
    .map((p) => `${p.meetingId}|${p.actorId}|${p.role}`)
    .sort();
}

describe('a meeting named as the standard of a comparison governs no attendance', () => {
  it.each([
    [
      'ar a verb of distinguishing and "عن" before the standard',
      'ar',
      'قال المبعوث إن ما يميز جولة جنيف الرابعة عن جنيف 3 هو أن وفدي الحكومة والمعارضة يشاركان فيها وجها لوجه.',
      '2017-02-20',
      ['geneva-4|SYR-OPP|PARTY', 'geneva-4|SYR|PARTY'],
    ],
    [
      'ar "على عكس" before the standard, the compared round after',
      'ar',
      'وعلى عكس الجولة الرابعة، يشارك وفد الحكومة السورية ووفد المعارضة في الجولة الخامسة من مفاوضات جنيف.',
      '2017-03-22',
      ['geneva-5|SYR-OPP|PARTY', 'geneva-5|SYR|PARTY'],
    ],
    [
      'en "distinguishes ... from"',
      'en',
      'What distinguishes the fifth round of the Geneva talks from the fourth round is that the government and opposition delegations take part together.',
      '2017-03-22',
      ['geneva-5|SYR-OPP|PARTY', 'geneva-5|SYR|PARTY'],
    ],
    [
      'en "unlike" before the standard',
      'en',
      'Unlike Geneva I, the Geneva II conference will be attended by delegations of the Syrian government and the opposition.',
      '2014-01-10',
      ['geneva-2|SYR-OPP|PARTY', 'geneva-2|SYR|PARTY'],
    ],
    [
      'fr "contrairement à" before the standard',
      'fr',
      "Contrairement à Genève 3, les délégations du gouvernement syrien et de l'opposition participent à Genève 4.",
      '2017-02-22',
      ['geneva-4|SYR-OPP|PARTY', 'geneva-4|SYR|PARTY'],
    ],
  ])('%s', (_name, lang, text, pub, expected) => {
    expect(attendance(text, lang, pub)).toEqual(expected);
  });
});

describe('the sides an appeal is addressed to are asked to act, not said to attend', () => {
  it.each([
    [
      'en "urging" the co-chairs',
      'en',
      'In his briefing, Pedersen said he was urging the two co-chairs to send him new texts well before the eighth session of the Constitutional Committee.',
      ['constitutional-committee-8|UN|MEDIATOR'],
    ],
    [
      'en "appealed to" the co-chairs and the civil society list',
      'en',
      'Pedersen appealed to both co-chairs and the civil society delegation to agree on the agenda of the eighth session of the Constitutional Committee.',
      ['constitutional-committee-8|UN|MEDIATOR'],
    ],
    [
      'ar "ناشد", the appealing envoy right after the verb',
      'ar',
      'وناشد بيدرسون الرئيسين المشاركين تقديم عناوين جديدة قبل الجولة الثامنة من اجتماعات اللجنة الدستورية.',
      ['constitutional-committee-8|UN|MEDIATOR'],
    ],
  ])('%s', (_name, lang, text, expected) => {
    expect(attendance(text, lang, '2022-04-27')).toEqual(expected);
  });

  it('the one who appeals still attends when the sentence says so (ar, subject after the verb)', () => {
    expect(
      attendance(
        'وفي افتتاح الجولة الثامنة للجنة الدستورية في جنيف، ناشدت الأمم المتحدة الوفود التحلي بالمرونة، بحضور وفدي الحكومة والمعارضة.',
        'ar',
        '2022-05-30',
      ),
    ).toContain('constitutional-committee-8|SYR|PARTY');
  });
});

/** The delegation heads of the text as "meetingId|person|represented", sorted. */
function heads(text: string, lang: string, pub: string): string[] {
  return extractFacts(article(text, lang, pub), seedKnowledge)
    .facts.participations.filter((p) => p.role === 'PARTICIPANT')
    .map((p) => `${p.meetingId}|${p.actorId}|${p.representingId ?? '-'}`)
    .sort();
}

describe('an envoy said to be absent heads nothing; the body still mediates', () => {
  it.each([
    [
      'ar absence verb before the envoy',
      'ar',
      'تنطلق غداً الخميس الجولة الخامسة من محادثات جنيف، ويغيب عن جلستها الافتتاحية المبعوث الخاص إلى سوريا ستافان دي ميستورا.',
      '2017-03-22',
      'geneva-5',
    ],
    [
      'en absence after the envoy',
      'en',
      'The fifth round of the Geneva talks opens on Thursday; the UN envoy Staffan de Mistura will not attend the opening session.',
      '2017-03-22',
      'geneva-5',
    ],
  ])('%s', (_name, lang, text, pub, meeting) => {
    expect(heads(text, lang, pub)).toEqual([]);
    expect(attendance(text, lang, pub)).toContain(`${meeting}|UN|MEDIATOR`);
  });

  it('ar the deputy named by his short name heads instead', () => {
    expect(
      heads(
        'تنطلق غداً الخميس الجولة الخامسة من محادثات جنيف، ويتولى رئاستها رمزي عز الدين نائب المبعوث الخاص.',
        'ar',
        '2017-03-22',
      ),
    ).toEqual(['geneva-5|ramzy-ezzeldin-ramzy|UN']);
  });
});

describe('"discussions" and "deliberations" are meetings a series numbers', () => {
  it.each([
    [
      'The parties’ first discussions in the Constitutional Committee ended in Geneva on Friday; the next round of discussions opens on 25 November.',
      ['constitutional-committee-1:HELD', 'constitutional-committee-2:PLANNED'],
    ],
    [
      'The second round of deliberations of the Constitutional Committee closed on Friday without an agreed agenda.',
      ['constitutional-committee-2:HELD'],
    ],
  ])('en: %s', (text, expected) => {
    expect(meetings(text, 'en', '2019-11-29')).toEqual(expected);
  });
});
