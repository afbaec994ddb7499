// "opened the 13th round of talks with bilateral and trilateral meetings": meetings the round goes "with" are held
// within it; the numbered phrase stays the series' round (unlike "the eighth round of the quartet").
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/pipeline/facts.js';
import { seedKnowledge } from '../fixtures/knowledge.js';
import { article } from './article.js';

const ids = (text: string, lang: string): string[] =>
  extractFacts(article(text, lang, '2019-08-01'), seedKnowledge)
    .facts.meetings.filter((m) => m.round !== null)
    .map((m) => m.id);

describe('a round opened with other meetings', () => {
  it.each([
    [
      'en',
      'Guarantor officials opened the 13th round of Astana talks on Syria with bilateral and trilateral meetings.',
    ],
    ['en', 'The thirteenth round of the Astana talks got under way with bilateral meetings between the delegations.'],
    [
      'fr',
      "Les garants ont ouvert le 13e cycle des pourparlers d'Astana avec des réunions bilatérales et trilatérales.",
    ],
    [
      'es',
      'Los garantes abrieron la 13ª ronda de las conversaciones de Astaná con reuniones bilaterales y trilaterales.',
    ],
  ])('is still the round (%s: %s)', (lang, text) => {
    expect(ids(text, lang)).toEqual(['astana-13']);
  });
});
