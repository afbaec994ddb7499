// Hebrew and Kazakh read as data: the attending, heading and negating verbs of each language in their usual tenses
// and persons, ordinals above ten (Hebrew writes them as the cardinal with the article, in both genders), meeting
// nouns of the series, and the names of the Syrian sides. Every sentence is invented.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/pipeline/facts.js';
import { seedKnowledge } from '../fixtures/knowledge.js';
import { article, delegateTriples, roundAttendance } from './article.js';

describe('Hebrew: a round and its participants', () => {
  it.each([
    [
      'משלחות רוסיה, טורקיה ואיראן נטלו חלק בסבב העשרים של שיחות אסטנה.',
      '2023-06-21',
      ['20|IRN|GUARANTOR', '20|RUS|GUARANTOR', '20|TUR|GUARANTOR'],
    ],
    [
      'ירדן, לבנון ועיראק הצטרפו כמשקיפות לסבב ה-21 של שיחות אסטנה.',
      '2024-01-25',
      ['21|IRQ|OBSERVER', '21|JOR|OBSERVER', '21|LBN|OBSERVER'],
    ],
    [
      'בסבב השלושה עשר באסטנה ייטלו חלק משלחות הממשלה הסורית והאופוזיציה.',
      '2019-07-30',
      ['13|SYR-OPP|PARTY', '13|SYR|PARTY'],
    ],
    ['בפגישה העשרים ושתיים במתכונת אסטנה נכחו נציגי האו"ם וירדן.', '2024-11-12', ['22|JOR|OBSERVER', '22|UN|OBSERVER']],
    [
      'המדינות הערבות רוסיה, טורקיה ואיראן ישתתפו בפגישה השמונה עשרה בנור סולטן.',
      '2022-06-14',
      ['18|IRN|GUARANTOR', '18|RUS|GUARANTOR', '18|TUR|GUARANTOR'],
    ],
  ])('%s', (text, date, expected) => {
    const got = roundAttendance(text, 'he', date);
    for (const e of expected) expect(got).toContain(e);
  });

  it.each([
    ['ירדן לא נטלה חלק בסבב העשרים של שיחות אסטנה.', '2023-06-21', 'JOR'],
    ['לבנון החרימה את הפגישה התשע עשרה באסטנה.', '2022-11-23', 'LBN'],
  ])('negated: %s', (text, date, actor) => {
    const got = roundAttendance(text, 'he', date);
    expect(got.filter((t) => t.includes(`|${actor}|`))).toEqual([]);
  });

  it.each([
    ['הסבב העשרים ושניים של שיחות אסטנה הסתיים ביום שלישי.', '2024-11-12', 22],
    ['הפגישה השלוש עשרה בפורמט אסטנה תיערך בבירת קזחסטן.', '2019-07-19', 13],
    ["המושב השמיני של הוועדה החוקתית נפתח בז'נבה.", '2022-05-30', 8],
  ])('numbers the meeting: %s', (text, date, round) => {
    const rounds = extractFacts(article(text, 'he', date), seedKnowledge).facts.meetings.map((m) => m.round);
    expect(rounds).toContain(round);
  });
});

describe('Kazakh: a round and its participants', () => {
  it.each([
    [
      'Астана форматындағы жиырмасыншы кездесуге Ресей, Түркия және Иран делегациялары қатысты.',
      '2023-06-21',
      ['20|IRN|GUARANTOR', '20|RUS|GUARANTOR', '20|TUR|GUARANTOR'],
    ],
    [
      'Иордания, Ливан және Ирак Астана форматындағы жиырма бірінші раундқа бақылаушы ретінде қатысты.',
      '2024-01-25',
      ['21|IRQ|OBSERVER', '21|JOR|OBSERVER', '21|LBN|OBSERVER'],
    ],
    [
      'Сирия үкіметі мен қарулы оппозиция өкілдері Астанадағы он жетінші раундқа келді.',
      '2021-12-21',
      ['17|SYR-OPP|PARTY', '17|SYR|PARTY'],
    ],
    ['Елордада өтетін он сегізінші кездесуге БҰҰ өкілдері де қосылады.', '2022-06-14', ['18|UN|OBSERVER']],
  ])('%s', (text, date, expected) => {
    const got = roundAttendance(text, 'kk', date);
    for (const e of expected) expect(got).toContain(e);
  });

  it.each([
    ['Иордания Астанадағы жиырмасыншы кездесуге қатыспады.', '2023-06-21', 'JOR'],
    ['Ливан он тоғызыншы раундқа делегация жібермеді.', '2022-11-23', 'LBN'],
  ])('negated: %s', (text, date, actor) => {
    const got = roundAttendance(text, 'kk', date);
    expect(got.filter((t) => t.includes(`|${actor}|`))).toEqual([]);
  });

  it.each([
    ['Астана процесінің он бесінші кезеңі Нұр-Сұлтанда басталды.', '2021-02-16', 15],
    ['Астана форматындағы жиырма екінші кездесу сәрсенбі күні аяқталды.', '2024-11-13', 22],
  ])('numbers the meeting: %s', (text, date, round) => {
    const rounds = extractFacts(article(text, 'kk', date), seedKnowledge).facts.meetings.map((m) => m.round);
    expect(rounds).toContain(round);
  });

  it.each([
    [
      'Астанадағы жиырма екінші кездесуде Ресей делегациясын Александр Лаврентьев басқарды.',
      '2024-11-12',
      'astana-22|alexander-lavrentiev|RUS',
    ],
  ])('head: %s', (text, date, expected) => {
    expect(delegateTriples(text, 'kk', date)).toContain(expected);
  });
});
