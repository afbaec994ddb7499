// An ordinal joined by "and" to "last" before the meeting noun numbers the meeting ("the eighth and final round",
// "l'ottavo e ultimo ciclo di colloqui"), and "N rounds have been held ...; the last of them ..." names round N even
// when the count and "the last of them" are a long clause apart.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/pipeline/facts.js';
import { seedKnowledge } from '../fixtures/knowledge.js';
import { article } from './article.js';

const held = (text: string, lang: string, publishedAt: string): string[] =>
  extractFacts(article(text, lang, publishedAt), seedKnowledge)
    .facts.meetings.filter((m) => m.status === 'HELD')
    .map((m) => m.id);

describe('an ordinal joined to "last"', () => {
  it.each([
    ['en', 'The eighth and last round of the Astana talks, held in December, dealt with prisoners.'],
    ['it', "L'ottavo e ultimo ciclo di colloqui di Astana, a dicembre, si è occupato dei prigionieri."],
    ['fr', "Le huitième et dernier cycle des pourparlers d'Astana, en décembre, a porté sur les prisonniers."],
    ['ru', 'Восьмой и последний раунд переговоров в Астане в декабре был посвящён пленным.'],
  ])('numbers the meeting (%s)', (lang, text) => {
    expect(held(text, lang, '2018-03-06')).toEqual(['astana-8']);
  });
});

describe('the last of a long counted clause', () => {
  it.each([
    [
      'en',
      'Seven rounds of the UN-sponsored intra-Syrian Geneva talks have so far been held in the Swiss city on the lake; the last of them closed in mid-July.',
    ],
  ])('is round N (%s)', (lang, text) => {
    expect(held(text, lang, '2017-11-27')).toEqual(['geneva-7']);
  });
});
