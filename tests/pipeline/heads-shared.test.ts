// Heads that share one verb or are named only inside someone else's title. Invented sentences, several languages:
// - persons joined by "and" share an attending verb ("شارك A ممثلاً للمعارضة وB ممثلاً للنظام", "A and B attended");
// - "Mr. A and Mr. B each lead their delegations": an abbreviated honorific does not part the conjuncts;
// - an attending verb before a titled name reaches the name across the title ("katılmak için BM'nin ... Temsilcisi X");
// - a mediator's envoy named as a possessor ("نائبة بيدرسون", "de Mistura's office") does not head;
// - heading a ministry or a platform is no delegation ("Deputy Head of the Foreign Ministry", "leads the Cairo platform").
import { describe, expect, it } from 'vitest';
import { delegateTriples } from './article.js';

function delegates(text: string, lang: string, publishedAt: string): string[] {
  return delegateTriples(text, lang, publishedAt);
}

describe('persons sharing one attending or head verb', () => {
  it.each([
    [
      'ar "شارك A ممثلاً لـX وB ممثلاً لـY"',
      'افتتحت في جنيف الجولة السابعة من اجتماعات اللجنة الدستورية السورية. وشارك في الجلسة الافتتاحية هادي البحرة ممثلاً عن المعارضة وأحمد الكزبري ممثلاً عن الحكومة.',
      'ar',
      ['constitutional-committee-7|ahmad-kuzbari|SYR', 'constitutional-committee-7|hadi-albahra|SYR-OPP'],
    ],
    [
      'en "A and B attended"',
      'The seventh session of the Constitutional Committee opened in Geneva on Monday. Hadi al-Bahra and Ahmad Kuzbari attended the opening sitting.',
      'en',
      ['constitutional-committee-7|ahmad-kuzbari|SYR', 'constitutional-committee-7|hadi-albahra|SYR-OPP'],
    ],
    [
      'en "Mr. A and Mr. B each lead"',
      "The 12th round of the Astana talks opened on Tuesday. In the Kazakh capital Mr. Lavrentiev and Mr. Sousan each lead their country's team.",
      'en',
      ['astana-12|alexander-lavrentiev|RUS', 'astana-12|ayman-sousan|SYR'],
    ],
    [
      'tr "katılmak için <unvan> X"',
      "Astana görüşmelerinin on ikinci turu salı günü başladı. Toplantıya katılmak için BM'nin Suriye Özel Temsilcisi Geir Pedersen de kentte bulunuyor.",
      'tr',
      ['astana-12|geir-pedersen|UN'],
    ],
    [
      'en a list joined by "and" after a speech verb stays with its speaker',
      'The seventh session of the Constitutional Committee opened in Geneva on Monday. Hadi al-Bahra said that Ahmad Kuzbari and his team attended only one sitting.',
      'en',
      [],
    ],
  ])('%s', (_label, text, lang, expected) => {
    expect(delegates(text, lang, '2022-03-21')).toEqual(expected);
  });
});

describe('no head where a person is only named in a title or heads an office', () => {
  it.each([
    [
      'ar the envoy as the possessor of a deputy’s title',
      'انطلقت اليوم الجولة السابعة من اجتماعات اللجنة الدستورية في جنيف. وكانت الجولة السادسة قد انتهت في تشرين الأول، بينما قالت نجاة رشدي، نائبة بيدرسون، إن الجولة السابعة ستبحث المبادئ.',
      'ar',
      [],
    ],
    [
      'ar the envoy with the article still heads',
      'انطلقت اليوم الجولة السابعة من اجتماعات اللجنة الدستورية في جنيف بحضور المبعوث غير بيدرسون.',
      'ar',
      ['constitutional-committee-7|geir-pedersen|UN'],
    ],
    [
      'ar the envoy inside what another says',
      'انطلقت اليوم الجولة السابعة من اجتماعات اللجنة الدستورية في جنيف. ورأى أحد الأعضاء أن استمرار المبعوث غير بيدرسون في مهمته أفضل من تعيين بديل.',
      'ar',
      [],
    ],
    [
      'en the envoy inside what another says, meeting someone, still heads',
      'The seventh session of the Constitutional Committee opened in Geneva on Monday. The opposition said that its meeting with Geir Pedersen would take place on Tuesday.',
      'en',
      ['constitutional-committee-7|geir-pedersen|UN'],
    ],
    [
      'en the envoy’s office speaks',
      "The seventh session of the Constitutional Committee opened in Geneva on Monday. The drafting group set up during the session will go on meeting, Pedersen's office said.",
      'en',
      [],
    ],
    [
      'en deputy head of a ministry',
      'The 12th round of the Astana talks opened on Tuesday. Speaking in the capital last month, Roman Vasilenko, Deputy Head of the Foreign Ministry, said the format had proved its worth.',
      'en',
      [],
    ],
    [
      'en leading a platform',
      'The seventh session of the Constitutional Committee opened in Geneva on Monday. Qadri Jamil, who leads the Moscow platform, told reporters the sitting was calm.',
      'en',
      [],
    ],
    [
      'en a head titled after a ministry still heads',
      'The 12th round of the Astana talks opened on Tuesday; the Syrian delegation, headed by Foreign Minister Faisal Mekdad, met the Russian team.',
      'en',
      ['astana-12|faisal-mekdad|SYR'],
    ],
    [
      'ar a title of the head naming a ministry still heads',
      'انطلقت اليوم الجولة الثانية عشرة من محادثات أستانة، ويترأس الوفد السوري نائب وزير الخارجية أيمن سوسان.',
      'ar',
      ['astana-12|ayman-sousan|SYR'],
    ],
  ])('%s', (_label, text, lang, expected) => {
    expect(delegates(text, lang, '2022-03-21')).toEqual(expected);
  });
});
