// "Its first five rounds took place on January 23-24, February 15-16 and March 14-15, then May 3-4 and July 4-5": a
// count of held meetings followed by that many days numbers them from the first, the days with no year read as past
// in a later report.
import { describe, expect, it } from 'vitest';
import { analyse, extractFacts } from '../../src/pipeline/facts.js';
import { seedKnowledge } from '../fixtures/knowledge.js';
import { article } from './article.js';

const held = (text: string, lang: string, publishedAt: string): string[] =>
  extractFacts(article(text, lang, publishedAt), seedKnowledge)
    .facts.meetings.filter((m) => m.status === 'HELD')
    .map((m) => `${m.id}|${m.startDate ?? '-'}`)
    .sort();

describe('a count of rounds listed by their days', () => {
  it.each([
    [
      'en',
      'Brokered by the three guarantors, the Astana talks held their first four rounds on January 23-24, February 15-16 and March 14-15, then May 3-4.',
    ],
    [
      'fr',
      "Les pourparlers d'Astana ont tenu quatre rounds les 23-24 janvier, 15-16 février, 14-15 mars, puis 3-4 mai.",
    ],
  ])('numbers them from the first (%s)', (lang, text) => {
    expect(held(text, lang, '2017-11-28')).toEqual([
      'astana-1|2017-01-23',
      'astana-2|2017-02-15',
      'astana-3|2017-03-14',
      'astana-4|2017-05-03',
    ]);
  });
});

describe('days listed month by month', () => {
  it.each([
    ['en', 'They met on January 23-24, February 15-16 and March 14-15.', ['01-23', '02-15', '03-14']],
    ['en', 'Sessions ran on 23-24 January, 15-16 February and 14-15 March.', ['01-23', '02-15', '03-14']],
    ['ar', 'واجتمعوا يومي 23 و24 كانون الثاني و15 و16 شباط و14 و15 آذار.', ['01-23', '02-15', '03-14']],
  ])('gives each month its own days (%s: %s)', (lang, text, starts) => {
    const dates = analyse(article(text, lang, '2017-11-28'), seedKnowledge).dates;
    expect(dates.map((d) => d.start.slice(5))).toEqual(starts);
  });
});
