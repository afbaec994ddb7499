// The series' calendars are data (series.json "calendar"): a meeting a calendar knows was called off is CANCELLED in
// every report from that day on, with nobody attending it, and unchanged in reports written before. Shown with a
// made-up series added as a row, and with the shipped rows.
import { describe, expect, it } from 'vitest';
import type { Facts } from '../../src/domain.js';
import { extractFacts } from '../../src/pipeline/facts.js';
import type { Knowledge, SeriesRow } from '../../src/pipeline/knowledge.js';
import { parseKnowledge } from '../../src/pipeline/knowledge.js';
import { calendarRow } from '../../src/pipeline/resolve/calendar.js';
import { readSeedFiles } from '../../src/seed.js';
import { seedKnowledge } from '../fixtures/knowledge.js';
import { article } from './article.js';

const lakeside: SeriesRow = {
  id: 'lakeside-talks',
  name: 'Lakeside talks',
  names: { en: ['Lakeside talks'], ar: ['محادثات البحيرة'] },
  nouns: { en: ['round'], ar: ['جولة', 'الجولة'] },
  numbers: [],
  members: [
    { actor: 'SYR', role: 'PARTY' },
    { actor: 'SYR-OPP', role: 'PARTY' },
    { actor: 'UN', role: 'MEDIATOR' },
  ],
  calendar: [
    { round: 3, start: '2023-11-06', end: '2023-11-09', place: 'geneva', source: 'https://example.org/lakeside-3' },
    { round: 4, status: 'CANCELLED', cancelled: '2024-02-01', source: 'https://example.org/lakeside-4' },
  ],
};

/** The shipped knowledge plus the made-up series, validated as the shipped files are. */
function withLakeside(): Knowledge {
  const raw = readSeedFiles();
  raw.series = [...(raw.series as SeriesRow[]), lakeside];
  return parseKnowledge(raw);
}

const attendance = (facts: Facts, meetingId: string): string[] =>
  facts.participations
    .filter((p) => p.meetingId === meetingId && p.role !== 'PARTICIPANT')
    .map((p) => `${p.actorId}|${p.role}`)
    .sort();

const statusOf = (facts: Facts, meetingId: string): string | undefined =>
  facts.meetings.find((m) => m.id === meetingId)?.status;

describe('a calendar row of a called-off meeting', () => {
  const knowledge = withLakeside();
  const texts: [string, string][] = [
    [
      'en',
      'The fourth round of the Lakeside talks will open in Geneva in March with the Syrian government delegation and the opposition delegation taking part.',
    ],
    ['ar', 'وتنطلق الجولة الرابعة من محادثات البحيرة في جنيف في آذار بمشاركة وفد الحكومة السورية ووفد المعارضة.'],
  ];

  it.each(texts)('leaves a report written before the day it was called off as it is (%s)', (lang, text) => {
    const { facts } = extractFacts(article(text, lang, '2024-01-10'), knowledge);
    expect(statusOf(facts, 'lakeside-talks-4')).toBe('PLANNED');
    expect(attendance(facts, 'lakeside-talks-4')).toEqual(['SYR-OPP|PARTY', 'SYR|PARTY']);
  });

  it.each(texts)('makes a later report of it CANCELLED, with nobody attending (%s)', (lang, text) => {
    const { facts } = extractFacts(article(text, lang, '2024-03-10'), knowledge);
    expect(statusOf(facts, 'lakeside-talks-4')).toBe('CANCELLED');
    expect(attendance(facts, 'lakeside-talks-4')).toEqual([]);
  });

  it('touches no other meeting of the series', () => {
    const text =
      'The third round of the Lakeside talks ended in Geneva with the Syrian government delegation and the opposition delegation taking part.';
    const { facts } = extractFacts(article(text, 'en', '2024-03-10'), knowledge);
    expect(statusOf(facts, 'lakeside-talks-3')).toBe('HELD');
    expect(attendance(facts, 'lakeside-talks-3')).toEqual(['SYR-OPP|PARTY', 'SYR|PARTY']);
  });
});

describe('the shipped calendars', () => {
  it('give every series known meetings, each with its public source', () => {
    for (const s of seedKnowledge.series) {
      expect(s.calendar?.length ?? 0, s.id).toBeGreaterThan(2);
      for (const r of s.calendar ?? []) expect(r.source, `${s.id} ${r.round}`).toMatch(/^https?:\/\//);
    }
  });

  it.each([
    [
      'en',
      'The envoy told the Council that the ninth session of the Constitutional Committee, which the government and opposition delegations were to attend in Geneva, had been called off.',
    ],
    [
      'ar',
      'وقال المبعوث إن الدورة التاسعة للجنة الدستورية التي كان مقررا أن يشارك فيها وفدا الحكومة والمعارضة في جنيف قد ألغيت.',
    ],
  ])('know the Constitutional Committee session that never met (%s)', (lang, text) => {
    const row = ccNinth();
    expect(row?.status).toBe('CANCELLED');
    const { facts } = extractFacts(article(text, lang, '2023-05-02'), seedKnowledge);
    expect(statusOf(facts, 'constitutional-committee-9')).toBe('CANCELLED');
    expect(attendance(facts, 'constitutional-committee-9')).toEqual([]);
  });
});

/** The shipped row of the Constitutional Committee's ninth session. */
function ccNinth(): ReturnType<typeof calendarRow> {
  return calendarRow(seedKnowledge, 'constitutional-committee', 9);
}
