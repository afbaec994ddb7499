// "agreed to meet again in the second half of the year", "اتفقت على الاجتماع مجددا": the parties' next meeting told
// without a meeting noun is the round after the one numbered in its sentence, planned; its date is its own, not the
// numbered round's (which stays held on its last day).
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/pipeline/facts.js';
import { seedKnowledge } from '../fixtures/knowledge.js';
import { article } from './article.js';

const statuses = (text: string, lang: string, publishedAt: string): string[] =>
  extractFacts(article(text, lang, publishedAt), seedKnowledge)
    .facts.meetings.map((m) => `${m.id}|${m.status}`)
    .sort();

describe('meeting again', () => {
  it.each([
    [
      'en',
      'At the close of their 20th Astana meeting on Wednesday the guarantors agreed to meet again in the second half of 2023.',
    ],
    [
      'ar',
      'وفي ختام الاجتماع الـ20 لمسار أستانا يوم الأربعاء اتفقت الدول الضامنة على الاجتماع مجددا في النصف الثاني من عام 2023.',
    ],
    [
      'ru',
      'По итогам 20-й встречи в астанинском формате в среду страны-гаранты договорились встретиться снова во второй половине 2023 года.',
    ],
  ])('is the next round, planned (%s)', (lang, text) => {
    expect(statuses(text, lang, '2023-06-21')).toEqual(['astana-20|HELD', 'astana-21|PLANNED']);
  });
});
