// The series' calendars (series.json "calendar") decide what one article's wording cannot: a known meeting is ahead
// of a report written before it opened and over in one written after it closed; the meeting under way on the
// article's day is the one it reports, however often it recalls earlier ones; and a sentence dated at the report's day
// tells of that meeting, not of a recalled one. Invented sentences; the calendar rows are the shipped ones.
import { describe, expect, it } from 'vitest';
import type { Facts } from '../../src/domain.js';
import { extractFacts } from '../../src/pipeline/facts.js';
import { seedKnowledge } from '../fixtures/knowledge.js';
import { article } from './article.js';

const meetings = (facts: Facts): string[] => facts.meetings.map((m) => `${m.id}:${m.status}`).sort();
const attendance = (facts: Facts): string[] =>
  facts.participations
    .filter((p) => p.role !== 'PARTICIPANT')
    .map((p) => `${p.meetingId}|${p.actorId}|${p.role}`)
    .sort();

describe('a calendar meeting is ahead before it opens and over after it closes', () => {
  it.each([
    [
      'en, told as held two days before it opened',
      'en',
      '2022-03-19',
      'The seventh session of the Constitutional Committee brought the government and the opposition delegations to Geneva.',
      ['constitutional-committee-7:PLANNED'],
    ],
    [
      'ar, told as held two days before it opened',
      'ar',
      '2022-03-19',
      'جمعت الجولة السابعة من اللجنة الدستورية وفدي الحكومة والمعارضة في جنيف.',
      ['constitutional-committee-7:PLANNED'],
    ],
    [
      'en, told as ahead weeks after it closed',
      'en',
      '2021-01-20',
      'Members say the fourth session of the Constitutional Committee is to look at national principles.',
      ['constitutional-committee-4:HELD'],
    ],
    [
      'ar, told as ahead weeks after it closed',
      'ar',
      '2021-01-20',
      'يقول أعضاء إن الجولة الرابعة من اللجنة الدستورية ستبحث المبادئ الوطنية.',
      ['constitutional-committee-4:HELD'],
    ],
  ])('%s', (_, lang, day, text, expected) => {
    expect(meetings(extractFacts(article(text, lang, day), seedKnowledge).facts)).toEqual(expected);
  });

  it('a row that knows only the last day never makes a meeting ahead', () => {
    // Astana's 20th meeting is known by its end (21 June 2023) only: a report of its first day stays held.
    const text = 'The 20th round of the Astana talks opened on Tuesday with Russia, Iran and Turkey taking part.';
    expect(meetings(extractFacts(article(text, 'en', '2023-06-20'), seedKnowledge).facts)).toEqual(['astana-20:HELD']);
  });
});

describe('the meeting under way on the article day is the reported one', () => {
  it.each([
    [
      'en',
      'The second session of the Constitutional Committee opened in Geneva. The first session had closed on 8 November. At the first session the rules of procedure were agreed. The delegations of the government, the opposition and civil society had arrived on Monday for the opening.',
    ],
    [
      'ar',
      'افتتحت الجولة الثانية من اللجنة الدستورية في جنيف. وكانت الجولة الأولى قد اختتمت في 8 نوفمبر. وفي الجولة الأولى أقرت القواعد الإجرائية. وكانت وفود الحكومة والمعارضة والمجتمع المدني قد وصلت يوم الاثنين بمشاركة الأمم المتحدة للافتتاح.',
    ],
  ])('recalled sessions do not take the day-of-report sentence (%s)', (lang, text) => {
    const facts = extractFacts(article(text, lang, '2019-11-26'), seedKnowledge).facts;
    const att = attendance(facts);
    expect(att.filter((a) => a.startsWith('constitutional-committee-1|'))).toEqual([]);
    expect(att.filter((a) => a.startsWith('constitutional-committee-2|'))).toContain(
      'constitutional-committee-2|SYR-OPP|PARTY',
    );
  });
});
