// Heads named without a head verb of their own: a fronted participle ("Representing Türkiye is X"), a list after a
// colon with each actor bracketed after the name ("A, envoy (Russia), B, minister (Iran)"), "for <actor> it was X"
// after a head or a signature, passive "is represented by" in Russian, heads joined by "ile" in Turkish and Persian
// verb-final heads. Invented sentences, several languages.
import { describe, expect, it } from 'vitest';
import { delegateTriples } from './article.js';

function delegates(text: string, lang: string): string[] {
  return delegateTriples(text, lang, '2023-06-22', 'astana-');
}

describe('a fronted participle names the head after it, or the subject it stands in apposition to', () => {
  it.each([
    [
      'en "Representing Türkiye is X"',
      'The 20th round of the Astana talks opened in Astana on Wednesday. Representing Türkiye is Deputy Foreign Minister Kemal Aydin.',
      'en',
      ['astana-20|kemal-aydin|TUR'],
    ],
    [
      'en "A, representing Iran, met B": the subject heads Iran; B, the UN envoy met there, only the UN',
      'The 20th round of the Astana talks opened in Astana on Wednesday. Deputy Minister Reza Karimi, representing Iran, met Geir Pedersen on the sidelines.',
      'en',
      ['astana-20|geir-pedersen|UN', 'astana-20|reza-karimi|IRN'],
    ],
    [
      'tr "İran\'ı temsil eden isim ise X"',
      "Astana görüşmelerinin 20. turu çarşamba günü Astana'da başladı. İran'ı temsil eden isim ise Dışişleri Bakan Yardımcısı Rıza Kerimi.",
      'tr',
      ['astana-20|riza-kerimi|IRN'],
    ],
    [
      'fr "Représentant la Turquie, le vice-ministre X"',
      "Le vingtième cycle des pourparlers d'Astana s'est ouvert mercredi. Représentant la Turquie, le vice-ministre Kemal Aydin a rencontré les médiateurs.",
      'fr',
      ['astana-20|kemal-aydin|TUR'],
    ],
  ])('%s', (_label, text, lang, expected) => {
    expect(delegates(text, lang)).toEqual(expected);
  });
});

describe('a bracketed actor after a listed name is whom that head serves', () => {
  it.each([
    [
      'en "the heads of the delegations were present: A, title (Russia), B, ... (Iran)"',
      'The 20th round of the Astana talks opened on Wednesday. The heads of the delegations were present: Ivan Petrov, the presidential envoy (Russia), Kemal Aydin, a deputy minister (Türkiye), and Reza Karimi, a senior adviser at the foreign ministry (Iran).',
      'en',
      ['astana-20|ivan-petrov|RUS', 'astana-20|kemal-aydin|TUR', 'astana-20|reza-karimi|IRN'],
    ],
    [
      'en an observer "represented by A, who is an assistant secretary (U.S.)"',
      'The 20th round of the Astana talks opened on Wednesday. The observers were represented by John Miller, who is an acting assistant secretary of state in charge of the region (U.S.).',
      'en',
      ['astana-20|john-miller|USA'],
    ],
    [
      'fr "chefs de délégation : A, titre (Russie), B, titre (Iran)"',
      "Le vingtième cycle des pourparlers d'Astana s'est ouvert mercredi. Les chefs de délégation étaient présents : Ivan Petrov, envoyé présidentiel (Russie), et Reza Karimi, vice-ministre (Iran).",
      'fr',
      ['astana-20|ivan-petrov|RUS', 'astana-20|reza-karimi|IRN'],
    ],
    [
      'en a long apposition between two listed observers: "represented by A, who ... (U.S.), and by B, ... (Jordan)"',
      'The 20th round of the Astana talks opened on Wednesday. The observer states were represented by John Miller, who is an acting assistant secretary of state in charge of the whole region (U.S.), and by Omar Haddad, the foreign ministry’s special adviser for political issues (Jordan).',
      'en',
      ['astana-20|john-miller|USA', 'astana-20|omar-haddad|JOR'],
    ],
  ])('%s', (_label, text, lang, expected) => {
    expect(delegates(text, lang)).toEqual(expected);
  });
});

describe('a person listed after a delegation word attends', () => {
  it('it "parteciperanno ... due delegazioni siriane (governo e opposizione), Geir Pedersen"', () => {
    expect(
      delegates(
        "Il ventesimo round dei colloqui di Astana si aprirà mercoledì. Vi parteciperanno i tre paesi garanti, due delegazioni siriane (governo e opposizione), Geir Pedersen, inviato dell'ONU, e i paesi vicini.",
        'it',
      ),
    ).toContain('astana-20|geir-pedersen|UN');
  });
});

describe('"for <actor> it was X" after a head names that actor’s head', () => {
  it.each([
    [
      'en a signature, then "for Iran it was X, and for Türkiye — his colleague Y"',
      'The 20th round of the Astana talks ended on Thursday. Ivan Petrov, the presidential envoy, signed the document for Russia; for Iran it was Deputy Minister Reza Karimi, and for Türkiye — his colleague Kemal Aydin.',
      'en',
      ['astana-20|ivan-petrov|RUS', 'astana-20|kemal-aydin|TUR', 'astana-20|reza-karimi|IRN'],
    ],
    [
      'fr "a signé ... pour la Russie ; pour l\'Iran, c\'était le vice-ministre X"',
      "Le vingtième cycle des pourparlers d'Astana s'est achevé jeudi. Ivan Petrov a signé la déclaration commune pour la Russie ; pour l'Iran, c'était le vice-ministre Reza Karimi.",
      'fr',
      ['astana-20|ivan-petrov|RUS', 'astana-20|reza-karimi|IRN'],
    ],
    [
      'de "leitete die russische Delegation, für den Iran war es Botschafter X"',
      'Die 20. Runde der Astana-Gespräche endete am Donnerstag. Iwan Petrow leitete die russische Delegation, für den Iran war es Botschafter Resa Karimi.',
      'de',
      ['astana-20|iwan-petrow|RUS', 'astana-20|resa-karimi|IRN'],
    ],
    [
      'en not after a title: "the envoy for Syria, X" heads nothing for Syria',
      'The 20th round of the Astana talks ended on Thursday. Ivan Petrov led the Russian delegation and later thanked the special envoy for Syria, John Miller.',
      'en',
      ['astana-20|ivan-petrov|RUS'],
    ],
  ])('%s', (_label, text, lang, expected) => {
    expect(delegates(text, lang)).toEqual(expected);
  });
});

describe('passive, coordinated and verb-final heads', () => {
  it.each([
    [
      'ru "Россия представлена ... — A и B"',
      'В Астане открылся 20-й раунд переговоров. Россия представлена двумя спецпредставителями — Александр Лаврентьев и Михаил Богданов.',
      'ru',
      ['astana-20|alexander-lavrentiev|RUS', 'astana-20|mikhail-bogdanov|RUS'],
    ],
    [
      'tr "Rusya\'yı A ile Dışişleri Bakan Yardımcısı B temsil ediyor"',
      "Astana görüşmelerinin 20. turu çarşamba günü başladı. Rusya'yı Özel Temsilci İvan Petrov ile Dışişleri Bakan Yardımcısı Oleg Smirnov temsil ediyor.",
      'tr',
      ['astana-20|ivan-petrov|RUS', 'astana-20|oleg-smirnov|RUS'],
    ],
    [
      'fa "هیأت سوریه که دکتر X آن را رهبری می‌کند"',
      'بیستمین دور مذاکرات آستانه روز چهارشنبه آغاز شد. هیأت سوریه که دکتر سامر حداد آن را رهبری می‌کند با هیأت روسیه دیدار کرد.',
      'fa',
      ['astana-20|سامر-حداد|SYR'],
    ],
  ])('%s', (_label, text, lang, expected) => {
    expect(delegates(text, lang)).toEqual(expected);
  });
});

describe('a possessor heads nothing', () => {
  it.each([
    [
      'en "people representing X\'s government"',
      'The 20th round of the Astana talks opened on Wednesday. The envoy met people representing Bashar al-Assad’s government.',
      'en',
    ],
    [
      'en "the bloc that X\'s party leads"',
      'The 20th round of the Astana talks opened on Wednesday. Its host is the bloc that Bashar al-Assad’s party leads.',
      'en',
    ],
  ])('%s', (_label, text, lang) => {
    expect(delegates(text, lang).filter((d) => d.includes('bashar-al-assad'))).toEqual([]);
  });
});
