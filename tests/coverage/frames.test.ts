// Coverage of frame choice: recall and precision of the (round, actor) pairs of the generated articles, per language
// and class (tests/coverage/frames-cases.ts). The floors are what the mechanism reached when they were set; a change
// that lowers a cell fails. `COVERAGE_PRINT=1` prints the matrix and every missed or spurious pair.
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/domain.js';
import { extractFacts } from '../../src/pipeline/facts.js';
import { seedKnowledge } from '../fixtures/knowledge.js';
import type { FrameCase } from './frames-cases.js';
import { frameCases } from './frames-cases.js';

/** The actors the generator uses: pairs of any other actor are not counted. */
const ACTORS = new Set(['RUS', 'IRN', 'TUR', 'JOR', 'IRQ', 'LBN']);

function pairs(c: FrameCase, i: number): string[] {
  const article: Article = {
    id: `cov-${String(i)}`,
    url: null,
    title: c.title,
    source: null,
    publishedAt: c.publishedAt,
    language: c.lang,
    text: c.text,
    contentHash: `cov-${String(i)}`,
  };
  const facts = extractFacts(article, seedKnowledge).facts;
  const round = new Map(facts.meetings.map((m) => [m.id, m.round]));
  const out = facts.participations
    .filter((p) => ACTORS.has(p.actorId))
    .map((p) => `${String(round.get(p.meetingId) ?? '-')}|${p.actorId}`);
  return [...new Set(out)].sort();
}

interface Cell {
  tp: number;
  fn: number;
  fp: number;
}

function measure(): { cells: Map<string, Cell>; log: string[] } {
  const cells = new Map<string, Cell>();
  const log: string[] = [];
  frameCases().forEach((c, i) => {
    const got = pairs(c, i);
    const missed = c.expected.filter((x) => !got.includes(x));
    const spurious = got.filter((x) => !c.expected.includes(x));
    for (const key of [`${c.lang}|${c.cls}`, `${c.lang}|all`]) {
      const cell = cells.get(key) ?? { tp: 0, fn: 0, fp: 0 };
      cell.tp += c.expected.length - missed.length;
      cell.fn += missed.length;
      cell.fp += spurious.length;
      cells.set(key, cell);
    }
    if (missed.length || spurious.length)
      log.push(`${c.lang} ${c.cls}: -[${missed.join(' ')}] +[${spurious.join(' ')}] ${c.title ?? ''} | ${c.text}`);
  });
  return { cells, log };
}

const recall = (c: Cell): number => (c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1);
const precision = (c: Cell): number => (c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1);

/** Floors per "language|class": [recall, precision]. */
const FLOORS: Record<string, [number, number]> = {};

describe('frame coverage', () => {
  const { cells, log } = measure();
  if (process.env.COVERAGE_PRINT) {
    const rows = [...cells.entries()].sort(([a], [b]) => a.localeCompare(b));
    console.log(['cell\trecall\tprecision\ttp/fn/fp', ...rows.map(([k, c]) => `${k}\t${recall(c).toFixed(2)}\t${precision(c).toFixed(2)}\t${String(c.tp)}/${String(c.fn)}/${String(c.fp)}`)].join('\n'));
    console.log(log.join('\n'));
  }
  it.each(Object.entries(FLOORS))('%s stays at its floors', (key, [r, p]) => {
    const cell = cells.get(key);
    expect(cell).toBeDefined();
    if (!cell) return;
    expect(recall(cell)).toBeGreaterThanOrEqual(r);
    expect(precision(cell)).toBeGreaterThanOrEqual(p);
  });
});
