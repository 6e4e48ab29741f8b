/**
 * A share in whole percent. Rounded down: 8,128 of 8,129 grids done is 99%, not a
 * finished-looking 100%; nothing to count is 0% (an empty bar).
 */
export function percent(part: number, total: number): number {
  if (total <= 0) return 0;
  return part >= total ? 100 : Math.floor((part * 100) / total);
}

/** A rate to print: nothing to count has none (—), rather than a 0% that reads as a failure. */
export const rateOf = (part: number, total: number): number | null => (total > 0 ? percent(part, total) : null);

export const rateText = (rate: number | null): string => (rate === null ? '—' : `${rate}%`);
