import { addDays, chinaDate, chinaDayStart } from '../../../common/time.ts';

/** Seconds of [start, end) falling on each China calendar day: a night shift counts on both days. */
export function secondsPerDay(start: Date, end: Date): { day: string; seconds: number }[] {
  const parts: { day: string; seconds: number }[] = [];
  let cursor = start.getTime();
  const stop = end.getTime();
  while (cursor < stop) {
    const day = chinaDate(new Date(cursor));
    const nextDay = chinaDayStart(addDays(day, 1)).getTime();
    const until = Math.min(nextDay, stop);
    parts.push({ day, seconds: Math.round((until - cursor) / 1000) });
    cursor = until;
  }
  return parts;
}

/** Today's share of a shift still open: counted live, since the counters only learn it at check-out. */
export function openShiftSecondsToday(startedAt: Date, now: Date): number {
  const today = chinaDate(now);
  return secondsPerDay(startedAt, now).find((d) => d.day === today)?.seconds ?? 0;
}
