// News dates abbreviate month names with a stop ("held Oct. 18-22", "du 18 au 22 oct. à Genève", "22 окт. в
// Женеве"): that stop ends no sentence, so what the sentence goes on to say after the date still belongs to the
// meeting named before it. The abbreviations are lexicon data (each lexicon's "abbreviations"); Arabic, Persian and
// Hebrew write no abbreviated months. The sentences are invented.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/pipeline/facts.js';
import { seedKnowledge } from '../fixtures/knowledge.js';
import { article, attendanceTriples as attendance } from './article.js';

/** How many sentences the article's text is read as. */
const sentenceCount = (text: string, lang: string): number =>
  analyse(article(text, lang, '2021-11-02'), seedKnowledge).sentences.length;

describe('a stop after an abbreviated month ends no sentence', () => {
  it.each([
    ['en', 'The talks, held Oct. 18-22 in Geneva, ended without progress. A new date is awaited.'],
    ['en', 'Delegations arrive on Sept. 9 and leave on Sept. 12 at the latest. The venue is not yet known.'],
    ['fr', 'Les discussions, tenues du 18 au 22 oct. à Genève, se sont achevées sans progrès. Une date est attendue.'],
    ['de', 'Die Gespräche, die am 22. Okt. in Genf endeten, brachten keinen Fortschritt. Ein Termin wird erwartet.'],
    [
      'es',
      'Las conversaciones, celebradas del 18 al 22 de oct. en Ginebra, terminaron sin avances. Se espera una fecha.',
    ],
    ['it', 'I colloqui, tenuti dal 18 al 22 ott. a Ginevra, si sono chiusi senza progressi. Si attende una data.'],
    ['pt', 'As conversações, realizadas de 18 a 22 de out. em Genebra, terminaram sem avanços. Aguarda-se uma data.'],
    ['ru', 'Переговоры, прошедшие 18-22 окт. в Женеве, закончились без результата. Новая дата ожидается.'],
    ['uk', 'Переговори, що відбулися 18-22 жовт. у Женеві, завершилися без результату. Нова дата очікується.'],
  ])('%s: %s', (lang, text) => {
    expect(sentenceCount(text, lang)).toBe(2);
  });
});

describe('the parties named after the date attend the meeting named before it', () => {
  it.each([
    [
      'en',
      '2022-05-30',
      "At the Constitutional Committee's sixth round, held Oct. 18-22, 2021 in Geneva, the government delegation and the opposition delegation sat at one table.",
      ['constitutional-committee-6|SYR-OPP|PARTY', 'constitutional-committee-6|SYR|PARTY'],
    ],
    [
      'en',
      '2021-11-02',
      'At the sixth session of the Constitutional Committee, held Oct. 18-22 in Geneva, the government delegation and the opposition delegation met face to face.',
      ['constitutional-committee-6|SYR-OPP|PARTY', 'constitutional-committee-6|SYR|PARTY'],
    ],
    [
      'fr',
      '2021-11-02',
      "Lors de la sixième session du Comité constitutionnel, tenue du 18 au 22 oct. à Genève, la délégation du gouvernement syrien et celle de l'opposition se sont réunies.",
      ['constitutional-committee-6|SYR-OPP|PARTY', 'constitutional-committee-6|SYR|PARTY'],
    ],
  ])('%s %s: %s', (lang, date, text, expected) => {
    expect(attendance(text, lang, date).filter((t) => !t.includes('|UN|'))).toEqual(expected);
  });
});
