// A series said to begin its work ("the committee started its work", "انطلقت أعمال اللجنة الدستورية") is at its first
// meeting: the launch is round 1. The words are data (lexicon "launchWork"); a meeting named between keeps its own
// number.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/pipeline/facts.js';
import { seedKnowledge } from '../fixtures/knowledge.js';
import { article } from './article.js';

const meetingIds = (text: string, lang: string, publishedAt = '2021-04-12'): string[] =>
  extractFacts(article(text, lang, publishedAt), seedKnowledge).facts.meetings.map((m) => m.id);

describe('a series beginning its work', () => {
  it.each([
    ['en', 'On Monday the Constitutional Committee started its work at the UN office, with the envoy present.'],
    ['en', 'The Constitutional Committee was formally launched in a ceremony on Monday.'],
    ['ar', 'انطلقت أعمال اللجنة الدستورية يوم الاثنين في مقر الأمم المتحدة بحضور المبعوث الأممي.'],
    ['fr', "Le Comité constitutionnel a entamé ses travaux lundi au siège de l'ONU."],
  ])('is its first meeting (%s: %s)', (lang, text) => {
    expect(meetingIds(text, lang)).toEqual(['constitutional-committee-1']);
  });

  it.each([
    ['en', 'On Monday the eighth session of the Constitutional Committee started its work at the UN office.'],
    ['ar', 'انطلقت أعمال الجولة الثامنة من اللجنة الدستورية يوم الاثنين في مقر الأمم المتحدة.'],
  ])('leaves a numbered meeting its own number (%s)', (lang, text) => {
    expect(meetingIds(text, lang)).toEqual(['constitutional-committee-8']);
  });

  it('needs the series named by the launch words, not anywhere in the sentence', () => {
    const text =
      'The aid convoy started working its way north on Monday, while the Constitutional Committee waited for a date.';
    expect(meetingIds(text, 'en')).toEqual([]);
  });
});
