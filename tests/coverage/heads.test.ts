// Coverage of delegation heads per language (round 12's method): sentences composed from each language's parts
// (head verbs and nouns, cases, apposition before and after the name, titles of several words, coordinated heads,
// unknown persons, the UN envoy) with their expected (person, actor) pairs, and negative rows (a head of a department,
// a head of state, a title without a delegation). Recall and precision per language are held at floors; set
// COVERAGE_DETAIL=1 to print every row's result.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/pipeline/facts.js';
import { seedKnowledge } from '../fixtures/knowledge.js';
import { article } from '../pipeline/article.js';
import { KNOWN, PARTS } from './heads-parts.js';
import type { LanguageParts, Slot } from './heads-parts.js';

const KNOWN_IDS = new Set(Object.values(KNOWN).map((k) => k.id));

/** The sentence with every slot filled by the language's form of that person ("{R.ins}": the instrumental). */
function fill(parts: LanguageParts, text: string): string {
  return text.replace(/\{([RITSPUX])(?:\.(\w+))?\}/g, (_, slot: Slot, form?: string) => {
    const forms = parts.names[slot] as Record<string, string | undefined>;
    return forms[form ?? 'nom'] ?? forms.nom ?? '';
  });
}

/** "person|actor" of every delegation head the text gives for the twentieth round. */
function heads(text: string, lang: string): string[] {
  const facts = extractFacts(article(text, lang, '2026-03-02'), seedKnowledge).facts;
  const round = new Map(facts.meetings.map((m) => [m.id, m.round]));
  return facts.participations
    .filter((p) => p.role === 'PARTICIPANT' && p.representingId && round.get(p.meetingId) === 20)
    .map((p) => `${p.actorId}|${p.representingId ?? '-'}`);
}

/** Whether a found pair is the expected one: a known slot by id, "U>IRN" any person the gazetteer does not know. */
function matches(expected: string, got: string): boolean {
  const [person = '', actor = ''] = got.split('|');
  if (expected.startsWith('U>')) return !KNOWN_IDS.has(person) && actor === expected.slice(2);
  const k = KNOWN[expected as Slot];
  return !!k && person === k.id && actor === k.actor;
}

interface Score {
  tp: number;
  fn: number;
  fp: number;
  missed: string[];
}

function score(lang: string, parts: LanguageParts): Score {
  const s: Score = { tp: 0, fn: 0, fp: 0, missed: [] };
  for (const [cls, row, expected] of parts.rows) {
    const got = heads(`${parts.intro} ${fill(parts, row)}`, lang);
    const hit = expected.filter((e) => got.some((g) => matches(e, g)));
    const spurious = got.filter((g) => !expected.some((e) => matches(e, g)));
    s.tp += hit.length;
    s.fn += expected.length - hit.length;
    s.fp += spurious.length;
    if (hit.length < expected.length || spurious.length) s.missed.push(`${cls}: ${row} -> [${got.join(', ')}]`);
  }
  return s;
}

/**
 * Floors per language: recall and precision as measured at the end of round 12 (rounded down); ar, ru and de raised
 * in round 13 (former heads, respective order, long appositions, titled objects of a meeting verb); ar and ru raised in
 * round 14 (bracketed names, the envoy consulting or joining the sides, known opposition heads).
 */
const FLOORS: Record<string, [number, number]> = {
  en: [0.97, 1.0],
  ar: [0.97, 1.0],
  ru: [0.97, 0.96],
  uk: [1.0, 1.0],
  tr: [1.0, 1.0],
  fa: [0.93, 1.0],
  fr: [0.96, 1.0],
  de: [0.95, 1.0],
  es: [1.0, 1.0],
  it: [1.0, 1.0],
  pt: [1.0, 1.0],
  kk: [1.0, 1.0],
  he: [1.0, 1.0],
};

describe('delegation-head coverage per language', () => {
  const lines: string[] = [];
  it.each(Object.entries(PARTS))('%s', (lang, parts) => {
    const s = score(lang, parts);
    const recall = s.tp / Math.max(1, s.tp + s.fn);
    const precision = s.tp / Math.max(1, s.tp + s.fp);
    lines.push(`${lang}\t${parts.rows.length}\t${s.tp}/${s.tp + s.fn}\t${recall.toFixed(2)}\t${precision.toFixed(2)}`);
    if (process.env.COVERAGE_DETAIL) console.log(`${lang}\n  ${s.missed.join('\n  ')}`);
    const [r, p] = FLOORS[lang] ?? [1, 1];
    expect(recall).toBeGreaterThanOrEqual(r);
    expect(precision).toBeGreaterThanOrEqual(p);
  });
  it('prints the matrix', () => {
    if (process.env.COVERAGE_DETAIL) console.log(`lang\trows\thits\trecall\tprecision\n${lines.join('\n')}`);
    expect(lines.length).toBe(Object.keys(PARTS).length);
  });
});
