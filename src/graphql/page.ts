// Cursor paging over lists the store already ordered: `after` is the id of the last item seen, `first` a count.
// Pure. A cursor that is not in the list is the caller's mistake (BAD_USER_INPUT), not an empty page.
import { AppError } from '../errors.js';

export interface PageWindow {
  first?: number | null;
  after?: string | null;
}

export function page<T extends { id: string }>(items: readonly T[], window: PageWindow): T[] {
  const { first, after } = window;
  if (first !== undefined && first !== null && first < 0) {
    throw new AppError('BAD_USER_INPUT', `"first" must be zero or more, got ${first}`);
  }
  let start = 0;
  if (after !== undefined && after !== null) {
    const at = items.findIndex((item) => item.id === after);
    if (at < 0) throw new AppError('BAD_USER_INPUT', `"after": no item with id "${after}" in this list`);
    start = at + 1;
  }
  const end = first === undefined || first === null ? items.length : start + first;
  return items.slice(start, end);
}

/** For non-null relations: a dangling id is a broken graph, reported without leaking store details. */
export function required<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new AppError('INTERNAL', `dangling reference: ${what}`);
  return value;
}

export function present<T>(values: readonly (T | null | Error)[]): T[] {
  const out: T[] = [];
  for (const v of values) {
    if (v instanceof Error) throw v;
    if (v !== null) out.push(v);
  }
  return out;
}

/**
 * The per-key limit to ask the store for so that `page(list, window)` still gives the same page: `first` alone is
 * cut in the store; a cursor needs the list up to it, so the store returns the whole list.
 */
export function storeLimit(window: PageWindow): number | null {
  const { first, after } = window;
  if (after !== undefined && after !== null) return null;
  if (first === undefined || first === null || first < 0) return null;
  return first;
}

/** `first` of an evidence list (no cursor: spans have no id), checked like any page size. */
export function evidenceLimit(args: { first?: number | null }): number | null {
  if (args.first !== undefined && args.first !== null && args.first < 0) {
    throw new AppError('BAD_USER_INPUT', `"first" must be zero or more, got ${args.first}`);
  }
  return args.first ?? null;
}
