// Heads of delegations (issue 10, class 4): a head title in apposition right after a name is that name's, not a
// later person's; an attending verb that a negation reaches across a raising word ("not expected to take part",
// "لا يتوقع أن يشارك") names no head. Invented sentences, Arabic and English.
import { describe, expect, it } from 'vitest';
import { delegateTriples } from './article.js';

function delegates(text: string, lang: string): string[] {
  return delegateTriples(text, lang, '2019-04-26', 'astana-');
}

describe('a head title in apposition', () => {
  it.each([
    [
      "ar the title after a name is that name's, a later person in another clause is not the head",
      'انطلقت الجولة الثانية عشرة من محادثات أستانا. أيمن سوسان رئيس الوفد السوري خلال جلسة أمس ناقش الرئيس التركي رجب طيب أردوغان الأمر.',
      'ar',
      ['astana-12|ayman-sousan|SYR'],
    ],
    [
      'ar the title phrase running on to the later name keeps it',
      'انطلقت الجولة الثانية عشرة من محادثات أستانا. والتقى ألكسندر لافرنتييف رئيس وفد المعارضة أحمد طعمة.',
      'ar',
      ['astana-12|ahmad-tomah|SYR-OPP'],
    ],
    [
      "en the title after a comma is the name's before it",
      'The twelfth round of the Astana talks opened. Ayman Sousan, head of the Syrian delegation, during a break spoke with Turkish President Recep Tayyip Erdogan.',
      'en',
      ['astana-12|ayman-sousan|SYR'],
    ],
    [
      'en the title phrase running on to the later name keeps it',
      'The twelfth round of the Astana talks opened. Alexander Lavrentiev met the head of the opposition delegation, Ahmed Tomah.',
      'en',
      ['astana-12|ahmad-tomah|SYR-OPP'],
    ],
  ])('%s', (_name, text, lang, expected) => {
    expect(delegates(text, lang)).toEqual(expected);
  });
});

describe('a head title closing a long apposition', () => {
  it.each([
    [
      'en "is head of" after a long apposition',
      'The twelfth round of the Astana talks opened. Among those present was Ayman Sousan, the deputy foreign minister and a veteran diplomat who, as on earlier occasions, is head of the government delegation.',
      'en',
      ['astana-12|ayman-sousan|SYR'],
    ],
    [
      'ar "وهو رئيس وفد" after a long apposition',
      'انطلقت الجولة الثانية عشرة من محادثات أستانا. ومن بين الحاضرين أحمد طعمة، الطبيب الذي عاد إلى العمل السياسي قبل سنوات طويلة في الشمال، وهو رئيس وفد المعارضة.',
      'ar',
      ['astana-12|ahmad-tomah|SYR-OPP'],
    ],
    [
      'en a speech verb inside the apposition ends it',
      'The twelfth round of the Astana talks opened. Ayman Sousan told reporters in the hotel lobby on Monday that the agenda was long, and that the head of the opposition delegation was late.',
      'en',
      [],
    ],
  ])('%s', (_name, text, lang, expected) => {
    expect(delegates(text, lang)).toEqual(expected);
  });
});

describe('head verbs in their forms, and several heads sharing one verb', () => {
  it.each([
    [
      'ar a feminine past head verb',
      'انطلقت الجولة الثانية عشرة من محادثات أستانا. وترأست نجاة رشدي الوفد الأممي.',
      'ar',
      ['astana-12|najat-rochdi|UN'],
    ],
    [
      'ar one verb, pairs of a state with "و" glued and a name',
      'انطلقت الجولة الثانية عشرة من محادثات أستانا. ويمثل روسيا ألكسندر لافرنتييف وإيران علي أصغر خاجي وتركيا سادات أونال.',
      'ar',
      ['astana-12|alexander-lavrentiev|RUS', 'astana-12|ali-asghar-khaji|IRN', 'astana-12|sedat-onal|TUR'],
    ],
    [
      'en one verb, pairs of a state and a name after "by"',
      'The twelfth round of the Astana talks opened. Ankara is represented by Sedat Onal, Moscow by Alexander Lavrentiev and Tehran by Ali Asghar Khaji.',
      'en',
      ['astana-12|alexander-lavrentiev|RUS', 'astana-12|ali-asghar-khaji|IRN', 'astana-12|sedat-onal|TUR'],
    ],
  ])('%s', (_name, text, lang, expected) => {
    expect(delegates(text, lang)).toEqual(expected);
  });
});

describe('a negation across a raising word', () => {
  it.each([
    [
      'en "is not expected to take part"',
      'The twelfth round of the Astana talks will open in May. Sergey Lavrov, the Russian foreign minister, is not expected to take part in it.',
      'en',
      [],
    ],
    [
      'en "is expected to take part" names the head',
      'The twelfth round of the Astana talks will open in May. Sergey Lavrov, the Russian foreign minister, is expected to take part in it.',
      'en',
      ['astana-12|sergey-lavrov|RUS'],
    ],
    [
      'ar "لا يتوقع أن يشارك"',
      'ستنطلق الجولة الثانية عشرة من محادثات أستانا في أيار. ولا يتوقع أن يشارك فيها وزير الخارجية الروسي سيرغي لافروف.',
      'ar',
      [],
    ],
  ])('%s', (_name, text, lang, expected) => {
    expect(delegates(text, lang)).toEqual(expected);
  });
});
