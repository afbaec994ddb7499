// Round 9: a meeting is placed by its ordinal in any form the language gives it. The ordinal tables of the lexicons
// hold whole paradigms 1-40 (scripts/lexicon-ordinals.py: gender, case, number, spaced and joined spellings), Persian
// ordinals written in digits take their mark ("۲۲مین"), a Turkish ordinal that stands for its noun follows the noun
// ("görüşmelerinin yirmi üçüncüsü"), and a noun of the parties may stand between an ordinal and the meeting noun
// ("31. garantörler toplantısı", "the 26th guarantors meeting"). New invented sentences, one language each row.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/pipeline/facts.js';
import { seedKnowledge } from '../fixtures/knowledge.js';
import { article } from './article.js';

function rounds(text: string, lang: string): number[] {
  const facts = extractFacts(article(text, lang, '2026-03-02'), seedKnowledge).facts;
  return facts.meetings.flatMap((m) => (m.seriesId === 'astana' && m.round !== null ? [m.round] : [])).sort();
}

describe('ordinals in every form of their paradigm place the meeting', () => {
  it.each([
    ['tr', 'Otuz dördüncü Astana toplantısı pazartesi günü Kazakistan başkentinde açıldı.', 34],
    ['tr', 'Astana görüşmelerinin yirmi yedincisi gelecek ay yapılacak.', 27],
    ['tr', 'Dışişleri, Astana toplantılarının otuzuncusunda Türkiye’yi bir büyükelçinin temsil ettiğini açıkladı.', 30],
    ['tr', 'Suriye konulu 31. garantörler toplantısı Astana’da ikili temaslarla başladı.', 31],
    ['fa', 'سی و دومین نشست آستانه درباره سوریه امروز در پایتخت قزاقستان آغاز شد.', 32],
    ['fa', '۲۶مین دور مذاکرات آستانه هفته آینده برگزار می‌شود.', 26],
    ['fa', 'دور سی و پنجم مذاکرات آستانه با حضور هیات‌ها پایان یافت.', 35],
    ['de', 'Die sechsundzwanzigste Runde der Astana-Gespräche endete am Dienstag ohne Einigung.', 26],
    ['de', 'Bei dem dreißigsten Treffen im Astana-Format sprachen die Garanten über Idlib.', 30],
    ['fr', 'Le vingt-septième cycle des pourparlers d’Astana s’est achevé mardi.', 27],
    ['fr', 'La trente et unième réunion du processus d’Astana s’ouvrira en mai.', 31],
    ['es', 'La vigesimoséptima ronda del proceso de Astaná terminó el martes.', 27],
    ['es', 'Comenzó la trigésima segunda reunión del proceso de Astaná en Kazajistán.', 32],
    ['it', 'Si è chiusa la trentaduesima riunione nel formato di Astana, senza una dichiarazione comune.', 32],
    ['pt', 'A vigésima sexta rodada do processo de Astana terminou sem acordo.', 26],
    ['pt', 'Começou em Astana a trigésima primeira ronda do processo de Astana.', 31],
    ['kk', 'Астана процесінің отыз екінші кездесуі Астанада басталды.', 32],
    // Arabic and English, where the same mechanisms apply.
    ['en', 'The 26th guarantors meeting of the Astana format opened on Monday.', 26],
    ['ar', 'انطلقت الجولة السادسة والعشرون من محادثات أستانا اليوم.', 26],
  ])('%s: %s', (lang, text, round) => {
    expect(rounds(text, lang)).toContain(round);
  });
});

describe('words between an ordinal and a meeting noun that are not its modifiers', () => {
  it.each([
    // "first was held a meeting of ...": a verb after the ordinal, which is not the meeting's number.
    [
      'ru',
      'Переговоры в астанинском формате открылись: первой состоялась встреча делегации Ирана с делегацией Турции.',
    ],
    ['tr', 'Astana sürecinde ilk olarak yapılan görüşme Rusya ile İran arasında oldu.'],
  ])('%s: %s', (lang, text) => {
    expect(rounds(text, lang)).not.toContain(1);
  });
});

describe('a numbered meeting of a body within the round is not a round', () => {
  it.each([
    ['en', 'On the sidelines of the 25th Astana round, the working group on detainees held its sixth meeting.', 25, 6],
    ['tr', 'Tutuklular konusundaki çalışma grubu 6. toplantısını 25. Astana toplantısı sırasında yaptı.', 25, 6],
    ['it', 'A margine del 25° round di Astana si è svolta la sesta riunione del gruppo di lavoro sui detenuti.', 25, 6],
    [
      'ar',
      'عقدت مجموعة العمل المعنية بالمعتقلين اجتماعها السادس على هامش الجولة الخامسة والعشرين من محادثات أستانا.',
      25,
      6,
    ],
  ])('%s: %s', (lang, text, round, not) => {
    const got = rounds(text, lang);
    expect(got).toContain(round);
    expect(got).not.toContain(not);
  });
});

describe('"the first" encounter of two sides closed by a postposition is not the first round', () => {
  it.each([
    ['tr', 'Astana’daki 25. toplantıda ilk görüşme İran heyeti ile Türkiye heyeti arasında yapıldı.'],
    ['tr', 'Astana sürecinin yeni turunda ilk temas, Rusya temsilcileri ile rejim temsilcileri arasında gerçekleşti.'],
  ])('%s: %s', (lang, text) => {
    expect(rounds(text, lang)).not.toContain(1);
  });

  it('the first meeting of a named series stays round 1, whoever it was between', () => {
    const text = 'İlk Astana toplantısı Ocak 2017’de Suriye hükümeti ile muhalefet arasında yapıldı.';
    expect(rounds(text, 'tr')).toContain(1);
  });
});

describe('Turkish meeting nouns in their case forms', () => {
  it.each([
    ['tr', 'Kazakistan, 27. Astana toplantısına ev sahipliği yapacak.', 27],
    ['tr', 'Türk heyeti 28. Astana toplantısından sonra Ankara’ya döndü.', 28],
    ['tr', 'Rusya, 29. Astana turunda bir heyetle temsil edildi.', 29],
  ])('%s: %s', (lang, text, round) => {
    expect(rounds(text, lang)).toContain(round);
  });
});
