// Sentence boundaries and preparatory meetings, as the sentence frames need them. A full stop after a day number ends
// an English or Arabic sentence ("talks held on July 4-5. The delegations ..."), while German and Turkish write
// ordinals with a stop ("die 6. Runde"); a meeting that prepares a round ("a preparatory meeting", "اجتماع تحضيري") is
// not that round, so who joins it does not attend the round. Every sentence here is invented.
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

describe('a preparatory meeting before a round', () => {
  it.each([
    [
      'en',
      'The 23rd round of the Astana talks opens next week. On Sunday, delegations of Iraq and Lebanon will join a preparatory meeting with the hosts.',
    ],
    [
      'en',
      'Kazakhstan will host the 23rd Astana meeting on Syria next month. Jordanian and Iraqi representatives took part in preparatory talks on Friday.',
    ],
    [
      'ar',
      'تنطلق الجولة الثالثة والعشرون من محادثات أستانا الأسبوع المقبل. ويشارك وفدا العراق ولبنان يوم الأحد في اجتماع تحضيري مع الجهة المضيفة.',
    ],
    [
      'ar',
      'تستضيف كازاخستان الجولة الثالثة والعشرين من محادثات أستانا الشهر المقبل. وحضر ممثلون عن الأردن والعراق الاجتماع التحضيري يوم الجمعة.',
    ],
    [
      'fr',
      'Le 23e cycle des pourparlers d’Astana s’ouvre la semaine prochaine. Dimanche, des délégations de l’Irak et du Liban participeront à une réunion préparatoire.',
    ],
    [
      'ru',
      '23-я встреча в астанинском формате откроется на следующей неделе. В воскресенье делегации Ирака и Ливана примут участие в подготовительной встрече.',
    ],
  ])('places no one who joins it at the round (%s)', (lang, text) => {
    const got = roundAttendance(text, lang, '2024-12-02');
    expect(got.filter((t) => /\|(IRQ|LBN|JOR)\|/.test(t))).toEqual([]);
  });

  it.each([
    ['en', 'Delegations of Iraq and Lebanon will attend the 23rd round of the Astana talks as observers next week.'],
    ['ar', 'يحضر وفدا العراق ولبنان الجولة الثالثة والعشرين من محادثات أستانا بصفة مراقبين الأسبوع المقبل.'],
  ])('leaves the round itself attended (%s)', (lang, text) => {
    const got = roundAttendance(text, lang, '2024-12-02');
    expect(got).toEqual(expect.arrayContaining(['23|IRQ|OBSERVER', '23|LBN|OBSERVER']));
  });
});
