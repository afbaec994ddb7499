// A round's length ("two-day", "استمرت يومين", "İki gün sürecek", "двухдневные") turns one known day into its
// start and end; "after the closing session" dates a statement on the round's last day.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/pipeline/facts.js';
import { article } from './article.js';
import { seedKnowledge } from '../fixtures/knowledge.js';

function span(text: string, lang: string, pub: string): [string | null, string | null][] {
  return extractFacts(article(text, lang, pub), seedKnowledge)
    .facts.meetings.filter((m) => m.seriesId === 'astana')
    .map((m) => [m.startDate, m.endDate]);
}

describe('round lengths', () => {
  it.each([
    [
      'en',
      '2022-11-24',
      'The two-day nineteenth round of the Astana talks ended on Wednesday, November 23.',
      ['2022-11-22', '2022-11-23'],
    ],
    [
      'ar',
      '2022-11-24',
      'اختتمت أمس الأربعاء 23 تشرين الثاني الجولة التاسعة عشرة من محادثات أستانا التي استمرت يومين.',
      ['2022-11-22', '2022-11-23'],
    ],
    [
      'tr',
      '2022-11-22',
      "Astana formatındaki 19. toplantı 22 Kasım'da başladı. İki gün sürecek toplantıda ateşkes ele alınacak.",
      ['2022-11-22', '2022-11-23'],
    ],
    [
      'ru',
      '2022-11-22',
      'Двухдневные переговоры в рамках девятнадцатого раунда астанинского формата начались 22 ноября.',
      ['2022-11-22', '2022-11-23'],
    ],
    [
      'de',
      '2022-11-22',
      'Die zweitägige neunzehnte Runde der Astana-Gespräche begann am 22. November.',
      ['2022-11-22', '2022-11-23'],
    ],
    [
      'en',
      '2022-11-24',
      'The nineteenth round of the Astana talks ended on Wednesday, November 23.',
      ['2022-11-23', '2022-11-23'],
    ],
  ])('%s %s', (lang, pub, text, expected) => {
    expect(span(text, lang, pub)).toEqual([expected]);
  });

  it('ar a statement after the closing session is dated on the last day', () => {
    const text =
      'انعقدت الجولة التاسعة عشرة من محادثات أستانا يومي 22 و23 تشرين الثاني. وقال ألكسندر لافرنتييف عقب الجلسة الختامية إن الاجتماع كان ناجحا.';
    const dates = extractFacts(article(text, 'ar', '2022-11-25'), seedKnowledge).facts.statements.map((s) => [
      s.speakerId,
      s.date,
    ]);
    expect(dates).toEqual([['alexander-lavrentiev', '2022-11-23']]);
  });
});
