// Who reports is not who heads: the source of "according to X" heads nothing beyond their own apposition ("in the
// words of X, who heads ..."), and where the verb comes last a name followed by a speech verb after an attending
// verb reports the attendance ("... katılacağını Bakan X teyit etti"). Invented sentences.
import { describe, expect, it } from 'vitest';
import { delegateTriples } from './article.js';

function delegates(text: string, lang: string): string[] {
  return delegateTriples(text, lang, '2019-04-26');
}

describe('the source of a report', () => {
  it.each([
    [
      'en "according to X, ... the delegates who represent the government"',
      'The 12th round of the Astana talks opened on Thursday. According to Nurlan Sadykov, eleven envoys of the armed factions sat down for indirect talks with the delegates who represent the Syrian government.',
      'en',
      [],
    ],
    [
      'en "in the words of X, who heads the Russian delegation"',
      'The 12th round of the Astana talks opened on Thursday. In the words of Ivan Petrov, who heads the Russian delegation, "the talks went well".',
      'en',
      ['astana-12|ivan-petrov|RUS'],
    ],
    [
      'ar "وبحسب X، ... الوفد الذي يمثل الحكومة"',
      'انطلقت الجولة الثانية عشرة من محادثات أستانا يوم الخميس. وبحسب نورلان صادقوف، جلس ممثلو الفصائل المسلحة إلى طاولة مفاوضات غير مباشرة مع أعضاء الوفد الذي يمثل الحكومة السورية.',
      'ar',
      [],
    ],
    [
      'tr "ABD heyetinin de katılacağını Bakan X teyit etti"',
      'Astana görüşmelerinin 12. turu perşembe günü başladı. Yarınki toplantıya ABD heyetinin de katılacağını Kazakistan Dışişleri Bakanı Nurlan Sadıkov doğruladı.',
      'tr',
      [],
    ],
  ])('%s', (_label, text, lang, expected) => {
    expect(delegates(text, lang)).toEqual(expected);
  });
});
