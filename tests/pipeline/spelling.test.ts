// Spelling keys of names and the speakers they find: transliterations and Russian case forms of gazetteer surnames,
// sources after "according to", delegations as subjects, and statement texts that carry words.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/pipeline/facts.js';
import { spellingKeys } from '../../src/pipeline/extract/spelling.js';
import { article } from './article.js';
import { seedKnowledge } from '../fixtures/knowledge.js';

function speakers(text: string, lang: string, pub = '2018-05-15'): string[] {
  return extractFacts(article(text, lang, pub), seedKnowledge).facts.statements.map((s) => s.speakerId);
}

describe('spelling keys', () => {
  it.each([
    ['de', 'Lawrentjew', 'Lavrentiev', 'en'],
    ['de', 'Dschaafari', 'Jaafari', 'en'],
    ['de', 'Abdrachmanow', 'Abdrakhmanov', 'en'],
    ['es', 'Abdrajmánov', 'Abdrakhmanov', 'en'],
    ['ru', 'Абдрахманова', 'Abdrakhmanov', 'en'],
    ['ru', 'Лаврентьева', 'Lavrentyev', 'en'],
    // An initial W written through Russian У: "Uasfi", "Ualid" for Wasfi, Walid.
    ['en', 'Uasfi', 'Wasfi', 'en'],
    ['fr', 'Ualid', 'Walid', 'en'],
  ])('%s %s and %s share a key', (lang, a, b, langB) => {
    const other = new Set(spellingKeys(seedKnowledge, b, langB));
    expect(spellingKeys(seedKnowledge, a, lang).some((k) => other.has(k))).toBe(true);
  });

  it.each([
    ['Lavrentiev', 'Lavrov'],
    ['Jaafari', 'Jafar'],
    ['Usmani', 'Wasmani'],
  ])('%s and %s stay apart', (a, b) => {
    const other = new Set(spellingKeys(seedKnowledge, b, 'en'));
    expect(spellingKeys(seedKnowledge, a, 'en').some((k) => other.has(k))).toBe(false);
  });
});

describe('speakers on fresh text', () => {
  it.each([
    [
      'de a transliterated surname alone is the gazetteer person',
      'Die neunte Runde der Astana-Gespräche endete am Dienstag. Dschaafari erklärte, die Gespräche seien gut verlaufen.',
      'de',
      ['bashar-jaafari'],
    ],
    [
      'ru a surname in the genitive after "по словам"',
      'Девятый раунд переговоров в Астане завершился во вторник. Встреча, по словам Кайрата Абдрахманова, прошла успешно.',
      'ru',
      ['kairat-abdrakhmanov'],
    ],
    [
      'es "según" before a title and the name',
      'La novena ronda de Astaná terminó el martes. Según el jefe de la delegación iraní, Ali Asghar Khaji, la tregua se mantiene.',
      'es',
      ['ali-asghar-khaji'],
    ],
    [
      'en a document after "according to" is nobody',
      'The ninth round of the Astana talks ended on Tuesday. Turkey was represented by Sedat Onal, according to a list of participants.',
      'en',
      [],
    ],
    [
      'en a delegation headed by a person said: the delegation spoke',
      'The ninth round of the Astana talks ended on Tuesday. The opposition delegation, headed by Ahmad Tomah, said no deal was reached.',
      'en',
      [],
    ],
  ])('%s', (_label, text, lang, expected) => {
    expect(speakers(text, lang)).toEqual(expected);
  });

  it('en a statement text carries words even when the verb ends the sentence', () => {
    const text =
      'The ninth round of the Astana talks ended on Tuesday. Iran\'s envoy Ali Asghar Khaji blamed "certain parties".';
    const s = extractFacts(article(text, 'en', '2018-05-15'), seedKnowledge).facts.statements;
    expect(s.map((x) => x.speakerId)).toEqual(['ali-asghar-khaji']);
    expect(s[0]?.text).toMatch(/\p{L}/u);
  });
});
