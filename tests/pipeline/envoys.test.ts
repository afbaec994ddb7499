// A mediator's envoys (series.json members[].envoys): the envoy acting in a sentence about a meeting heads the
// mediator's delegation by standing; another person of the mediator (a deputy, a spokeswoman) places the mediator but
// heads it only where the sentence says someone leads or opens the meeting. Sentences invented for the test.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/pipeline/facts.js';
import type { SeriesRow } from '../../src/pipeline/knowledge.js';
import { parseKnowledge } from '../../src/pipeline/knowledge.js';
import { readSeedFiles } from '../../src/seed.js';
import { article } from './article.js';

const riverside: SeriesRow = {
  id: 'riverside-talks',
  name: 'Riverside talks',
  names: { en: ['Riverside talks'], ar: ['محادثات النهر'] },
  nouns: { en: ['round'], ar: ['جولة', 'الجولة'] },
  numbers: [],
  members: [
    { actor: 'SYR', role: 'PARTY' },
    { actor: 'SYR-OPP', role: 'PARTY' },
    { actor: 'UN', role: 'MEDIATOR', envoys: ['geir-pedersen'] },
  ],
};

const raw = readSeedFiles();
raw.series = [...(raw.series as SeriesRow[]), riverside];
const knowledge = parseKnowledge(raw);

function un(text: string, lang: string): string[] {
  return extractFacts(article(text, lang, '2022-05-10'), knowledge)
    .facts.participations.filter((p) => p.meetingId.startsWith('riverside') && (p.actorId === 'UN' || p.representingId))
    .map((p) => `${p.actorId}|${p.role}`)
    .sort();
}

describe("a mediator's envoys", () => {
  it.each([
    ['en', 'Geir Pedersen told reporters that the fourth round of the Riverside talks would bring new ideas.'],
    ['ar', 'قال غير بيدرسن للصحفيين إن الجولة الرابعة من محادثات النهر ستحمل أفكاراً جديدة.'],
  ])('the listed envoy heads the mediator (%s)', (lang, text) => {
    expect(un(text, lang)).toEqual(['UN|MEDIATOR', 'geir-pedersen|PARTICIPANT']);
  });

  it.each([
    ['en', 'Khawla Matar told reporters that the fourth round of the Riverside talks would bring new ideas.'],
    ['ar', 'قالت خولة مطر للصحفيين إن الجولة الرابعة من محادثات النهر ستحمل أفكاراً جديدة.'],
  ])('a deputy places the mediator and heads nothing (%s)', (lang, text) => {
    expect(un(text, lang)).toEqual(['UN|MEDIATOR']);
  });

  it.each([
    [
      'en',
      'Khawla Matar will speak at the opening of the fourth round of the Riverside talks, the envoy being abroad.',
    ],
    ['ar', 'وسيتولى افتتاح الجولة الرابعة من محادثات النهر خولة مطر بسبب سفر المبعوث.'],
  ])('a deputy the sentence says opens or leads it heads it (%s)', (lang, text) => {
    expect(un(text, lang)).toEqual(['UN|MEDIATOR', 'khawla-matar|PARTICIPANT']);
  });

  it('rejects an envoy who is no person of actors.json', () => {
    const bad = readSeedFiles();
    const typo = { ...riverside, members: [{ actor: 'UN', role: 'MEDIATOR', envoys: ['geir-pedresen'] }] };
    bad.series = [...(bad.series as SeriesRow[]), typo];
    expect(() => parseKnowledge(bad)).toThrow(/envoys\[0\].*geir-pedresen/);
  });
});
