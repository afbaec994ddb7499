// Sentence boundaries, as the sentence frames need them: a full stop after a day number ends an English, Arabic or
// French sentence ("talks held on July 4-5. The delegations ..."), while German and Turkish write ordinals with a stop
// ("die 6. Runde", "21. toplantı"). Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/pipeline/facts.js';
import { seedKnowledge } from '../fixtures/knowledge.js';
import { article, roundAttendance } from './article.js';

const sentenceTexts = (text: string, lang: string): string[] => {
  const doc = analyse(article(text, lang, '2024-01-26'), seedKnowledge);
  return doc.sentences.map((s) => text.slice(s.start, s.end));
};

describe('a full stop after a day number', () => {
  it.each([
    ['en', 'The round closed in the Kazakh capital on January 24-25. Iraq sent observers.', 2],
    ['en', 'Delegates are due on March 3. A briefing follows on the 4th.', 2],
    ['en', 'The envoy flew in on 12. The talks opened the next day.', 2],
    ['ar', 'اختتمت الجولة في أستانا يوم 25. وغادرت الوفود العاصمة الكازاخية.', 2],
    ['fr', 'La réunion a pris fin le 25. Les délégations sont reparties.', 2],
  ])('ends the sentence where ordinals take no stop (%s: %s)', (lang, text, n) => {
    expect(sentenceTexts(text, lang)).toHaveLength(n);
  });

  it.each([
    ['de', 'Die 6. Runde der Gespräche begann am Montag in Astana.'],
    ['de', 'Am 25. Januar endete das Treffen in der kasachischen Hauptstadt.'],
    ['tr', 'Astana sürecinin 21. toplantısı Çarşamba günü başladı.'],
  ])('is an ordinal where the language writes them so (%s: %s)', (lang, text) => {
    expect(sentenceTexts(text, lang)).toHaveLength(1);
  });

  it('is an ordinal in any language when a word follows it without a space', () => {
    expect(sentenceTexts('Delegations met for the 12.International meeting on Syria.', 'en')).toHaveLength(1);
  });
});

describe('the opening told before the round is named', () => {
  it.each([
    [
      'en',
      'Speeches by the UN envoy and by the delegations of the government and the opposition will mark the opening. The Constitutional Committee starts its eighth session in Geneva today.',
    ],
    [
      'en',
      'The envoy addressed the government and opposition delegations at the opening session. It was the eighth session of the Constitutional Committee.',
    ],
    [
      'ar',
      'ويلقي المبعوث الأممي ووفدا الحكومة والمعارضة كلمات في افتتاح الأعمال. وتبدأ اللجنة الدستورية اليوم جولتها الثامنة في جنيف.',
    ],
    [
      'ar',
      'في مستهل الجلسة خاطب المبعوث وفدي الحكومة والمعارضة. وهذه هي الجولة الثامنة من اجتماعات اللجنة الدستورية في جنيف.',
    ],
  ])('places the sides at the round the article reports (%s)', (lang, text) => {
    const got = roundAttendance(text, lang, '2022-05-30');
    expect(got).toEqual(expect.arrayContaining(['8|SYR|PARTY', '8|SYR-OPP|PARTY']));
  });

  it.each([
    [
      'en',
      'Aid deliveries to Syria rose before the opening of the border crossings. The 21st Astana meeting began today.',
    ],
    ['ar', 'ارتفعت شحنات المساعدات إلى سورية قبل افتتاح المعابر. وبدأ اليوم الاجتماع الحادي والعشرون بصيغة أستانا.'],
  ])('places no one named only in passing (%s)', (lang, text) => {
    expect(roundAttendance(text, lang, '2024-01-24')).toEqual([]);
  });
});

describe('"the US" as a noun', () => {
  it.each([
    ['en', 'The 22nd Astana round opened on Monday, with envoys of the US and Jordan sitting in as observers.'],
    ['en', 'Jordan and the U.S. sent delegations to the 22nd Astana round as observers.'],
    ['en', 'As in earlier rounds, the US and Jordan attended the 22nd Astana meeting as observers.'],
    ['ar', 'افتتحت الجولة الثانية والعشرون من محادثات أستانا الاثنين بحضور الولايات المتحدة والأردن بصفة مراقبين.'],
  ])('is the state, placed like any name in the list (%s)', (lang, text) => {
    expect(roundAttendance(text, lang, '2024-11-11')).toEqual(
      expect.arrayContaining(['22|USA|OBSERVER', '22|JOR|OBSERVER']),
    );
  });

  it('heads a delegation word as the state does ("the US delegation"), and a topic places no one', () => {
    const at = (text: string): string[] => roundAttendance(text, 'en', '2024-11-11');
    expect(at('The US delegation attended the 22nd Astana meeting as an observer.')).toEqual(['22|USA|OBSERVER']);
    expect(at('Russia, Iran and Turkey discussed US sanctions at the 22nd Astana meeting.')).not.toContain(
      '22|USA|OBSERVER',
    );
  });
});
