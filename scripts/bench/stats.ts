// Summaries over repeats: min / median / max, and the formatting the report uses.
export interface Spread {
  min: number;
  median: number;
  max: number;
  n: number;
}

export function spread(values: readonly number[]): Spread {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median =
    sorted.length === 0
      ? Number.NaN
      : sorted.length % 2 === 1
        ? (sorted[mid] ?? Number.NaN)
        : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return { min: sorted[0] ?? Number.NaN, median, max: sorted.at(-1) ?? Number.NaN, n: sorted.length };
}

export function fmt(v: number, digits = 1): string {
  if (!Number.isFinite(v)) return '–';
  return v >= 100 ? Math.round(v).toLocaleString('en') : v.toFixed(digits);
}

/** "median (min–max)" or just the value when there was one run. */
export function fmtSpread(s: Spread, digits = 1): string {
  if (s.n <= 1) return fmt(s.median, digits);
  return `${fmt(s.median, digits)} (${fmt(s.min, digits)}–${fmt(s.max, digits)})`;
}
