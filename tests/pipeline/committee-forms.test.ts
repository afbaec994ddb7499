// How news writes about the Constitutional Committee and the Geneva talks, in forms the round and participation rules
// must read as a whole: a number before a unit of time is no round ("back in Geneva 14 days from now"), a first
// meeting inside a numbered conference is no round of the series, co-chairs stand for the sides they chair (both
// together, or one with its side) at the round named nearest them and not at a preparatory meeting, the UN's seat is
// a place and no actor, launch words name the series whose first meeting the calendar has at the article's date, and
// "started working in Geneva" launches no Geneva round. Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/pipeline/facts.js';
import { seedKnowledge } from '../fixtures/knowledge.js';
import { article, attendanceTriples } from './article.js';

const meetingIds = (text: string, lang: string, publishedAt: string): string[] =>
  extractFacts(article(text, lang, publishedAt), seedKnowledge)
    .facts.meetings.map((m) => m.id)
    .sort();

describe('a number before a unit of time', () => {
  it.each([
    ['en', 'The Constitutional Committee co-chairs promised to be back in Geneva 14 days from now, the envoy said.'],
    ['ar', 'قال المبعوث إن رئيسي اللجنة الدستورية سيعودان إلى جنيف 14 يوما بعد انتهاء الجولة.'],
  ])('numbers no Geneva round (%s)', (lang, text) => {
    expect(meetingIds(text, lang, '2020-03-02').filter((id) => id.startsWith('geneva'))).toEqual([]);
  });
});

describe('a first meeting inside a numbered conference', () => {
  it.each([
    [
      'en',
      'The Geneva talks, Geneva 3, saw their first formal meeting yesterday between the envoy and the opposition.',
    ],
    ['ar', 'شهدت مفاوضات «جنيف 3»، أمس، أول اجتماع رسمي بين المبعوث الأممي ووفد المعارضة.'],
  ])('is no round of the series (%s)', (lang, text) => {
    expect(meetingIds(text, lang, '2016-02-02')).toEqual(['geneva-3']);
  });
});

describe('co-chairs of the committee', () => {
  const at = '2021-10-18';
  it.each([
    [
      'en',
      'Both co-chairs attended the sixth session of the Constitutional Committee, which opened in Geneva on Monday.',
    ],
    ['ar', 'حضر الرئيسان المشاركان الجولة السادسة من اللجنة الدستورية التي افتتحت في جنيف يوم الاثنين.'],
  ])('together place both chairing sides (%s)', (lang, text) => {
    const got = attendanceTriples(text, lang, at);
    expect(got).toContain('constitutional-committee-6|SYR|PARTY');
    expect(got).toContain('constitutional-committee-6|SYR-OPP|PARTY');
  });

  it.each([
    [
      'en',
      'The co-chair for the opposition attended the sixth session of the Constitutional Committee in Geneva on Monday.',
    ],
    ['ar', 'حضر الرئيس المشترك عن المعارضة الجولة السادسة من اللجنة الدستورية في جنيف يوم الاثنين.'],
  ])('one with its side places that side only (%s)', (lang, text) => {
    const got = attendanceTriples(text, lang, at);
    expect(got).toContain('constitutional-committee-6|SYR-OPP|PARTY');
    expect(got).not.toContain('constitutional-committee-6|SYR|PARTY');
  });

  it.each([
    [
      'en',
      'The Constitutional Committee holds its seventh session from Monday. On Sunday the two co-chairs hold a preparatory meeting with the envoy.',
    ],
    [
      'ar',
      'تعقد اللجنة الدستورية جولتها السابعة اعتبارا من الاثنين. ويعقد الرئيسان المشاركان يوم الأحد اجتماعا تحضيريا مع المبعوث.',
    ],
  ])('meeting for a preparatory meeting are not yet at the session (%s)', (lang, text) => {
    const got = attendanceTriples(text, lang, '2022-03-19');
    expect(got.filter((t) => t.endsWith('|PARTY'))).toEqual([]);
  });

  it('are at the round named nearest them', () => {
    const text =
      'Thanks to the two co-chairs, the small body of the Constitutional Committee will use session 4 to finish the agenda it began at session 3.';
    const got = attendanceTriples(text, 'en', '2020-11-20');
    expect(got).toContain('constitutional-committee-4|SYR|PARTY');
    expect(got.filter((t) => t.startsWith('constitutional-committee-3|'))).toEqual([]);
  });
});

describe("the UN's seat", () => {
  it.each([
    [
      'en',
      'The government, the opposition and civil society delegations reached the UN headquarters in Geneva for the sixth session of the Constitutional Committee.',
    ],
    [
      'ar',
      'بلغت وفود الحكومة والمعارضة والمجتمع المدني مقر الأمم المتحدة في جنيف لحضور الجولة السادسة من اللجنة الدستورية.',
    ],
  ])('is a place, not the mediator (%s)', (lang, text) => {
    const got = attendanceTriples(text, lang, '2021-10-18');
    expect(got).toContain('constitutional-committee-6|SYR-OPP|PARTY');
    expect(got).not.toContain('constitutional-committee-6|UN|MEDIATOR');
  });
});

describe('launch words that name no series', () => {
  const texts: [string, string][] = [
    [
      'en',
      'Envoy urges the Syrian Constitutional Committee to seize its chance.\nGovernment and opposition representatives sat face to face on Wednesday as work officially got under way.',
    ],
    [
      'ar',
      'المبعوث يدعو اللجنة الدستورية السورية إلى اغتنام الفرصة.\nانطلقت رسميا أعمال الصياغة يوم الأربعاء بحضور ممثلي الحكومة والمعارضة.',
    ],
  ];
  it.each(texts)('launch the series whose first meeting the calendar has at that date (%s)', (lang, text) => {
    expect(meetingIds(text, lang, '2019-10-30')).toEqual(['constitutional-committee-1']);
  });
  it.each(texts)('launch nothing far from that date (%s)', (lang, text) => {
    expect(meetingIds(text, lang, '2022-06-01')).toEqual([]);
  });

  it('"started working in Geneva" launches the committee, not a Geneva round', () => {
    const text =
      'The Constitutional Committee, whose members come from the opposition, civil society and the government, started working in Geneva on Wednesday, within the Geneva process.';
    expect(meetingIds(text, 'en', '2019-10-30')).toEqual(['constitutional-committee-1']);
  });
});

describe('an indefinite ordinal after the meeting noun', () => {
  // Each told in its own time: the committee was not spoken of before 2018 (series.json "namedFrom").
  it.each([
    ['ar', 'وكان المبعوث قد افتتح في جنيف جولة ثامنة من محادثات جنيف بين الحكومة والمعارضة.', '2017-12-20', 'geneva-8'],
    ['ar', 'تعقد اللجنة الدستورية دورة سادسة في جنيف الشهر المقبل.', '2021-09-20', 'constitutional-committee-6'],
  ])('numbers the meeting (%s: %s)', (lang, text, day, id) => {
    expect(meetingIds(text, lang, day)).toContain(id);
  });
});

describe('a meeting the calendar has under way, past its first day', () => {
  // The calendar dates the eighth Geneva round from 28 November to 14 December 2017.
  const status = (text: string, lang: string, publishedAt: string): string | undefined =>
    extractFacts(article(text, lang, publishedAt), seedKnowledge).facts.meetings.find((m) => m.id === 'geneva-8')
      ?.status;
  it.each([
    ['en', 'The government delegation will return on Sunday to take part in the eighth round of the Geneva talks.'],
    ['ar', 'سيعود وفد الحكومة يوم الأحد للمشاركة في الجولة الثامنة من محادثات جنيف.'],
  ])('is held, whatever the tense (%s)', (lang, text) => {
    expect(status(text, lang, '2017-12-08')).toBe('HELD');
  });
  it.each([
    ['en', 'The eighth round of the Geneva talks will open on 28 November.'],
    ['ar', 'ستنطلق الجولة الثامنة من محادثات جنيف في 28 تشرين الثاني.'],
  ])('is not, before its first day (%s)', (lang, text) => {
    expect(status(text, lang, '2017-11-20')).toBe('PLANNED');
  });
});

describe('the city a meeting is held in', () => {
  it.each([
    [
      'en',
      'The second session of the Constitutional Committee opened today in the Swiss city of Geneva, attended by the government delegation, the opposition delegation and civil society representatives.',
    ],
    [
      'ar',
      'بدأت الجولة الثانية من اجتماعات اللجنة الدستورية اليوم بمدينة جنيف السويسرية، بحضور الحكومة والمعارضة وممثلين عن المجتمع المدني.',
    ],
  ])('is a venue, not another process claiming the parties (%s)', (lang, text) => {
    const got = attendanceTriples(text, lang, '2019-11-25');
    expect(got).toContain('constitutional-committee-2|SYR|PARTY');
    expect(got).toContain('constitutional-committee-2|SYR-OPP|PARTY');
    expect(got).toContain('constitutional-committee-2|SYR-CIVIL|PARTY');
  });
});

describe("the body's founding told in passing", () => {
  it.each([
    [
      'en',
      'The sixth session of the Constitutional Committee opened on Monday. The committee came into being in 2019 with members from the government delegation, the opposition delegation and civil society representatives.',
    ],
    [
      'ar',
      'افتتحت الجولة السادسة من اللجنة الدستورية يوم الاثنين. وتأسست اللجنة عام 2019 بمشاركة وفود الحكومة والمعارضة والمجتمع المدني.',
    ],
  ])('places no one at the session (%s)', (lang, text) => {
    expect(attendanceTriples(text, lang, '2021-10-18')).toEqual([]);
  });
});

describe('a series named past the place of a numbered phrase', () => {
  it.each([
    [
      'en',
      'The seventh round of the Geneva talks opened today. This seventh round of talks in Geneva follows the international meeting on Syria.',
    ],
    [
      'ar',
      'افتتحت اليوم الجولة السابعة من محادثات جنيف. وتأتي الجولة السابعة من المحادثات في جنيف بعد الاجتماع الدولي حول سوريا.',
    ],
  ])('does not take the number to its series (%s)', (lang, text) => {
    expect(meetingIds(text, lang, '2017-07-10')).toEqual(['geneva-7']);
  });
});
