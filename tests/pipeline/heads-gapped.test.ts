// Gapping after an active head verb: "A leads the Russian delegation and B, an aide to the minister, the Iranian one" —
// the later person heads the delegation named at the end of their clause, with the first person's verb. Invented
// sentences, several languages; an apposition naming a state inside the title does not end the clause.
import { describe, expect, it } from 'vitest';
import { delegateTriples } from './article.js';

function delegates(text: string, lang: string): string[] {
  return delegateTriples(text, lang, '2019-04-26');
}

describe('a second head sharing the first one’s verb', () => {
  it.each([
    [
      'en "and B, title, the Iranian one"',
      'The 13th round of the Astana talks opened on Thursday. Deputy Foreign Minister Ivan Petrov will lead the Russian delegation and Mehdi Safari, senior aide to the foreign minister, the Iranian one, the ministry said.',
      'en',
      ['astana-13|ivan-petrov|RUS', 'astana-13|mehdi-safari|IRN'],
    ],
    [
      'fr "et B, titre, la délégation iranienne"',
      "Le treizième cycle des pourparlers d'Astana s'est ouvert jeudi. Ivan Petrov conduit la délégation russe et Mehdi Safari, conseiller du ministre, la délégation iranienne.",
      'fr',
      ['astana-13|ivan-petrov|RUS', 'astana-13|mehdi-safari|IRN'],
    ],
    [
      'es "y B, título, la delegación iraní"',
      'La decimotercera ronda de las conversaciones de Astaná comenzó el jueves. El viceministro Iván Petrov encabeza la delegación rusa y Mehdi Safari, asesor del ministro, la delegación iraní.',
      'es',
      ['astana-13|ivan-petrov|RUS', 'astana-13|mehdi-safari|IRN'],
    ],
    [
      'ru "а B, титул, — иранскую"',
      'Тринадцатый раунд переговоров в Астане открылся в четверг. Замминистра Иван Петров возглавляет российскую делегацию, а Мехди Сафари, советник министра, — иранскую.',
      'ru',
      ['astana-13|иван-петров|RUS', 'astana-13|мехди-сафари|IRN'],
    ],
    [
      'en a later clause with its own verb is no gap',
      'The 13th round of the Astana talks opened on Thursday. Deputy Foreign Minister Ivan Petrov leads the Russian delegation, and Mehdi Safari, an Iranian diplomat, said Iran would send observers.',
      'en',
      ['astana-13|ivan-petrov|RUS'],
    ],
  ])('%s', (_label, text, lang, expected) => {
    expect(delegates(text, lang)).toEqual(expected);
  });
});

describe('verb-final gapping with the possessor first', () => {
  it.each([
    [
      'tr "İran A\'nın, Türkiye ise B\'nin başkanlık ettiği heyetlerle katılıyor"',
      "Astana görüşmelerinin 13. turu perşembe günü başladı. İran toplantıya Dışişleri Bakan Yardımcısı Mehdi Safari'nin, Türkiye ise Büyükelçi Kemal Aydın'ın başkanlık ettiği heyetlerle katılıyor.",
      'tr',
      ['astana-13|kemal-aydin|TUR', 'astana-13|mehdi-safari|IRN'],
    ],
    [
      'tr "Rusya A\'nın, İran ise B\'nin liderliğindeki heyetlerle temsil ediliyor"',
      "Astana görüşmelerinin 13. turu perşembe günü başladı. Rusya görüşmelerde Özel Temsilci Ivan Petrov'un, İran ise Dışişleri Bakan Yardımcısı Mehdi Safari'nin liderliğindeki heyetlerle temsil ediliyor.",
      'tr',
      ['astana-13|ivan-petrov|RUS', 'astana-13|mehdi-safari|IRN'],
    ],
  ])('%s', (_label, text, lang, expected) => {
    expect(delegates(text, lang)).toEqual(expected);
  });
});
