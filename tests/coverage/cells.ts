// What the article- and sentence-level coverage generators share: an invented article from a case, counting expected
// against extracted facts into cells ("language|class" …), recall and precision of a cell, and the matrix printed
// with COVERAGE_PRINT=1, and the check of a cell against its floors.
import { expect } from 'vitest';
import type { Article } from '../../src/domain.js';

export interface Cell {
  tp: number;
  fn: number;
  fp: number;
}

/** An article of a generated case: no URL or source, its own id as content hash. */
export function invented(
  id: string,
  c: { title?: string | null; publishedAt: string; lang: string; text: string },
): Article {
  return {
    id,
    url: null,
    title: c.title ?? null,
    source: null,
    publishedAt: c.publishedAt,
    language: c.lang,
    text: c.text,
    contentHash: id,
  };
}

/** Counts one case into each of its cells; returns what it missed and what it added. */
export function tally(
  cells: Map<string, Cell>,
  keys: string[],
  expected: string[],
  got: string[],
): { missed: string[]; spurious: string[] } {
  const missed = expected.filter((x) => !got.includes(x));
  const spurious = got.filter((x) => !expected.includes(x));
  for (const key of keys) {
    const cell = cells.get(key) ?? { tp: 0, fn: 0, fp: 0 };
    cell.tp += expected.length - missed.length;
    cell.fn += missed.length;
    cell.fp += spurious.length;
    cells.set(key, cell);
  }
  return { missed, spurious };
}

export const recall = (c: Cell): number => (c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1);
export const precision = (c: Cell): number => (c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1);

/** The matrix and the failures, on the console, when COVERAGE_PRINT is set. */
export function printCells(cells: Map<string, Cell>, log: string[]): void {
  if (!process.env.COVERAGE_PRINT) return;
  const rows = [...cells.entries()].sort(([a], [b]) => a.localeCompare(b));
  console.log(
    [
      'cell\trecall\tprecision\ttp/fn/fp',
      ...rows.map(
        ([k, c]) =>
          `${k}\t${recall(c).toFixed(2)}\t${precision(c).toFixed(2)}\t${String(c.tp)}/${String(c.fn)}/${String(c.fp)}`,
      ),
    ].join('\n'),
  );
  console.log(log.join('\n'));
}

/** A cell of the matrix at or above its [recall, precision] floors; a cell the generator never filled fails. */
export function expectAtFloors(cells: Map<string, Cell>, key: string, [r, p]: [number, number]): void {
  const cell = cells.get(key);
  expect(cell).toBeDefined();
  if (!cell) return;
  expect(recall(cell)).toBeGreaterThanOrEqual(r);
  expect(precision(cell)).toBeGreaterThanOrEqual(p);
}
