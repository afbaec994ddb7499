// Coverage of the fallback for languages with no lexicon at the level of articles (round 13's method): invented
// articles composed from each language's parts (unseen-parts.ts) in several structures — the round in the headline
// only or in the last sentence, a current and an earlier round, a head named with his state or with the series, a
// quote running over two sentences, another track and the host's official, an earlier round alone — each with its
// expected guarantors, heads and speakers. Languages we have no lexicon for, and Arabic, French and Turkish with
// theirs withheld. Floors per language and measure at what was measured; COVERAGE_DETAIL=1 prints every miss.
import { afterAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/domain.js';
import type { Knowledge } from '../../src/pipeline/knowledge.js';
import { extractFacts } from '../../src/pipeline/facts.js';
import { seedKnowledge } from '../fixtures/knowledge.js';
import { withheldKnowledge } from '../fixtures/withheld.js';
import type { Structure, UnseenParts } from './unseen-parts.js';
import { STRUCTURES, UNSEEN_PARTS } from './unseen-parts.js';

const DAY = '2023-06-21';
const ROUND = 20;
const IDS = { R: 'alexander-lavrentiev', I: 'ali-asghar-khaji', T: 'burak-akcapar', K: 'kanat-tumysh' } as const;
const GUARANTORS = ['IRN', 'RUS', 'TUR'];

interface Count {
  tp: number;
  fp: number;
  fn: number;
}
type Measure = 'attendance' | 'heads' | 'statements';

function fill(p: UnseenParts, text: string): string {
  return text
    .replace(/\{N\}/g, String(ROUND))
    .replace(/\{([RITK])\}/g, (_, slot: keyof UnseenParts['names']) => p.names[slot]);
}

function compose(lang: string, p: UnseenParts, s: Structure, i: number): Article {
  const title = s.headline ? fill(p, p.parts[s.headline]) : null;
  const body = s.body.map((part) => fill(p, p.parts[part])).join(lang === 'zh' ? '' : ' ');
  const text = title ? `${title}\n\n${body}` : body;
  return {
    id: `u-${lang}-${i}`,
    url: null,
    title,
    source: null,
    publishedAt: DAY,
    language: lang,
    text,
    contentHash: `${lang}${i}`,
  };
}

/** The facts of the reported round: attending guarantors, heads as "person|actor", speakers. */
function read(a: Article, k: Knowledge): Record<Measure, string[]> {
  const facts = extractFacts(a, k).facts;
  const at = new Set(facts.meetings.filter((m) => m.round === ROUND && m.status === 'HELD').map((m) => m.id));
  const persons = new Set(facts.actors.filter((x) => x.kind === 'PERSON').map((x) => x.id));
  const here = facts.participations.filter((x) => at.has(x.meetingId));
  return {
    attendance: here.filter((x) => GUARANTORS.includes(x.actorId)).map((x) => x.actorId),
    heads: here.filter((x) => persons.has(x.actorId)).map((x) => `${x.actorId}|${x.representingId ?? '-'}`),
    statements: [...new Set(facts.statements.map((x) => x.speakerId))],
  };
}

const AFFILIATION = { R: 'RUS', I: 'IRN', T: 'TUR' } as const;

function expected(s: Structure): Record<Measure, string[]> {
  return {
    attendance: s.attend ? GUARANTORS : [],
    heads: s.heads.map((h) => `${IDS[h]}|${AFFILIATION[h]}`),
    statements: s.speakers.map((h) => IDS[h]),
  };
}

function add(c: Count, want: string[], got: string[]): boolean {
  const tp = want.filter((w) => got.includes(w)).length;
  c.tp += tp;
  c.fn += want.length - tp;
  c.fp += got.filter((g) => !want.includes(g)).length;
  return tp === want.length && got.every((g) => want.includes(g));
}

const f1 = (c: Count): number => (c.tp === 0 ? (c.fp + c.fn === 0 ? 1 : 0) : (2 * c.tp) / (2 * c.tp + c.fp + c.fn));

function scoreLanguage(lang: string, p: UnseenParts): { counts: Record<Measure, Count>; misses: string[] } {
  const k = p.withheld ? withheldKnowledge(lang) : seedKnowledge;
  const counts: Record<Measure, Count> = {
    attendance: { tp: 0, fp: 0, fn: 0 },
    heads: { tp: 0, fp: 0, fn: 0 },
    statements: { tp: 0, fp: 0, fn: 0 },
  };
  const misses: string[] = [];
  STRUCTURES.forEach((s, i) => {
    const got = read(compose(lang, p, s, i), k);
    const want = expected(s);
    const tally = byStructure.get(s.name) ?? { right: 0, of: 0 };
    byStructure.set(s.name, tally);
    for (const m of ['attendance', 'heads', 'statements'] as const) {
      const right = add(counts[m], want[m], got[m]);
      tally.of++;
      if (right) tally.right++;
      else misses.push(`${lang} ${s.name} ${m}: want [${want[m].join(', ')}] got [${got[m].join(', ')}]`);
    }
  });
  return { counts, misses };
}

/** F1 floors per language: attendance / heads / statements, a little below what was measured. */
const FLOORS: Record<string, [number, number, number]> = {
  // Measured (round 13): .909 / .800 / 1.000 — the round named only in the last sentence leaves the list and the
  // heads three sentences before it unread.
  id: [0.9, 0.79, 0.99],
  sw: [0.9, 0.79, 0.99],
  // .714 / .667 / 1.000: Turkey's inflected "Turecka" is not read (see the todo in unseen-language.test.ts), nor
  // "Ali Asghar Khaji" as the Iranian head in "íránskou {I}" (no state name in the clause).
  cs: [0.7, 0.66, 0.99],
  zh: [0.9, 0.79, 0.99],
  // .615 / 1.000 / 1.000: with the Arabic lexicon withheld its proclitic "و" is unknown: "وتركيا", "وإيران" unread.
  ar: [0.6, 0.99, 0.99],
  fr: [0.9, 0.79, 0.99],
  tr: [0.9, 0.79, 0.99],
};

/** Facts expected and found right per structure, over every language (printed: what the floors do not show). */
const byStructure = new Map<string, { right: number; of: number }>();

describe('articles in languages with no lexicon', () => {
  afterAll(() => {
    for (const [name, c] of byStructure) console.log(`structure "${name}": ${c.right}/${c.of} measures right`);
  });

  it.each(Object.entries(UNSEEN_PARTS))('%s', (lang, p) => {
    const { counts, misses } = scoreLanguage(lang, p);
    const got = [f1(counts.attendance), f1(counts.heads), f1(counts.statements)];
    console.log(`${lang}: attendance / heads / statements F1 ${got.map((x) => x.toFixed(3)).join(' / ')}`);
    if (process.env.COVERAGE_DETAIL) for (const m of misses) console.log(`  ${m}`);
    const floors = FLOORS[lang] ?? [1, 1, 1];
    got.forEach((x, i) => {
      expect(x).toBeGreaterThanOrEqual(floors[i] ?? 1);
    });
  });
});
