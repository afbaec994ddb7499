// The series' calendars (series.json "calendar") as evidence of which meeting an article reports: a numbered phrase
// that names no series goes to the series whose calendar has that number at about the article's date, and a report
// from a calendar meeting's place while it is under way is of that series though it calls it only "the talks". Shown
// with two made-up series added as rows, so no shipped series is needed; sentences invented for the test.
import { describe, expect, it } from 'vitest';
import type { Facts } from '../../src/domain.js';
import { extractFacts } from '../../src/pipeline/facts.js';
import type { Knowledge, SeriesRow } from '../../src/pipeline/knowledge.js';
import { parseKnowledge } from '../../src/pipeline/knowledge.js';
import { readSeedFiles } from '../../src/seed.js';
import { article } from './article.js';

const members: SeriesRow['members'] = [
  { actor: 'SYR', role: 'PARTY' },
  { actor: 'SYR-OPP', role: 'PARTY' },
  { actor: 'UN', role: 'MEDIATOR' },
];

const lakeside: SeriesRow = {
  id: 'lakeside-talks',
  name: 'Lakeside talks',
  names: { en: ['Lakeside talks'], ar: ['محادثات البحيرة'], fr: ['pourparlers du Lac'] },
  nouns: { en: ['round'], ar: ['جولة', 'الجولة'], fr: ['cycle'] },
  numbers: [],
  members,
  calendar: [{ round: 3, start: '2023-11-06', end: '2023-11-09', place: 'cairo', source: 'https://example.org/l3' }],
};

const hillside: SeriesRow = {
  id: 'hillside-process',
  name: 'Hillside process',
  names: { en: ['Hillside process'], ar: ['مسار التلال'], fr: ['processus des Collines'] },
  nouns: { en: ['round'], ar: ['جولة', 'الجولة'], fr: ['cycle'] },
  numbers: [],
  members,
  calendar: [{ round: 3, start: '2021-04-12', end: '2021-04-15', place: 'cairo', source: 'https://example.org/h3' }],
};

function withBoth(): Knowledge {
  const raw = readSeedFiles();
  raw.series = [...(raw.series as SeriesRow[]), lakeside, hillside];
  return parseKnowledge(raw);
}

const parties = (facts: Facts): string[] =>
  facts.participations
    .filter((p) => p.role === 'PARTY')
    .map((p) => `${p.meetingId}|${p.actorId}`)
    .sort();

describe('a numbered phrase that names no series, in an article naming two', () => {
  const knowledge = withBoth();
  const texts: [string, string][] = [
    [
      'en',
      'Diplomats compared the Lakeside talks with the Hillside process. The third round opened on Monday, with the government delegation and the opposition delegation taking part.',
    ],
    [
      'ar',
      'قارن دبلوماسيون محادثات البحيرة مع مسار التلال. وانطلقت الجولة الثالثة يوم الاثنين بمشاركة وفد الحكومة السورية ووفد المعارضة.',
    ],
    [
      'fr',
      'Les diplomates ont comparé les pourparlers du Lac au processus des Collines. Le troisième cycle s’est ouvert lundi avec la participation de la délégation du gouvernement syrien et de la délégation de l’opposition.',
    ],
  ];

  it.each(texts)('goes to the series whose calendar has it then: the second named (%s)', (lang, text) => {
    const { facts } = extractFacts(article(text, lang, '2021-04-13'), knowledge);
    expect(facts.meetings.map((m) => m.id)).toEqual(['hillside-process-3']);
    expect(parties(facts)).toEqual(['hillside-process-3|SYR', 'hillside-process-3|SYR-OPP']);
  });

  it.each(texts)('goes to the other series at the other date (%s)', (lang, text) => {
    const { facts } = extractFacts(article(text, lang, '2023-11-20'), knowledge);
    expect(facts.meetings.map((m) => m.id)).toEqual(['lakeside-talks-3']);
  });
});

describe('a report from the place of a calendar meeting while it is under way', () => {
  const knowledge = withBoth();
  const texts: [string, string][] = [
    [
      'en',
      'Cairo, November 8: The third round of the peace talks went on today, with the government delegation and the opposition delegation taking part.',
    ],
    [
      'ar',
      'القاهرة، 8 تشرين الثاني: تواصلت اليوم الجولة الثالثة من مفاوضات السلام بمشاركة وفد الحكومة السورية ووفد المعارضة.',
    ],
  ];

  it.each(texts)('is a report of that series’ meeting (%s)', (lang, text) => {
    const { facts } = extractFacts(article(text, lang, '2023-11-08'), knowledge);
    expect(parties(facts)).toEqual(['lakeside-talks-3|SYR', 'lakeside-talks-3|SYR-OPP']);
  });

  it.each(texts)('makes no meeting weeks away from it (%s)', (lang, text) => {
    const { facts } = extractFacts(article(text, lang, '2023-12-20'), knowledge);
    expect(facts.meetings.filter((m) => m.round !== null)).toEqual([]);
  });
});

describe('a series that had not reached the number when the article was written', () => {
  // A committee whose calendar starts in 2024: a 13th round reported in 2023 cannot be one of its sessions.
  const newcomer: SeriesRow = {
    id: 'newcomer-committee',
    name: 'Newcomer committee',
    names: { en: ['Newcomer committee'], ar: ['لجنة الوافدين'] },
    nouns: { en: ['round'], ar: ['جولة', 'الجولة'] },
    numbers: [],
    members,
    calendar: [{ round: 1, start: '2024-05-06', place: 'cairo', source: 'https://example.org/n1' }],
  };
  const raw = readSeedFiles();
  raw.series = [...(raw.series as SeriesRow[]), hillside, newcomer];
  const knowledge = parseKnowledge(raw);
  const texts: [string, string][] = [
    [
      'en',
      'Delegates of the Hillside process met as the Newcomer committee was being discussed. The Newcomer committee would draft a charter. The 13th round opened on Monday, with the government delegation and the opposition delegation taking part.',
    ],
    [
      'ar',
      'اجتمع مندوبو مسار التلال بينما تجري مناقشة لجنة الوافدين. وستصوغ لجنة الوافدين ميثاقا. وانطلقت الجولة الثالثة عشرة يوم الاثنين بمشاركة وفد الحكومة السورية ووفد المعارضة.',
    ],
  ];

  it.each(texts)('goes to a series that can have held it (%s)', (lang, text) => {
    const { facts } = extractFacts(article(text, lang, '2023-08-01'), knowledge);
    expect(parties(facts)).toEqual(['hillside-process-13|SYR', 'hillside-process-13|SYR-OPP']);
  });

  it.each(texts)('goes to the most named series once it can have held it (%s)', (lang, text) => {
    const { facts } = extractFacts(article(text, lang, '2030-08-01'), knowledge);
    expect(parties(facts)).toEqual(['newcomer-committee-13|SYR', 'newcomer-committee-13|SYR-OPP']);
  });
});
