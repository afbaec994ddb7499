// Per-language parts of the Geneva meeting generator (geneva-meetings.ts). Every sentence here is invented.
import type { MeetingParts } from './geneva-meetings.js';

const en: MeetingParts = {
  gov: ['the government delegation', "the Syrian government's delegation"],
  opp: ['the opposition delegation', 'the High Negotiations Committee'],
  ordinal: { 1: 'first', 4: 'fourth', 5: 'fifth', 6: 'sixth', 7: 'seventh' },
  day: {
    '2014-01-22': 'January 22',
    '2016-01-29': 'January 29',
    '2017-03-03': 'March 3',
    '2017-03-31': 'March 31',
    '2016-02-25': '25 February',
    '2017-05-19': 'May 19',
  },
  dated: [
    'An open session in Montreux on {date} launched the {ord} round of the Geneva talks, with {G} and {O} taking part.',
    'The {ord} round of the Geneva talks opened on {date}, and {G} and {O} both attended it.',
    'On {date}, {G} and {O} took their seats for the {ord} round of the intra-Syrian talks.',
  ],
  fresh: [
    'A fresh session of the Geneva 2 talks opened on Monday, with {G} and {O} at the table.',
    'A new round of the Geneva II conference began today; {G} and {O} came back to the city for it.',
  ],
  bound: [
    'The UN envoy halted Geneva 3 until {date}, a day after he had met {G} and {O}.',
    'The UN envoy paused Geneva 3, which {G} and {O} had attended since Friday, until {date}.',
  ],
  plannedLead: [
    'The UN envoy said in Geneva on Saturday that the {ord} round of the Syrian peace talks would open on 10 July.',
    'The talks between the Syrians that the United Nations sponsors in Geneva will hold their {ord} round from 10 July.',
  ],
  agenda: [
    'The {ord} round had ended on {date} with {G} and {O} present, and experts on constitutional matters will meet in parallel.',
    'When the {ord} round closed on {date}, {G} and {O} had not taken up the constitutional questions on its agenda.',
  ],
  period: [
    "{G} and {O} spent the round's second week in separate rooms at the eighth round of the Geneva talks.",
    "In the eighth round of the Geneva talks, {G} and {O} took part in the round's third day of meetings.",
  ],
  nextToNamed: [
    'The fifth round of the peace talks the UN sponsors opens today, with {G} and {O} taking part. Its agenda was agreed when Geneva 4 closed.',
    'Geneva 4 ended with four baskets on the table. Today {G} and {O} arrive for the fifth round of the UN-sponsored talks.',
  ],
};

const ar: MeetingParts = {
  gov: ['وفد الحكومة السورية', 'الوفد الحكومي'],
  opp: ['وفد المعارضة', 'الهيئة العليا للمفاوضات'],
  ordinal: { 1: 'الأولى', 4: 'الرابعة', 5: 'الخامسة', 6: 'السادسة', 7: 'السابعة' },
  day: {
    '2014-01-22': '22 كانون الثاني',
    '2016-01-29': '29 كانون الثاني',
    '2017-03-03': '3 آذار',
    '2017-03-31': '31 آذار',
    '2016-02-25': '25 شباط',
    '2017-05-19': '19 أيار',
  },
  dated: [
    'افتتحت جلسة علنية في مونترو يوم {date} الجولة {ord} من محادثات جنيف، بمشاركة {G} و{O}.',
    'انطلقت الجولة {ord} من مفاوضات جنيف في {date} وحضرها {G} و{O}.',
    'في {date} جلس {G} و{O} إلى طاولة الجولة {ord} من المفاوضات السورية السورية.',
  ],
  fresh: [
    'انطلقت اليوم جولة جديدة من مؤتمر جنيف 2 بحضور {G} و{O}.',
    'بدأت جلسة جديدة من مفاوضات جنيف 2 صباح الاثنين، وشارك فيها {G} و{O}.',
  ],
  bound: [
    'أوقف المبعوث الأممي مفاوضات جنيف 3 حتى {date}، بعد يوم من لقائه {G} و{O}.',
    'علق المبعوث الأممي مفاوضات جنيف 3، التي شارك فيها {G} و{O} منذ الجمعة، حتى {date}.',
  ],
  plannedLead: [
    'قال المبعوث الأممي في جنيف السبت إن محادثات السلام التي ترعاها الأمم المتحدة ستعقد جولتها {ord} في 10 تموز.',
    'أعلنت الأمم المتحدة في جنيف أن الجولة {ord} من المحادثات بين السوريين ستبدأ في 10 تموز.',
  ],
  agenda: [
    'وكانت الجولة {ord} قد انتهت في {date} بحضور {G} و{O}، على أن يجتمع خبراء المسائل الدستورية بالتوازي.',
    'وكان {G} و{O} قد شاركا في الجولة {ord} التي اختتمت في {date}، من غير أن تتناول القضايا الدستورية المدرجة على جدولها.',
  ],
  period: [
    'أمضى {G} و{O} الأسبوع الثاني من الجولة في قاعتين منفصلتين خلال الجولة الثامنة من محادثات جنيف.',
    'شارك {G} و{O} في اليوم الثالث من اجتماعات الجولة الثامنة من محادثات جنيف.',
  ],
  nextToNamed: [
    'تبدأ اليوم الجولة الخامسة من محادثات السلام التي ترعاها الأمم المتحدة، ويشارك فيها {G} و{O}. وكان جدول أعمالها قد أُقر في ختام جنيف 4.',
    'انتهت محادثات جنيف 4 بأربع سلال على الطاولة. ويصل {G} و{O} اليوم للمشاركة في الجولة الخامسة من المحادثات التي ترعاها الأمم المتحدة.',
  ],
};

export const PARTS: Record<string, MeetingParts> = { en, ar };
