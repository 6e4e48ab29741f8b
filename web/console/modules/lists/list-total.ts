import { formatCount } from '../../../lib/format.ts';

/** A list's total as the pager says it: grouped digits, and "10,000+" where the server stopped counting. */
export function totalText(total: number, isLowerBound: boolean, language: string): string {
  const count = formatCount(total, language);
  return isLowerBound ? `${count}+` : count;
}

/** How many pages there are, when the total is exact. */
export function pageCount(total: number, isLowerBound: boolean, size: number): number | undefined {
  return isLowerBound ? undefined : Math.max(1, Math.ceil(total / size));
}
