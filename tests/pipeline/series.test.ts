// Series are data: a fourth series added from a fixture (a series row and lexicon words, no code) is extracted like
// the shipped ones, and a number never crosses series — a Constitutional Committee session named in an Astana
// article is that committee's, and the roles come from each series' members.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Facts } from '../../src/domain.js';
import { extractFacts } from '../../src/pipeline/facts.js';
import type { Knowledge, Lexicon, SeriesRow } from '../../src/pipeline/knowledge.js';
import { parseKnowledge } from '../../src/pipeline/knowledge.js';
import { readSeedFiles } from '../../src/seed.js';
import { seedKnowledge } from '../fixtures/knowledge.js';
import { article } from './article.js';

interface SeriesFixture {
  series: SeriesRow;
  lexicon: Record<string, Partial<Lexicon['cues']>>;
}

/** The seed knowledge plus the fixture's series row and lexicon words, validated as the shipped files are. */
function withFixture(): Knowledge {
  const fixture = JSON.parse(
    readFileSync(new URL('../fixtures/series/harbour.json', import.meta.url), 'utf8'),
  ) as SeriesFixture;
  const raw = readSeedFiles();
  raw.series = [...(raw.series as SeriesRow[]), fixture.series];
  raw.lexicons = raw.lexicons.map(({ source, data }) => {
    const lex = data as Lexicon;
    const extra = fixture.lexicon[lex.lang] ?? {};
    const cues = { ...lex.cues };
    for (const [cue, words] of Object.entries(extra) as [keyof Lexicon['cues'], string[]][])
      cues[cue] = [...(cues[cue] ?? []), ...words];
    return { source, data: { ...lex, cues } };
  });
  return parseKnowledge(raw);
}

const attendance = (facts: Facts): string[] =>
  facts.participations.filter((p) => p.role !== 'PARTICIPANT').map((p) => `${p.meetingId}|${p.actorId}|${p.role}`);

describe('a fourth series from a fixture', () => {
  const knowledge = withFixture();

  it.each([
    [
      'en',
      'The third sitting of the Harbour talks opened on Monday with the Syrian government delegation and the opposition delegation taking part.',
    ],
    ['ar', 'انطلقت الجلسة الثالثة من محادثات المرفأ يوم الاثنين بمشاركة وفد الحكومة السورية ووفد المعارضة.'],
  ])('is extracted with its own meeting ids and member roles (%s)', (lang, text) => {
    const { facts } = extractFacts(article(text, lang, '2024-03-05'), knowledge);
    expect(facts.meetings.map((m) => [m.id, m.seriesId, m.round])).toEqual([['harbour-talks-3', 'harbour-talks', 3]]);
    expect(attendance(facts)).toEqual(['harbour-talks-3|SYR-OPP|PARTY', 'harbour-talks-3|SYR|PARTY']);
    expect(facts.series.map((s) => s.id)).toEqual(['harbour-talks']);
  });

  it('is unknown to the shipped knowledge: the same text makes no meeting there', () => {
    const text = 'The third sitting of the Harbour talks opened on Monday with the opposition delegation taking part.';
    expect(extractFacts(article(text, 'en', '2024-03-05'), seedKnowledge).facts.meetings).toEqual([]);
  });
});

describe('a number never crosses series', () => {
  it.each([
    [
      'en',
      'The 19th round of the Astana talks ended on Thursday with Russia, Iran and Turkey taking part. The eighth session of the Constitutional Committee will open in Geneva next week with the government, opposition and civil society delegations.',
      ['astana-19', 'constitutional-committee-8'],
    ],
    [
      'ar',
      'اختتمت الجولة 19 من محادثات أستانا يوم الخميس بمشاركة روسيا وإيران وتركيا. وتنطلق الجولة الثامنة من اللجنة الدستورية في جنيف الأسبوع المقبل بمشاركة وفود الحكومة والمعارضة والمجتمع المدني.',
      ['astana-19', 'constitutional-committee-8'],
    ],
  ])('gives each meeting its series (%s)', (lang, text, ids) => {
    const { facts } = extractFacts(article(text, lang, '2022-11-25'), seedKnowledge);
    expect(facts.meetings.map((m) => m.id)).toEqual(ids);
    const att = attendance(facts);
    expect(att.filter((a) => a.startsWith('astana-19'))).toEqual([
      'astana-19|IRN|GUARANTOR',
      'astana-19|RUS|GUARANTOR',
      'astana-19|TUR|GUARANTOR',
    ]);
    expect(att.filter((a) => a.startsWith('constitutional-committee-8'))).toContain(
      'constitutional-committee-8|SYR-CIVIL|PARTY',
    );
  });
});

describe('a short name that is also a place', () => {
  it.each([
    ['ar', 'عقدت اللجنة الدستورية اليوم الاثنين أولى جلساتها في قصر الأمم بجنيف بحضور وفود الحكومة والمعارضة.'],
    ['fr', 'Le Comité constitutionnel a tenu lundi sa première session au Palais des Nations de Genève.'],
    ['en', 'The Constitutional Committee held its first session on Monday at the Palais des Nations of Geneva.'],
  ])('does not take the meeting of the series the article names (%s)', (lang, text) => {
    const { facts } = extractFacts(article(text, lang, '2021-03-01'), seedKnowledge);
    expect(facts.meetings.map((m) => m.id)).toEqual(['constitutional-committee-1']);
  });

  it('still numbers its own series next to a number ("Geneva 4")', () => {
    const text = 'The opposition delegation arrived for Geneva 4 on Wednesday.';
    const { facts } = extractFacts(article(text, 'en', '2017-02-22'), seedKnowledge);
    expect(facts.meetings.map((m) => m.id)).toEqual(['geneva-4']);
  });
});

describe('a number after a place', () => {
  it.each([
    'The government delegation left the Geneva talks, blaming what the opposition said at its Riyadh 2 conference.',
    'The government delegation left the Geneva talks, blaming what the opposition said at its "Riyadh-2" meeting.',
  ])('numbers that place’s meeting, not the series’ (%s)', (text) => {
    const { facts } = extractFacts(article(text, 'en', '2017-12-02'), seedKnowledge);
    expect(facts.meetings.filter((m) => m.seriesId !== null).map((m) => m.id)).toEqual([]);
  });
});

describe('a series whose numbered meetings are conferences with rounds of their own', () => {
  const texts: [string, string, string][] = [
    [
      'en',
      'On the third day of Geneva IV, the second round of proximity talks began with the government delegation meeting the envoy.',
      '2017-02-25',
    ],
    [
      'ar',
      'وفي اليوم الثالث من مؤتمر جنيف 4 بدأت الجولة الثانية من اللقاءات غير المباشرة باجتماع وفد الحكومة مع المبعوث الأممي.',
      '2017-02-25',
    ],
  ];

  it.each(texts)('keeps an unclaimed "second round" inside the conference (%s)', (lang, text, date) => {
    const { facts } = extractFacts(article(text, lang, date), seedKnowledge);
    expect(facts.meetings.filter((m) => m.seriesId !== null).map((m) => m.id)).toEqual(['geneva-4']);
  });

  it.each(texts)('is a row’s flag: without it the round would be the series’ (%s)', (lang, text, date) => {
    const raw = readSeedFiles();
    raw.series = (raw.series as SeriesRow[]).map((s) => ({ ...s, conferenceRounds: false }));
    const { facts } = extractFacts(article(text, lang, date), parseKnowledge(raw));
    expect(facts.meetings.map((m) => m.id)).toContain('geneva-2');
  });

  it('leaves a round the series’ name claims ("the fifth round of the Geneva talks") a series round', () => {
    const text =
      'Geneva IV ended on Friday; the fifth round of the Geneva talks will open later this month with both delegations.';
    const { facts } = extractFacts(article(text, 'en', '2017-03-04'), seedKnowledge);
    expect(facts.meetings.map((m) => m.id)).toEqual(['geneva-4', 'geneva-5']);
  });
});
