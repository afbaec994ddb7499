// The mediator of a series (the UN in the Constitutional Committee and the Geneva talks): its envoy acting in a
// sentence about a meeting heads its delegation, and a mediating word places it; in Astana, where the UN observes,
// neither makes it a mediator.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/pipeline/facts.js';
import { article } from './article.js';
import { seedKnowledge } from '../fixtures/knowledge.js';

function facts(text: string, lang: string): string[] {
  return extractFacts(article(text, lang, '2021-10-20'), seedKnowledge)
    .facts.participations.filter((p) => p.actorId === 'UN' || p.representingId === 'UN')
    .map((p) => `${p.meetingId}|${p.actorId}|${p.role}`)
    .sort();
}

describe('series mediators', () => {
  it.each([
    [
      'en',
      'The sixth session of the Constitutional Committee opened in Geneva on Monday, and Geir Pedersen chaired the first sitting.',
      ['constitutional-committee-6|UN|MEDIATOR', 'constitutional-committee-6|geir-pedersen|PARTICIPANT'],
    ],
    [
      'ar',
      'افتتحت الجولة السادسة من اللجنة الدستورية أعمالها في جنيف، وألقى غير بيدرسن كلمة في بدايتها.',
      ['constitutional-committee-6|UN|MEDIATOR', 'constitutional-committee-6|geir-pedersen|PARTICIPANT'],
    ],
    [
      'en',
      'Facilitated by the United Nations, the fourth round of the Geneva talks got going on Thursday.',
      ['geneva-4|UN|MEDIATOR'],
    ],
    ['ar', 'بدأت الجولة الرابعة من مفاوضات جنيف يوم الخميس بتيسير من الأمم المتحدة.', ['geneva-4|UN|MEDIATOR']],
  ])('%s: %s', (lang, text, want) => {
    expect(facts(text, lang)).toEqual(want);
  });

  it('does not make the UN envoy a mediator of a series the UN only observes', () => {
    const text = 'The 17th round of the Astana talks began on Monday; Geir Pedersen convened a side meeting.';
    expect(facts(text, 'en').filter((f) => f.endsWith('MEDIATOR'))).toEqual([]);
  });
});

describe('co-chairs head the parties', () => {
  const heads = (text: string, lang: string): string[] =>
    extractFacts(article(text, lang, '2021-10-20'), seedKnowledge)
      .facts.participations.filter((p) => p.role === 'PARTICIPANT' || p.role === 'PARTY')
      .map((p) => `${p.meetingId}|${p.actorId}|${p.representingId ?? ''}`)
      .sort();
  it.each([
    [
      'en',
      'Both co-chairs, Hadi al-Bahra and Ahmad Kuzbari, met on the eve of the seventh session of the Constitutional Committee.',
    ],
    ['ar', 'التقى الرئيسان المشاركان أحمد الكزبري وهادي البحرة عشية الجولة السابعة من اللجنة الدستورية.'],
  ])('%s: %s', (lang, text) => {
    expect(heads(text, lang)).toEqual([
      'constitutional-committee-7|SYR-OPP|',
      'constitutional-committee-7|SYR|',
      'constitutional-committee-7|ahmad-kuzbari|SYR',
      'constitutional-committee-7|hadi-albahra|SYR-OPP',
    ]);
  });

  it('names no head without a co-chair word', () => {
    const text = 'Hadi al-Bahra spoke about the weather before the seventh session of the Constitutional Committee.';
    expect(heads(text, 'en').filter((h) => h.includes('hadi'))).toEqual([]);
  });
});

describe('the three lists of the Constitutional Committee as parties', () => {
  const parties = (text: string, lang: string): string[] =>
    extractFacts(article(text, lang, '2021-10-20'), seedKnowledge)
      .facts.participations.filter((p) => p.role === 'PARTY')
      .map((p) => `${p.meetingId}|${p.actorId}`)
      .sort();
  it.each([
    ['ar', 'تضم اجتماعات الجولة الخامسة من اللجنة الدستورية 15 عضواً عن النظام ومثلهم عن المعارضة والمجتمع المدني.'],
    [
      'en',
      'The fifth session of the Constitutional Committee, made up of the regime, the opposition and civil society, opened on Monday.',
    ],
  ])('%s: %s', (lang, text) => {
    expect(parties(text, lang)).toEqual([
      'constitutional-committee-5|SYR',
      'constitutional-committee-5|SYR-CIVIL',
      'constitutional-committee-5|SYR-OPP',
    ]);
  });
});

describe('a construct ordinal before a possessed meeting noun', () => {
  it.each([
    ['عقدت اللجنة الدستورية أولى جلساتها في جنيف اليوم بحضور وفدي الحكومة والمعارضة.', 'constitutional-committee-1'],
    ['افتتحت اللجنة الدستورية أول اجتماعاتها في جنيف يوم الأربعاء.', 'constitutional-committee-1'],
  ])('%s', (text, id) => {
    const meetings = extractFacts(article(text, 'ar', '2019-10-30'), seedKnowledge).facts.meetings.map((m) => m.id);
    expect(meetings).toEqual([id]);
  });
});

describe('"the co-chairs" name the members that chair', () => {
  it.each([
    ['en', 'The two co-chairs agreed the agenda of the ninth session of the Constitutional Committee on Sunday.'],
    ['ar', 'اتفق الرئيسان المشاركان يوم الأحد على جدول أعمال الجولة التاسعة من اللجنة الدستورية.'],
  ])('%s: %s', (lang, text) => {
    const parties = extractFacts(article(text, lang, '2022-06-12'), seedKnowledge)
      .facts.participations.filter((p) => p.role === 'PARTY')
      .map((p) => `${p.meetingId}|${p.actorId}`)
      .sort();
    expect(parties).toEqual(['constitutional-committee-9|SYR', 'constitutional-committee-9|SYR-OPP']);
  });
});

describe('Arabic round phrases with a possessed noun or the talks between noun and ordinal', () => {
  it.each([
    ['انتهت اليوم جولة المفاوضات السورية السابعة دون تقدم يذكر، وستستأنف محادثات جنيف في الخريف.', 'geneva-7'],
    ['بدأت محادثات جنيف جولتها الثالثة اليوم برعاية الأمم المتحدة.', 'geneva-3'],
  ])('%s', (text, id) => {
    const meetings = extractFacts(article(text, 'ar', '2017-07-10'), seedKnowledge).facts.meetings.map((m) => m.id);
    expect(meetings).toEqual([id]);
  });
});
