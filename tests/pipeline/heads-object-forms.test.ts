// Arabic glues the object pronoun to the verb of representing ("الطرف الإيراني الذي مثّله X", "الوفد الذي يمثله X"):
// the head follows, as after "يترأسه". Co-chairs named without the article ("رئيسان مشاركان: A عن الحكومة، وB عن
// المعارضة", "سمّت A رئيساً مشتركاً") are co-chairs too. Invented sentences, with the English forms beside them.
import { describe, expect, it } from 'vitest';
import { delegateTriples } from './article.js';

function delegates(text: string, lang: string, prefix: string): string[] {
  return delegateTriples(text, lang, '2021-10-20', prefix);
}

describe('a head after a verb of representing with its object pronoun', () => {
  it.each([
    [
      'ar past "الذي مثّله X"',
      'انطلقت الجولة السابعة عشرة من محادثات أستانا اليوم. وبدأ اليوم بلقاء بين الوفد الروسي والجانب التركي الذي مثّله نائب وزير الخارجية كمال أيدن.',
      'ar',
      ['astana-17|كمال-ايدن|TUR'],
    ],
    [
      'ar future, feminine "التي ستمثلها X"',
      'تنطلق الجولة السابعة عشرة من محادثات أستانا غداً، وتشارك فيها إيران التي سيمثلها مساعد وزير الخارجية مهدي صفري.',
      'ar',
      ['astana-17|مهدي-صفري|IRN'],
    ],
    [
      'en "the Turkish side, represented by X"',
      'The 17th round of the Astana talks opened today. The day began with a meeting between the Russian delegation and the Turkish side, which was represented by Deputy Foreign Minister Kemal Aydin.',
      'en',
      ['astana-17|kemal-aydin|TUR'],
    ],
  ])('%s', (_label, text, lang, expected) => {
    expect(delegates(text, lang, 'astana')).toEqual(expected);
  });
});

describe('co-chairs named without the article', () => {
  it.each([
    [
      'ar "رئيسان مشتركان: A عن الحكومة، وB عن المعارضة"',
      'بدأت الجولة السادسة من اجتماعات اللجنة الدستورية السورية في جنيف يوم الاثنين. ويتشارك في إدارة النقاش رئيسان مشتركان: أحمد الكزبري عن الحكومة، وهادي البحرة عن المعارضة.',
      'ar',
      ['constitutional-committee-6|ahmad-kuzbari|SYR', 'constitutional-committee-6|hadi-albahra|SYR-OPP'],
    ],
    [
      'ar "اختارت A رئيساً مشتركاً"',
      'بدأت الجولة السادسة من اجتماعات اللجنة الدستورية السورية في جنيف يوم الاثنين، وكانت المعارضة قد اختارت هادي البحرة رئيساً مشتركاً للجنة.',
      'ar',
      ['constitutional-committee-6|hadi-albahra|SYR-OPP'],
    ],
    [
      'en "two co-chairs: A for the government and B for the opposition"',
      'The sixth session of the Constitutional Committee opened in Geneva on Monday. Two co-chairs steer the debate: Ahmad Kuzbari for the government and Hadi al-Bahra for the opposition.',
      'en',
      ['constitutional-committee-6|ahmad-kuzbari|SYR', 'constitutional-committee-6|hadi-albahra|SYR-OPP'],
    ],
  ])('%s', (_label, text, lang, expected) => {
    expect(delegates(text, lang, 'constitutional-committee')).toEqual(expected);
  });
});
