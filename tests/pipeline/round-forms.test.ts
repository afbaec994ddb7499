// Round forms found in real reporting: counted times, predicate ordinals, hyphenated and gender-mismatched ordinals,
// ordinals set off by a comma, the format's city under its other name, and "previous"/"most recent" rounds.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/pipeline/facts.js';
import { seedKnowledge } from '../fixtures/knowledge.js';
import { article } from './article.js';

function rounds(text: string, lang: string, pub = '2023-06-21'): string[] {
  return extractFacts(article(text, lang, pub), seedKnowledge)
    .facts.meetings.filter((m) => m.seriesId === 'astana')
    .map((m) => `${m.round ?? '?'}:${m.status}`)
    .sort();
}

describe('round forms', () => {
  it.each([
    [
      'en counted times',
      'Delegations will gather for the 23rd time in the Kazakh capital for the Astana talks next week.',
      'en',
      ['23:PLANNED'],
    ],
    [
      'de counted times',
      'In Astana gingen die Gespräche am Freitag weiter. Zum siebten Mal kamen die Delegationen zusammen.',
      'de',
      ['7:HELD'],
    ],
    ['fr counted times', "Les pourparlers d'Astana se sont réunis pour la neuvième fois mardi.", 'fr', ['9:HELD']],
    [
      'tr the numbered day of a round is no round',
      '17. Astana görüşmelerinin 2. gününde ortak bildiri yayımlandı.',
      'tr',
      ['17:HELD'],
    ],
    [
      'en the numbered day of a round is no round',
      'A joint statement was issued on the 2nd day of the 17th round of the Astana talks.',
      'en',
      ['17:HELD'],
    ],
    [
      'fr the numbered day of a round is no round',
      "Le 17e round des pourparlers d'Astana s'est poursuivi ; au 2e jour, une déclaration commune a été publiée.",
      'fr',
      ['17:HELD'],
    ],
    [
      'en "for the first time" tells of a participant, not a round',
      'Iraq attended the Astana talks for the first time on Tuesday.',
      'en',
      [],
    ],
    [
      'tr predicate ordinal',
      "Bu kez 18'incisi yapılacak Astana görüşmelerine heyetler katılacak.",
      'tr',
      ['18:PLANNED'],
    ],
    [
      'ru hyphenated ordinal, the city under its other name',
      'Участники 14-го раунда переговоров по Сирии прибыли в Нур-Султан.',
      'ru',
      ['14:HELD'],
    ],
    [
      'ru ordinal set off by a comma',
      'Очередной, девятый по счету, раунд переговоров завершился в Астане.',
      'ru',
      ['9:HELD'],
    ],
    ['ar feminine ordinal with masculine ten', 'انطلقت اليوم الجولة الثالثة عشر من محادثات أستانا.', 'ar', ['13:HELD']],
    ['fr "édition"', "La 15e édition des pourparlers d'Astana s'est tenue à Sotchi.", 'fr', ['15:HELD']],
    [
      'it "ciclo"',
      'Sarà il sedicesimo ciclo di colloqui del formato Astana, ha detto il portavoce.',
      'it',
      ['16:PLANNED'],
    ],
    [
      'en "the previous round" next to a planned one is the round before it',
      'The 11th Astana meeting will open on Wednesday. The previous round was held in Sochi.',
      'en',
      ['10:HELD', '11:PLANNED'],
    ],
    [
      'ar "earlier meetings" (plural) are no one round',
      'قال الوزير إن الجولة 22 من اجتماع أستانا ستنعقد قبل نهاية العام، وإن اجتماعات سابقة أرجئت.',
      'ar',
      ['22:PLANNED'],
    ],
    [
      'en "is holding its 13th round" is under way',
      'The International Meeting on Syria is holding its 13th round in the Kazakh capital.',
      'en',
      ['13:HELD'],
    ],
    [
      'en a count of rounds with "the latest of them" names the last one counted',
      'Five rounds of the Astana talks have taken place so far, the latest of them in Sochi in early spring.',
      'en',
      ['5:HELD'],
    ],
    [
      'ar a count of rounds with "the latest of them" names the last one counted',
      'وعقدت حتى الآن 9 جولات من محادثات أستانا، كان آخرها في العاصمة الكازاخية مطلع الشهر.',
      'ar',
      ['9:HELD'],
    ],
    [
      'ru a counted word with "the last of them"',
      'Всего прошло восемь раундов переговоров по Сирии в Астане, последний из них состоялся в Сочи.',
      'ru',
      ['8:HELD'],
    ],
    [
      'en a count of rounds alone names no round',
      'Four rounds of the Astana talks have been held since the process began.',
      'en',
      [],
    ],
    [
      'ar a round that opens on the day of publication is under way, whatever later sentences say of its sessions',
      'تنطلق اليوم أعمال الجولة السابعة من محادثات أستانا. وستبدأ الاجتماعات الثنائية ضمن الجولة السابعة يوم الثلاثاء.',
      'ar',
      ['7:HELD'],
    ],
    [
      'en a round that opens on the day of publication is under way',
      'The seventh round of the Astana talks opens today. Bilateral meetings within the seventh round will start on Thursday.',
      'en',
      ['7:HELD'],
    ],
  ])('%s', (_name, text, lang, expected) => {
    expect(rounds(text, lang)).toEqual([...expected].sort());
  });
});

describe('a past month without a year', () => {
  it.each([
    ['en', 'The 12th round of the Astana talks was held in December in the Kazakh capital.', ['12:HELD']],
    ['ar', 'وكانت الجولة الثانية عشرة من محادثات أستانا قد عقدت في ديسمبر الماضي في العاصمة الكازاخية.', ['12:HELD']],
    ['fr', "Le 12e round des pourparlers d'Astana s'est tenu en décembre dans la capitale kazakhe.", ['12:HELD']],
    ['en, the year given', 'The 12th round of the Astana talks will be held in December 2023.', ['12:PLANNED']],
  ])('%s: is not placed in the next year', (lang, text, expected) => {
    expect(rounds(text, lang, '2023-08-10')).toEqual(expected);
  });
});

// Inflected number suffixes, a numbered ordinal set off by commas, head-final word order, a meeting that starts on
// the day of the report, and two relative days joined into one span. Invented sentences.
describe('round forms: inflection, word order and relative spans', () => {
  function dated(text: string, lang: string, pub: string): string[] {
    return extractFacts(article(text, lang, pub), seedKnowledge)
      .facts.meetings.filter((m) => m.seriesId === 'astana')
      .map((m) => `${m.round ?? '?'}:${m.status}:${m.startDate ?? '-'}:${m.endDate ?? '-'}`)
      .sort();
  }

  it.each([
    [
      'ru a number with an inflected suffix ("9-ая")',
      'В Астане завершилась 9-ая международная встреча по Сирии.',
      'ru',
      ['9:HELD'],
    ],
    [
      'ru a number with a prepositional suffix ("12-ом")',
      'Делегации России, Турции и Ирана приняли участие в 12-ом раунде переговоров в Астане.',
      'ru',
      ['12:HELD'],
    ],
    [
      'ru a suffixed number set off by commas, told as going on',
      'В Нур-Султане продолжается очередной, 15-й, раунд переговоров по Сирии в астанинском формате.',
      'ru',
      ['15:HELD'],
    ],
    [
      'ru "next" before a suffixed number set off by a comma',
      'Следующий, 23-й раунд переговоров по Сирии в астанинском формате пройдет в сентябре.',
      'ru',
      ['23:PLANNED'],
    ],
    [
      'tr an ordinal word after a meeting noun is an adverb ("ilk olarak"), not round 1',
      'Astana görüşmelerinin yedinci turu bugün başladı; görüşmelerde ilk olarak Rus ve Türk heyetleri bir araya geldi.',
      'tr',
      ['7:HELD'],
    ],
    [
      'tr bilateral talks named after the round are held within it (possessors come first in Turkish)',
      'Astana görüşmelerinin dördüncü turu çerçevesinde bugün ikili görüşmeler gerçekleşecek, genel oturum ise yarın yapılacak.',
      'tr',
      ['4:HELD'],
    ],
    [
      'en a round whose sessions start today is under way, though told in the future',
      'Within the ninth round of the Astana talks, bilateral consultations will take place today, and the plenary session will be held tomorrow.',
      'en',
      ['9:HELD'],
    ],
    [
      'en "the upcoming meeting" in a report of a round still ahead is that round ("the previous" is the one before)',
      'The 13th round of the Astana talks is due in the Kazakh capital in September. Iraq will attend the upcoming meeting as an observer for the first time. The previous meeting was held in April.',
      'en',
      ['12:HELD', '13:PLANNED'],
    ],
    [
      'ru "the upcoming meeting" in a report of a round still ahead is that round',
      'Делегации прибудут в Нур-Султан на 14-й раунд переговоров по Сирии, который пройдет в сентябре. На предстоящей встрече впервые будут наблюдатели из Ирака.',
      'ru',
      ['14:PLANNED'],
    ],
    [
      'de "the upcoming round" in a report of a round still ahead is that round',
      'Die 14. Runde der Astana-Gespräche beginnt im September. An der bevorstehenden Runde nimmt erstmals der Irak als Beobachter teil.',
      'de',
      ['14:PLANNED'],
    ],
    [
      'ar "the upcoming round" in a report of a round still ahead is that round',
      'تنطلق الجولة الرابعة عشرة من محادثات أستانا في أيلول المقبل. ويشارك العراق في الجولة المرتقبة بصفة مراقب للمرة الأولى.',
      'ar',
      ['14:PLANNED'],
    ],
    [
      'en "the upcoming round" after a round that is over is the next one',
      'The 12th round of the Astana talks ended on Friday. The upcoming round will be held in September.',
      'en',
      ['12:HELD', '13:PLANNED'],
    ],
    [
      'ar "the upcoming round" after a round that is over is the next one',
      'اختتمت الجولة الثانية عشرة من محادثات أستانا يوم الجمعة. وستعقد الجولة المرتقبة في أيلول المقبل.',
      'ar',
      ['12:HELD', '13:PLANNED'],
    ],
    [
      'en "today" before the round is the day of the announcement',
      'The ministry said today that the tenth round of the Astana talks will take place in September.',
      'en',
      ['10:PLANNED'],
    ],
  ])('%s', (_name, text, lang, expected) => {
    expect(rounds(text, lang)).toEqual([...expected].sort());
  });

  it.each([
    [
      'es "desde este martes y hasta mañana" is one span that began today',
      'Las delegaciones participan desde este martes y hasta mañana en la ronda 17 del proceso de Astaná.',
      'es',
      ['17:HELD:2021-12-21:2021-12-22'],
    ],
    [
      'en "from today until tomorrow" is one span that began today',
      'Delegations are taking part from today until tomorrow in the 17th round of the Astana talks.',
      'en',
      ['17:HELD:2021-12-21:2021-12-22'],
    ],
  ])('%s', (_name, text, lang, expected) => {
    expect(dated(text, lang, '2021-12-21')).toEqual(expected);
  });
});
