// Person resolution for heads (issue 10, class 5): a known person written another way is still that person — Arabic
// full names whose long vowels or hamza seats differ from the gazetteer's ("علي أصغري حاجي", "حسين جبري أنصاري"),
// and the French or English "j" copied by the Spanish press ("Bashar al Jafari", "Hosein Jaberi"). Invented sentences.
import { describe, expect, it } from 'vitest';
import { delegateTriples } from './article.js';

function astana(text: string, lang: string): string[] {
  return delegateTriples(text, lang, '2019-04-26', 'astana-');
}

describe('a known person written another way heads the delegation', () => {
  it.each([
    [
      'ar a long vowel added to the given name',
      'انطلقت الجولة الثانية عشرة من محادثات أستانا. ويرأس الوفد الإيراني علي أصغري حاجي.',
      'ar',
      ['astana-12|ali-asghar-khaji|IRN'],
    ],
    [
      'ar a long vowel dropped from the middle name',
      'انطلقت الجولة الثانية عشرة من محادثات أستانا. ويرأس الوفد الإيراني حسين جبري أنصاري.',
      'ar',
      ['astana-12|hossein-jaberi-ansari|IRN'],
    ],
    [
      'es the French "j" in a Spanish text',
      'La duodécima ronda de las conversaciones de Astaná comenzó el jueves. La delegación siria está encabezada por Bashar al Jafari.',
      'es',
      ['astana-12|bashar-jaafari|SYR'],
    ],
    [
      'es the Spanish "j" for "kh" still reads',
      'La duodécima ronda de las conversaciones de Astaná comenzó el jueves. La delegación iraní está encabezada por Ali Asghar Jayi.',
      'es',
      ['astana-12|ali-asghar-khaji|IRN'],
    ],
  ])('%s', (_name, text, lang, expected) => {
    expect(astana(text, lang)).toEqual(expected);
  });
});
