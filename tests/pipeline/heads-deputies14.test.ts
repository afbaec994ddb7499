// A mediator's deputy standing in at a round (round 14): the deputy who meets the sides there — meeting words after
// the person with no other person between — heads the mediator's delegation at a round that is held; a spokeswoman
// who reports it and a deputy's consultations before a planned round head nothing. Sentences invented for the test.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/pipeline/facts.js';
import type { SeriesRow } from '../../src/pipeline/knowledge.js';
import { parseKnowledge } from '../../src/pipeline/knowledge.js';
import { readSeedFiles } from '../../src/seed.js';
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
    { actor: 'UN', role: 'MEDIATOR', envoys: ['staffan-de-mistura'] },
  ],
};

const raw = readSeedFiles();
raw.series = [...(raw.series as SeriesRow[]), lakeside];
const knowledge = parseKnowledge(raw);

/** "person" of every head of the UN's delegation at a Lakeside round. */
function unHeads(text: string, lang: string, date: string): string[] {
  return extractFacts(article(text, lang, date), knowledge)
    .facts.participations.filter((p) => p.meetingId.startsWith('lakeside') && p.representingId === 'UN')
    .map((p) => p.actorId)
    .sort();
}

describe("a mediator's deputy who meets the sides at a held round", () => {
  it.each([
    [
      'en',
      'The third round of the Lakeside talks opened on Monday, and Ramzy Ezzeldin Ramzy, the envoy’s deputy, held bilateral contacts with the two delegations.',
    ],
    [
      'en',
      'At the third round of the Lakeside talks, which opened on Monday, Khawla Matar conferred with the government team.',
    ],
    [
      'ar',
      'انطلقت الجولة الثالثة من محادثات البحيرة يوم الاثنين، وبدأ نائب المبعوث رمزي عز الدين رمزي لقاءات ثنائية مع الوفدين.',
    ],
    ['ar', 'وفي الجولة الثالثة من محادثات البحيرة التي انطلقت الاثنين أجرت خولة مطر مشاورات مع وفد الحكومة.'],
  ])('heads the delegation (%s): %s', (lang, text) => {
    const found = unHeads(text, lang, '2017-03-01');
    expect(found.length).toBe(1);
    expect(['ramzy-ezzeldin-ramzy', 'khawla-matar']).toContain(found[0]);
  });

  it.each([
    [
      'en',
      'At the third round of the Lakeside talks, which opened on Monday, Alessandra Vellucci told reporters that the sides held contacts with each other.',
    ],
    [
      'ar',
      'وفي الجولة الثالثة من محادثات البحيرة التي انطلقت الاثنين قالت أليساندرا فيلوتشي إن الوفدين أجريا لقاءات مع الخبراء.',
    ],
  ])('a spokeswoman reporting meetings heads nothing (%s)', (lang, text) => {
    expect(unHeads(text, lang, '2017-03-01')).toEqual([]);
  });

  it.each([
    [
      'en',
      'Khawla Matar has held consultations with both delegations ahead of the fourth round of the Lakeside talks, which will open next month.',
    ],
    ['ar', 'أجرت خولة مطر مشاورات مع الوفدين تمهيداً للجولة الرابعة من محادثات البحيرة الشهر المقبل.'],
  ])("a deputy's consultations before a planned round head nothing (%s)", (lang, text) => {
    expect(unHeads(text, lang, '2017-03-01')).toEqual([]);
  });
});

/** "person|actor" of every head at the Constitutional Committee's eighth session. */
function sessionHeads(text: string, lang: string, date: string): string[] {
  const facts = extractFacts(article(text, lang, date), knowledge).facts;
  const round = new Map(facts.meetings.map((m) => [m.id, m.round]));
  return facts.participations
    .filter((p) => p.role === 'PARTICIPANT' && p.representingId && round.get(p.meetingId) === 8)
    .map((p) => `${p.actorId}|${p.representingId ?? '-'}`)
    .sort();
}

describe('a gathering of another body on an earlier day is not a session still ahead', () => {
  it.each([
    [
      'en',
      'The eighth session of the Syrian Constitutional Committee opens in Geneva on Monday. In Istanbul, the political body of the opposition coalition met yesterday, and Hadi al-Bahra, the committee’s co-chair, took part in it.',
    ],
    [
      'ar',
      'تنطلق الدورة الثامنة للجنة الدستورية السورية في جنيف يوم الاثنين. وفي إسطنبول اجتمعت أمس الهيئة السياسية للائتلاف المعارض، وشارك في الاجتماع هادي البحرة الرئيس المشترك للجنة الدستورية.',
    ],
  ])('its members head nothing at the session (%s)', (lang, text) => {
    expect(sessionHeads(text, lang, '2022-05-28')).toEqual([]);
  });

  it.each([
    [
      'en',
      'The eighth session of the Syrian Constitutional Committee opens in Geneva on Monday, and Hadi al-Bahra, the committee’s co-chair, will take part in it.',
    ],
    [
      'ar',
      'تنطلق الدورة الثامنة للجنة الدستورية السورية في جنيف يوم الاثنين، ويشارك فيها هادي البحرة الرئيس المشترك للجنة الدستورية.',
    ],
  ])('a co-chair said to take part in the session heads it (%s)', (lang, text) => {
    expect(sessionHeads(text, lang, '2022-05-28')).toEqual(['hadi-albahra|SYR-OPP']);
  });
});
