// A number with an ordinal ending right after a place names the meeting that follows ("прошедшая в Нур-Султане 18-я
// международная встреча по Сирии"); a bare number after a place is that place's own meeting ("the Riyadh 2
// conference").
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/pipeline/facts.js';
import { seedKnowledge } from '../fixtures/knowledge.js';
import { article } from './article.js';

const ids = (text: string, lang: string): string[] =>
  extractFacts(article(text, lang, '2022-07-01'), seedKnowledge).facts.meetings.map((m) => m.id);

describe('an ordinal right after a place', () => {
  it.each([
    [
      'ru',
      'Состоявшаяся в июне в Нур-Султане 18-я международная встреча по Сирии показала значение астанинского формата.',
    ],
    ['ru', 'По словам министра, прошедший в Астане 18-й раунд переговоров по Сирии был успешным.'],
    ['en', 'Delegates said the 18th Astana meeting, held in Nur-Sultan 18th June, went well.'],
  ])('numbers the meeting (%s: %s)', (lang, text) => {
    expect(ids(text, lang)).toContain('astana-18');
  });

  it('leaves a bare number to the place', () => {
    expect(ids('Opposition figures who met at the Riyadh 2 conference joined the Geneva talks.', 'en')).not.toContain(
      'geneva-2',
    );
  });
});
