// Round expressions seen on unseen reporting, each as a general mechanism: possessive meeting nouns, quoted numerals,
// name-number forms, predicate and late ordinals, counted earlier meetings, "new" next to a numbered round, a body's
// first meeting and a series named by its host and format words. Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/pipeline/facts.js';
import { seedKnowledge } from '../fixtures/knowledge.js';
import { article } from './article.js';

function rounds(text: string, lang: string, series = 'astana', pub = '2023-06-21'): string[] {
  return extractFacts(article(text, lang, pub), seedKnowledge)
    .facts.meetings.filter((m) => m.seriesId === series)
    .map((m) => `${m.round ?? '?'}:${m.status}`)
    .sort();
}

type Row = [string, string, string, string, string[]];

const rows: Row[] = [
  // 1. possessive meeting nouns and quoted numerals
  [
    'ar possessive session ordinal',
    'اختتمت اللجنة الدستورية السورية أعمال دورتها الثامنة في جنيف يوم الجمعة.',
    'ar',
    'constitutional-committee',
    ['8:HELD'],
  ],
  [
    'ar possessive round of the small body',
    'أنهت الهيئة المصغرة للجنة الدستورية اليوم الأول من جولتها السابعة في جنيف.',
    'ar',
    'constitutional-committee',
    ['7:HELD'],
  ],
  ['ar quoted numeral', 'انطلقت في العاصمة الكازاخية الجولة الـ"19" من محادثات أستانا.', 'ar', 'astana', ['19:HELD']],
  [
    'ar curly-quoted numeral',
    'انطلقت في العاصمة الكازاخية الجولة الـ”19“ من محادثات أستانا.',
    'ar',
    'astana',
    ['19:HELD'],
  ],
  [
    'ar double-prime numeral',
    'انطلقت في العاصمة الكازاخية الجولة الـ″19″ من محادثات أستانا.',
    'ar',
    'astana',
    ['19:HELD'],
  ],
  [
    'ar apostrophe numeral',
    "انطلقت في العاصمة الكازاخية الجولة الـ'19' من محادثات أستانا.",
    'ar',
    'astana',
    ['19:HELD'],
  ],
  // 1b. possessive endings on any meeting noun (lexicon nounAffixes), digits joined to the article
  [
    'ar possessive session digits',
    'عقدت اللجنة الدستورية اجتماعات دورتها الـ7 في جنيف أمس.',
    'ar',
    'constitutional-committee',
    ['7:HELD'],
  ],
  [
    'ar conference in its Nth session',
    'افتتح مؤتمر أستانا حول سوريا أعماله في دورته الـ17 بمشاركة الدول الضامنة.',
    'ar',
    'astana',
    ['17:HELD'],
  ],
  [
    'ar its session with a bare article before the digits',
    'اختتم مؤتمر (أستانا) الخاص بسوريا دورته ال13 في العاصمة الكازاخية.',
    'ar',
    'astana',
    ['13:HELD'],
  ],
  [
    'ar its meeting, masculine possessive',
    'عقد مسار أستانا اجتماعه الـ20 في العاصمة الكازاخية يومي الثلاثاء والأربعاء.',
    'ar',
    'astana',
    ['20:HELD'],
  ],
  [
    'ar their session, plural possessor',
    'أنهى أعضاء اللجنة الدستورية جلستهم الخامسة في جنيف.',
    'ar',
    'constitutional-committee',
    ['5:HELD'],
  ],
  // 2. name-number forms
  [
    'en hyphenated name-number',
    'The Astana-14 communiqué was read out by the hosts on Friday after the talks ended.',
    'en',
    'astana',
    ['14:HELD'],
  ],
  ['en juxtaposed name-number', 'Delegations arrived for Astana 12 on Tuesday.', 'en', 'astana', ['12:HELD']],
  ['en Geneva-8', 'The UN envoy said Geneva-8 would start next week.', 'en', 'geneva', ['8:PLANNED']],
  ['fr name-number', 'Les délégations sont arrivées pour Astana-15 mardi.', 'fr', 'astana', ['15:HELD']],
  // 3. predicate and late ordinals
  [
    'de predicate ordinal',
    'Die Syrien-Gespräche in Astana gingen am Dienstag zu Ende. Für Astana ist es schon die achte Runde.',
    'de',
    'astana',
    ['8:HELD'],
  ],
  [
    'en the sixth of their kind',
    'The Astana talks, the sixth of their kind, ended on Thursday with a joint statement.',
    'en',
    'astana',
    ['6:HELD'],
  ],
  [
    'en late ordinal',
    'Russia, Turkey and Iran sent delegations to the Astana talks that ended on Thursday; the meeting was the eleventh.',
    'en',
    'astana',
    ['11:HELD'],
  ],
  [
    'en it is the Nth round',
    'The Astana talks opened on Tuesday. It is the tenth round since the process began.',
    'en',
    'astana',
    ['10:HELD'],
  ],
  [
    'fr il s’agit du',
    "Les pourparlers d'Astana se sont ouverts mardi. Il s'agit du dixième cycle depuis le lancement du processus.",
    'fr',
    'astana',
    ['10:HELD'],
  ],
  [
    'es se trata de la',
    'Las conversaciones de Astana comenzaron el martes. Se trata de la décima ronda del proceso.',
    'es',
    'astana',
    ['10:HELD'],
  ],
  // 4. counted earlier meetings
  [
    'en two earlier rounds',
    'Talks on Syria opened in Astana on Tuesday. Two earlier rounds in the Kazakh capital brought no breakthrough.',
    'en',
    'astana',
    ['3:HELD'],
  ],
  [
    'en already hosted two similar meetings',
    'The Astana talks on Syria opened on Tuesday; the city had already hosted two similar meetings.',
    'en',
    'astana',
    ['3:HELD'],
  ],
  [
    'es dos rondas anteriores',
    'Las conversaciones de Astana sobre Siria comenzaron el martes. Dos rondas anteriores no lograron avances.',
    'es',
    'astana',
    ['3:HELD'],
  ],
  [
    'fr deux sessions précédentes',
    "Les pourparlers d'Astana sur la Syrie se sont ouverts mardi. Deux cycles précédents n'avaient rien donné.",
    'fr',
    'astana',
    ['3:HELD'],
  ],
  [
    'ru два предыдущих раунда',
    'Во вторник в Астане открылись переговоры по Сирии. Два предыдущих раунда не принесли прорыва.',
    'ru',
    'astana',
    ['3:HELD'],
  ],
  [
    'ar جولتان سابقتان',
    'انطلقت محادثات أستانا حول سوريا يوم الثلاثاء. ولم تحقق جولتان سابقتان في العاصمة الكازاخية أي تقدم.',
    'ar',
    'astana',
    ['3:HELD'],
  ],
  // 5. new round next to a numbered past one: the one after it, held when its sentence says so; another/new round
  // while a numbered round is going on: that round itself
  [
    'en new round after the past Nth',
    'A new round of the Astana talks opened on Tuesday, after the past fifth round ended in March.',
    'en',
    'astana',
    ['5:HELD', '6:HELD'],
  ],
  [
    'en after the first round ended',
    'The new round of the Constitutional Committee started in Geneva on Monday, after the first round ended on 1 November.',
    'en',
    'constitutional-committee',
    ['1:HELD', '2:HELD'],
  ],
  [
    'ar الجولة الجديدة بعد الجولة الخامسة',
    'انطلقت الجولة الجديدة من محادثات أستانا اليوم بعد الجولة الخامسة التي عقدت في آذار.',
    'ar',
    'astana',
    ['5:HELD', '6:HELD'],
  ],
  [
    'en another round while the numbered one is under way',
    'Delegations gathered in Astana on 21 June 2023 for another round of talks on Syria. It is the 20th round of the process.',
    'en',
    'astana',
    ['20:HELD'],
  ],
  [
    'de weitere Runde while the eighth is going on',
    'Die Delegationen trafen am 21. Juni 2023 zu einer weiteren Runde der Syrien-Gespräche in Astana ein. Es ist die 20. Runde.',
    'de',
    'astana',
    ['20:HELD'],
  ],
  [
    'ar the new round opened today is the numbered one',
    'انطلقت اليوم في أستانا الجولة العشرون من المحادثات. واستهلت الجولة الجديدة صباح اليوم بلقاء بين الوفدين الروسي والتركي.',
    'ar',
    'astana',
    ['20:HELD'],
  ],
  // 6. a body's first meeting
  // 7. series by host and format words
  [
    'en eighth international meeting on Syria in Astana',
    'Kazakhstan hosted the eighth international meeting on Syria in Astana on Monday.',
    'en',
    'astana',
    ['8:HELD'],
  ],
  [
    'en eighth international meeting on Syria hosted by the capital',
    'The Kazakh capital is hosting the eighth international meeting on Syria.',
    'en',
    'astana',
    ['8:HELD'],
  ],
];

// Forms not recognised yet: kept as expectations to turn on when a mechanism covers them.
const open: Row[] = [
  [
    'en will convene for the first time',
    'The Constitutional Committee will convene for the first time at the end of the month in Geneva.',
    'en',
    'constitutional-committee',
    ['1:PLANNED'],
  ],
  [
    'en work got under way for the first time',
    'Work of the Constitutional Committee officially got under way in Geneva on Wednesday for the first time.',
    'en',
    'constitutional-committee',
    ['1:HELD'],
  ],
  [
    'ar تجتمع للمرة الأولى',
    'ستجتمع اللجنة الدستورية السورية للمرة الأولى في جنيف نهاية الشهر الجاري.',
    'ar',
    'constitutional-committee',
    ['1:PLANNED'],
  ],
  [
    'ar الاجتماع الدولي الثامن حول سوريا',
    'استضافت العاصمة الكازاخية الاجتماع الدولي الثامن حول سوريا أمس.',
    'ar',
    'astana',
    ['8:HELD'],
  ],
];

describe('round expressions', () => {
  it.each(rows)('%s', (_n, text, lang, series, want) => {
    expect(rounds(text, lang, series)).toEqual(want);
  });
  for (const [name] of open) it.todo(name);
});

/** Counts of the meetings before this one, each with its day of publication: [name, text, lang, day, rounds]. */
const counted: [string, string, string, string, string[]][] = [
  [
    'ar definite count after the plural noun (decade word)',
    'افتتحت في العاصمة الكازاخية جولة جديدة من محادثات أستانا. ولم تحقق الجولات العشرون السابقة من المسار أي اختراق.',
    'ar',
    '2024-01-24',
    ['21:HELD'],
  ],
  [
    'ar definite count after the plural noun (digits with the article apart)',
    'بدأت جولة أخرى من محادثات أستانا بشأن سوريا اليوم. وكانت الجولات الـ 18 السابقة قد انتهت دون نتائج تذكر.',
    'ar',
    '2022-11-22',
    ['19:HELD'],
  ],
  [
    'ar the last N rounds count back: no round',
    'بدأت جولة أخرى من محادثات أستانا بشأن سوريا اليوم. ولم تحقق الجولات الثلاث الأخيرة أي تقدم.',
    'ar',
    '2024-01-24',
    [],
  ],
  [
    'en twenty previous rounds',
    'Another round of the Astana talks on Syria began on Wednesday. The twenty previous rounds produced little.',
    'en',
    '2024-01-24',
    ['21:HELD'],
  ],
  [
    'en the previous 18 rounds',
    'A fresh round of the Astana talks opened in the Kazakh capital. The previous 18 rounds ended without a deal.',
    'en',
    '2022-11-22',
    ['19:HELD'],
  ],
];

describe('counts of the meetings before this one', () => {
  it.each(counted)('%s', (_n, text, lang, pub, want) => {
    expect(rounds(text, lang, 'astana', pub)).toEqual(want);
  });
});
