// Speakers and names on reporting never seen (issue 10, class 5): unknown persons named next to a speech verb, name
// runs that open with a clitic or a verb, reporting verbs the lexicons add. Invented sentences, several languages.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/pipeline/facts.js';
import { article } from './article.js';
import { seedKnowledge } from '../fixtures/knowledge.js';

function speakers(text: string, lang: string): string[] {
  return extractFacts(article(text, lang), seedKnowledge).facts.statements.map((s) => s.speakerId);
}

describe('unknown speakers are named as written', () => {
  it.each([
    [
      'ar "ما صرّح به" keeps the clitic out of the name',
      'وبحسب ما صرّح به سامي حداد، الذي يرأس المكتب الإعلامي في الوزارة، فإن الوفود وصلت.',
      'ar',
      ['سامي-حداد'],
    ],
    [
      'ar "وكانت" before a name is no part of it',
      'وكانت ليلى منصور، المتحدثة باسم البعثة، قد أعلنت أن الاجتماع تأجل.',
      'ar',
      ['ليلي-منصور'],
    ],
    [
      'ar a verb before a name with its title is no part of it',
      'في حين عاد كريم ناصر، المتحدث باسم الهيئة، ليؤكد أن وفدها لن يحضر.',
      'ar',
      ['كريم-ناصر'],
    ],
    [
      'ar "الأمين العام" is a title',
      'وأعلن خوان مارتينيز، الأمين العام للمنظمة، أن المحادثات ستستأنف.',
      'ar',
      ['خوان-مارتينيز'],
    ],
    [
      'fa a name before its title with the ezafe ("سخنگوی")',
      'بهروز کاظمی، سخنگوی وزارت خارجه، گفت همه هیئت‌ها رسیده‌اند.',
      'fa',
      ['بهروز-كاظمي'],
    ],
    [
      'ru "подтвердил" with the speaker after it',
      'Это подтвердил Олег Марков, директор департамента МИД.',
      'ru',
      ['олег-марков'],
    ],
  ])('%s', (_name, text, lang, expected) => {
    expect(speakers(text, lang)).toEqual(expected);
  });
});

describe('word-order rules for the speaker', () => {
  it.each([
    [
      'en inverted subject after a partial quote names the speaker, not the person quoted about',
      'If Lavrentiev believes that "the talks may move elsewhere, so be it", said Ali Asghar Khaji, the Iranian envoy.',
      'en',
      ['ali-asghar-khaji'],
    ],
    [
      'ru inverted subject after a comma, past an agency and a title',
      'Александр Лаврентьев прибыл в столицу, рассказал "Интерфаксу" глава департамента МИД Олег Марков.',
      'ru',
      ['олег-марков'],
    ],
    [
      'fr inverted subject after a comma',
      "Les délégations sont arrivées, a indiqué Alexandre Lavrentiev, l'envoyé russe.",
      'fr',
      ['alexander-lavrentiev'],
    ],
    [
      'en a possessor is spoken of: "he stressed" goes to the sentence before',
      "Alexander Lavrentiev spoke to the press. Bashar al-Assad's departure, he stressed, was not the aim.",
      'en',
      ['alexander-lavrentiev'],
    ],
    [
      'en a pronoun subject keeps a person after the verb out',
      'Lavrentiev arrived on Monday. He said Ali Asghar Khaji would come later.',
      'en',
      ['alexander-lavrentiev'],
    ],
    [
      'en an institution "of" a state speaks; the person it names is no speaker',
      'Alexander Lavrentiev will skip the round for health reasons, the Foreign Ministry of Kazakhstan said.',
      'en',
      [],
    ],
    [
      'ru a long title between the verb and its inverted subject',
      'Делегации прибыли в столицу, рассказал "Интерфаксу" глава пресс-службы МИД Казахстана Олег Марков.',
      'ru',
      ['олег-марков'],
    ],
    [
      'ar a person named inside a report is no speaker of its later verb',
      'وأكد ألكسندر لافرنتييف، المبعوث الروسي، أن ستيفان دي ميستورا أعرب بدوره عن ارتياحه.',
      'ar',
      ['alexander-lavrentiev'],
    ],
    [
      'ar after a clause break a person named later speaks again',
      'وأكد ألكسندر لافرنتييف أن الوفود وصلت، في حين أكد علي أصغر خاجي أمس أن الموعد ثابت.',
      'ar',
      ['alexander-lavrentiev', 'ali-asghar-khaji'],
    ],
  ])('%s', (_name, text, lang, expected) => {
    expect(speakers(text, lang)).toEqual(expected);
  });
});
