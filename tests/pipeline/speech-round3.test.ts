// Speakers on reporting never seen (issue 10, class 5, round 3): sentences that go on past a title's abbreviation,
// persons named inside a quote, roles introduced as new, sources closed by a comma. Invented sentences, several
// languages.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/pipeline/facts.js';
import { article, speakerIds as speakers } from './article.js';
import { seedKnowledge } from '../fixtures/knowledge.js';

describe("a title's abbreviation does not end the sentence", () => {
  it.each([
    ['en "Mr."', 'The talks went well, Mr. Lavrentiev said. Delegations left.', 'en', 2],
    ['en "Dr." and "Prof."', 'Dr. Haddad met Prof. Karimi on Monday. Then they left.', 'en', 2],
    ['ru "г." after a year', 'В 2019 г. в столице прошла встреча. Делегации уехали.', 'ru', 2],
    ['es "Sr."', 'El Sr. Lavrentiev llegó ayer. Las delegaciones se fueron.', 'es', 2],
    ['de "Dr."', 'Dr. Lawrentiew kam am Montag an. Die Gespräche begannen.', 'de', 2],
    ['fr "Mme"', 'Mme. Dupont est arrivée lundi. Les pourparlers ont commencé.', 'fr', 2],
  ])('%s', (_name, text, lang, count) => {
    expect(analyse(article(text, lang), seedKnowledge).sentences).toHaveLength(count);
  });

  it('en the speaker after "Mr." is read in the same sentence as the verb', () => {
    expect(speakers('Speaking after the session, Co-Chair Mr. Ahmad Kuzbari said the round was useful.', 'en')).toEqual(
      ['ahmad-kuzbari'],
    );
  });
});

describe('speakers that are not the last person named', () => {
  it.each([
    [
      'en a person named inside the quote is not "he"',
      'Alexander Lavrentiev spoke after the plenary. "With Mr. Pedersen we agreed on the dates," he went on.',
      'en',
      ['alexander-lavrentiev'],
    ],
    [
      'fr a person named inside the quote is not "il"',
      'Alexandre Lavrentiev a parlé lundi. « Nous avons vu Staffan de Mistura hier », a-t-il ajouté.',
      'fr',
      ['alexander-lavrentiev'],
    ],
    [
      'en "an official said" is nobody named before',
      'Alexander Lavrentiev arrived on Monday. An official said the round would last two days.',
      'en',
      [],
    ],
    [
      'en "a senior Iranian official" is nobody named before',
      'Ali Asghar Khaji met the envoy. A senior Iranian official said the talks were useful.',
      'en',
      [],
    ],
    [
      'fr "un diplomate" is nobody named before',
      'Alexandre Lavrentiev est arrivé lundi. Un diplomate a déclaré que les pourparlers dureraient deux jours.',
      'fr',
      [],
    ],
    [
      'es "un diplomático" is nobody named before',
      'Alexander Lavrentiev llegó el lunes. Un diplomático dijo que las consultas durarían dos días.',
      'es',
      [],
    ],
    [
      'en "the envoy" still refers back',
      'Alexander Lavrentiev arrived on Monday. The Russian envoy said the round would last two days.',
      'en',
      ['alexander-lavrentiev'],
    ],
    [
      'en a source closed by a comma: the person after it is what the source tells, no speaker',
      'Geir Pedersen briefed the Council. According to the Special Envoy, Ms. Najat Rochdi, his deputy, has met both sides.',
      'en',
      [],
    ],
  ])('%s', (_name, text, lang, expected) => {
    expect(speakers(text, lang)).toEqual(expected);
  });
});

describe('an unknown name after a verb-first speech verb, closed by ", الذي"', () => {
  it.each([
    ['ar "صرّح"', 'وفي وقت سابق، صرّح سامر خليل، الذي يدير قسم آسيا في الوزارة، بأن الجولة ستعقد قريبا.', ['سامر-خليل']],
    ['ar "قال"', 'وقال نادر عيسى، الذي يعمل مستشارا للوفد، إن الدعوة لم تصل بعد.', ['نادر-عيسي']],
    ['ar a definite noun is no name', 'وقال المصدر، الذي رفض ذكر اسمه، إن الوفود وصلت.', []],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text, 'ar')).toEqual(expected);
  });
});

describe('speech verbs and sources per language (lexicon data)', () => {
  it.each([
    [
      'en "in the account of"',
      'The sides agreed on the agenda, in the account of Geir Pedersen, the UN envoy.',
      'en',
      ['geir-pedersen'],
    ],
    [
      'en "signalled"',
      'Ahmad Kuzbari, the head of the government delegation, has signalled that refugees will be discussed.',
      'en',
      ['ahmad-kuzbari'],
    ],
    ['es "se lamentó"', 'Lavréntiev se lamentó de que las sanciones sigan en pie.', 'es', ['alexander-lavrentiev']],
    ['kk "деді"', '"Кездесу ертең басталады", - деді Айбек Смадияров.', 'kk', ['aibek-smadiyarov']],
    [
      'de an agency after "laut" is no person',
      '"Die Liste ist lang", so Lawrentiew laut RIA Nowosti.',
      'de',
      ['alexander-lavrentiev'],
    ],
    ['ar "لخص"', 'ولخص نصر الحريري، رئيس الوفد، نتائج اللقاء.', 'ar', ['nasr-al-hariri']],
  ])('%s', (_name, text, lang, expected) => {
    expect(speakers(text, lang)).toEqual(expected);
  });
});
