// Round numbers of the Astana series in every way of saying them, and their status.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/pipeline/facts.js';
import { article } from './article.js';
import { seedKnowledge } from '../fixtures/knowledge.js';

function rounds(text: string, lang: string, pub = '2023-06-21'): string[] {
  return extractFacts(article(text, lang, pub), seedKnowledge)
    .facts.meetings.filter((m) => m.seriesId === 'astana')
    .map((m) => `${m.round ?? '?'}:${m.status}`);
}

describe('rounds', () => {
  it.each([
    ['ar ordinal word', 'انتهى الاجتماع العشرين بصيغة أستانا اليوم.', 'ar', ['20:HELD']],
    ['ar "الجولة الـ20"', 'انعقدت الجولة الـ20 من محادثات أستانا.', 'ar', ['20:HELD']],
    ['ar "الجولة العشرون"', 'اختتمت الجولة العشرون من مسار أستانا.', 'ar', ['20:HELD']],
    ['ar compound ordinal', 'سيعقد الاجتماع الدولي الحادي والعشرون بشأن سوريا ضمن عملية أستانا.', 'ar', ['21:PLANNED']],
    ['ar series and digits', 'افتتاح الجلسة العامة لـ "أستانا 9" حول سوريا.', 'ar', ['9:HELD']],
    ['ar series between noun and ordinal', 'اختتمت اليوم جولة أستانا السادسة عشرة حول سوريا.', 'ar', ['16:HELD']],
    ['en "20th round"', 'The 20th round of the Astana talks ended on Wednesday.', 'en', ['20:HELD']],
    ['en spelled ordinal', 'The twentieth meeting of the Astana format was held.', 'en', ['20:HELD']],
    ['en "Astana-14"', 'The Astana-14 talks opened in Nur-Sultan.', 'en', ['14:HELD']],
    ['en future', 'The 22nd Astana-format meeting will be held in the second half of this year.', 'en', ['22:PLANNED']],
    [
      'en a round named only in reported content after a held one is planned',
      'The ninth round of the Astana talks ended on Tuesday. Lavrentiev said that the tenth round is in Sochi.',
      'en',
      ['10:PLANNED', '9:HELD'],
    ],
    [
      'de a round named only in a "dass" clause after a held one is planned',
      'Die neunte Runde der Astana-Gespräche endete am Dienstag. Lawrentjew sagte, dass die zehnte Runde in Sotschi ist.',
      'de',
      ['10:PLANNED', '9:HELD'],
    ],
    [
      'en a month after "a further meeting" dates that meeting, not the round',
      'The fifth round of the Astana talks wrapped up on Wednesday without a deal on the planned zones, pushing the decision to a further meeting in August.',
      'en',
      ['5:HELD', '6:PLANNED'],
    ],
    [
      'ar a relative day ahead as its end: "ستنتهي غدا"',
      'قال أحمد طعمة إن الجولة السابعة عشرة من محادثات أستانا ستنتهي غدا.',
      'ar',
      ['17:HELD'],
    ],
    [
      'ar a relative day ahead: "تنطلق غدا"',
      'تنطلق غدا في أستانا الجولة السابعة عشرة من المحادثات حول سوريا.',
      'ar',
      ['17:PLANNED'],
    ],
    [
      'en a day without a year told in the past is last year s',
      'The 17th round of the Astana talks, held on December 21-22, produced a joint statement on Idlib.',
      'en',
      ['17:HELD'],
    ],
    [
      'en a cut-off last line names no round',
      'The 13th round of the Astana talks ended on Friday.\nA second round',
      'en',
      ['13:HELD'],
    ],
    ['tr "6. Astana"', '6. Astana görüşmesinde uzlaşılan anlaşma.', 'tr', ['6:HELD']],
    ['fa ordinal before noun', 'هفدهمین نشست بین المللی آستانه درباره سوریه ادامه یافت.', 'fa', ['17:HELD']],
    ['ru ordinal in a case form', 'Пятый раунд переговоров прошел в Астане.', 'ru', ['5:HELD']],
    [
      'it "21ma riunione"',
      'Hanno preso il via i lavori della 21ma riunione internazionale di Astana.',
      'it',
      ['21:HELD'],
    ],
    [
      'en an ordinal set off after "next" numbers the round ahead',
      'The next, eleventh, international meeting in the Astana format will be held in Sochi after the tenth round wrapped up on Friday.',
      'en',
      ['10:HELD', '11:PLANNED'],
    ],
    ['tr "20\'nci tur"', "Astana formatındaki 20'nci tur Kazakistan'ın başkentinde sona erdi.", 'tr', ['20:HELD']],
    [
      'tr a dated round told as history beside the planned one',
      "Astana formatındaki 21. toplantı yarın başlayacak. Haziran 2023'te düzenlenen 20. toplantıda ateşkes konuşulmuştu.",
      'tr',
      ['20:HELD', '21:PLANNED'],
    ],
    ['ru Roman numerals', 'В Астане завершилась XX международная встреча в астанинском формате.', 'ru', ['20:HELD']],
    ['ru "20-й раунд"', 'В Астане завершился 20-й раунд переговоров по Сирии.', 'ru', ['20:HELD']],
    ['fr "20ème réunion"', "La 20ème réunion au format d'Astana s'est achevée mercredi.", 'fr', ['20:HELD']],
    [
      'de "zwanzigste Runde"',
      'Die zwanzigste Runde der Astana-Gespräche ist am Mittwoch zu Ende gegangen.',
      'de',
      ['20:HELD'],
    ],
  ])('%s', (_label, text, lang, expected) => {
    expect(rounds(text, lang)).toEqual(expected);
  });

  it('makes "the next meeting" after a held round the following round, planned', () => {
    const text =
      'انتهى الاجتماع العشرين بصيغة أستانا اليوم. وأوضح أن الاجتماع المقبل سيعقد في النصف الثاني من العام الجاري.';
    const facts = extractFacts(article(text, 'ar', '2023-06-21'), seedKnowledge).facts;
    const next = facts.meetings.find((m) => m.round === 21);
    expect(next).toMatchObject({ status: 'PLANNED', windowStart: '2023-07-01', windowEnd: '2023-12-31' });
  });

  it.each([
    [
      'a count of rounds is not a round',
      'Thirteen rounds of the Astana talks have been held so far, and 13 rounds is a lot.',
      'en',
    ],
    ['a date after the series name is not a round', 'ASTANA, 23 November 2022 - the Astana talks continued.', 'en'],
    ['no Astana context, no round', 'The 8th round of the constitutional committee met in Geneva.', 'en'],
  ])('%s', (_label, text, lang) => {
    expect(rounds(text, lang, '2022-11-23')).toEqual([]);
  });
});
