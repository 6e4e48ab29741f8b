/** A span of time in whole minutes, hours and days, the coarsest two parts that matter. */
export interface Span {
  days: number;
  hours: number;
  minutes: number;
}

const MINUTE_MS = 60_000;

export function spanOf(ms: number): Span {
  const total = Math.max(0, Math.floor(Math.abs(ms) / MINUTE_MS));
  return { days: Math.floor(total / 1440), hours: Math.floor((total % 1440) / 60), minutes: total % 60 };
}

/**
 * Where a step stands against its deadline: time left, or how late it is. A minute before the
 * deadline reads as 1 minute left, never 0.
 */
export function deadlineState(dueAt: string, now: number): { late: boolean; span: Span } {
  const left = new Date(dueAt).getTime() - now;
  return { late: left < 0, span: spanOf(left < 0 ? left : Math.max(left, MINUTE_MS)) };
}
