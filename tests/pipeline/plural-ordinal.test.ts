// "خامس جولات اللجنة الدستورية" (the fifth of the committee's rounds): where the lexicon says an ordinal before a
// plural meeting noun names one of them (ordinalBeforePlural), it numbers that round; elsewhere ("the first rounds of
// talks") a plural stays several meetings. Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/pipeline/facts.js';
import { seedKnowledge } from '../fixtures/knowledge.js';
import { article } from './article.js';

const ids = (text: string, lang: string): string[] =>
  extractFacts(article(text, lang, '2024-05-02'), seedKnowledge).facts.meetings.map((m) => m.id);

describe('an ordinal before a plural meeting noun', () => {
  it.each([
    ['ar', 'تشهد جنيف اليوم بدء خامس جولات اللجنة الدستورية بمشاركة وفد المعارضة.', ['constitutional-committee-5']],
    ['ar', 'اختتمت في أستانا ثالث جولات المحادثات بمشاركة روسيا وتركيا وإيران.', ['astana-3']],
    ['ar', 'وتضم اللجنة الدستورية فريقا ثالثا للمجتمع المدني إلى جانب وفدي الحكومة والمعارضة.', []],
    ['en', 'The first rounds of the Constitutional Committee were held in Geneva with the opposition taking part.', []],
  ])('%s: %s', (lang, text, expected) => {
    expect(ids(text, lang)).toEqual(expected);
  });
});
