// An attending participle opening the sentence with its subject after the copula ("Taking part in the session, which
// ran late, were A, title, B, title, and C"), or where the verb comes first an attending verb opening the sentence
// ("وشارك في الجلسة التي ... كل من A، وB"): every name of that list attends for the actor they serve, however long
// the phrase before it. Invented sentences.
import { describe, expect, it } from 'vitest';
import { delegateTriples } from './article.js';

function delegates(text: string, lang: string): string[] {
  return delegateTriples(text, lang, '2019-04-26');
}

describe('the inverted subject of an attending participle', () => {
  it.each([
    [
      'en "Taking part ..., which ..., were A, title, B, title, and C"',
      'The 12th round of the Astana talks opened on Thursday. Taking part in the opening session, which ran for four hours, were Alexander Lavrentiev, the Russian presidential envoy, Geir Pedersen, the UN envoy for Syria, and Sedat Onal of Turkey.',
      'en',
      ['astana-12|alexander-lavrentiev|RUS', 'astana-12|geir-pedersen|UN', 'astana-12|sedat-onal|TUR'],
    ],
    [
      'en "Participating in the closed meeting were A and B"',
      'The 12th round of the Astana talks opened on Thursday. Participating in the closed meeting on its sidelines were Ali Asghar Khaji and Sedat Onal.',
      'en',
      ['astana-12|ali-asghar-khaji|IRN', 'astana-12|sedat-onal|TUR'],
    ],
    [
      'en a name in the participle phrase is no inverted subject',
      'The 12th round of the Astana talks opened on Thursday. Taking part in the talks that Sedat Onal opened were envoys of several states.',
      'en',
      [],
    ],
    [
      'ar verb first "وشارك في الجلسة التي ... كل من A، وB، وC"',
      'انطلقت الجولة الثانية عشرة من محادثات أستانا يوم الخميس. وشارك في الجلسة الافتتاحية التي استمرت أربع ساعات كل من ألكسندر لافرنتييف المبعوث الرئاسي الروسي، وعلي أصغر خاجي مساعد وزير الخارجية الإيراني، وسادات أونال من تركيا.',
      'ar',
      ['astana-12|alexander-lavrentiev|RUS', 'astana-12|ali-asghar-khaji|IRN', 'astana-12|sedat-onal|TUR'],
    ],
    [
      'ar a speech verb in the phrase: the name after it is its subject, not the attendee',
      'انطلقت الجولة الثانية عشرة من محادثات أستانا يوم الخميس. وشارك في الجلسة التي قال عنها سادات أونال إنها كانت مثمرة ممثلو الدول الضامنة.',
      'ar',
      [],
    ],
  ])('%s', (_label, text, lang, expected) => {
    expect(delegates(text, lang)).toEqual(expected);
  });
});
