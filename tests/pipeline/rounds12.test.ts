// Round 12's round mechanisms, each over several languages, with invented sentences: a series' descriptive name that
// ends in a meeting noun numbered by the ordinal before it (its series left to the words that frame it or the
// calendar), series-frame words between a round and its series, a launch reported at a place that is another
// process's name, and plural "new" words for the meeting ahead.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/pipeline/facts.js';
import { seedKnowledge } from '../fixtures/knowledge.js';
import { article } from './article.js';

function rounds(text: string, lang: string, pub: string): string[] {
  return extractFacts(article(text, lang, pub), seedKnowledge)
    .facts.meetings.filter((m) => m.round !== null)
    .map((m) => `${m.seriesId}#${String(m.round)}`)
    .sort();
}

type Row = [string, string, string, string, string[]];

const rows: Row[] = [
  // A descriptive name carrying the noun: the framing words or the calendar say whose round it is.
  [
    'en described talks framed by a process',
    'Delegations began arriving for the 13th regular intra-Syrian talks within the Astana process.',
    'en',
    '2019-08-01',
    ['astana#13'],
  ],
  [
    'en described talks, calendar',
    'The ninth intra-Syrian talks ended on Thursday without a breakthrough, the envoy told reporters in Astana.',
    'en',
    '2018-05-15',
    ['astana#9'],
  ],
  [
    'en described talks with no other series: the description stays',
    'The fourth intra-Syrian talks opened at the Palais des Nations under UN auspices.',
    'en',
    '2017-02-23',
    ['geneva#4'],
  ],
  // Series-frame words between a round and its series (before it where modifiers come first).
  [
    'tr series before, frame word between',
    'Rusya heyeti, Astana formatı çerçevesindeki 13. yüksek düzeyli toplantıya katıldı.',
    'tr',
    '2019-08-01',
    ['astana#13'],
  ],
  [
    'kk series before, frame word between',
    'Астана форматы аясындағы он үшінші кезекті кездесу Нұр-Сұлтанда өтті.',
    'kk',
    '2019-08-01',
    ['astana#13'],
  ],
  [
    'ru frame after the round',
    'Иранская делегация прибыла на 13-й межсирийский раунд в рамках астанинского процесса.',
    'ru',
    '2019-08-01',
    ['astana#13'],
  ],
  [
    'ar frame after the round, adjectives between noun and ordinal',
    'وصل وفد إيران للمشاركة في الاجتماع الدولي رفيع المستوى الثالث عشر ضمن مسار أستانا.',
    'ar',
    '2019-08-01',
    ['astana#13'],
  ],
  [
    'he adjective between noun and ordinal',
    'המשלחת הרוסית הגיעה לסבב הבינלאומי השלושה עשר של תהליך אסטנה.',
    'he',
    '2019-08-01',
    ['astana#13'],
  ],
  // A launch at a place that is another process's name elsewhere.
  [
    'ru launch in Geneva',
    'Конституционный комитет приступил к работе в Женеве в среду.',
    'ru',
    '2019-10-31',
    ['constitutional-committee#1'],
  ],
  [
    'en launch in Geneva',
    'The Constitutional Committee began its work in Geneva on Wednesday.',
    'en',
    '2019-10-31',
    ['constitutional-committee#1'],
  ],
  // Plural "new" words: the meeting ahead after the one counted.
  [
    'pt plural new talks after the first meeting',
    'Depois do primeiro encontro em Astana, em janeiro, novas negociações terão lugar em fevereiro na mesma cidade.',
    'pt',
    '2017-02-01',
    ['astana#1', 'astana#2'],
  ],
  [
    'es plural new talks after the first meeting',
    'Tras el primer encuentro de Astaná en enero, nuevas negociaciones se celebrarán en febrero en la misma ciudad.',
    'es',
    '2017-02-01',
    ['astana#1', 'astana#2'],
  ],
  // "Stage" as the round's noun where the language uses it so (ru этап, kk кезең).
  [
    'ru new stage after the fifth round',
    'Пятый раунд переговоров в астанинском формате завершился, новый этап переговоров пройдет в сентябре.',
    'ru',
    '2017-07-06',
    ['astana#5', 'astana#6'],
  ],
  ['kk third stage', 'Астана процесінің үшінші кезеңі бүгін елордада басталды.', 'kk', '2017-03-14', ['astana#3']],
  // Negative: an ordinal before a descriptive name that is a day, and a count of days.
  [
    'en no round: days of the talks',
    'On the second day, the intra-Syrian talks in Astana lasted 12 hours.',
    'en',
    '2017-05-04',
    [],
  ],
];

describe('round 12 round mechanisms', () => {
  it.each(rows)('%s', (_name, text, lang, pub, expected) => {
    expect(rounds(text, lang, pub)).toEqual(expected);
  });
});
