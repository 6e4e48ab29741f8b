import { addDays, chinaDate, chinaDayStart } from '../../common/time.ts';
import type { Random } from '../geography/prng.ts';
import { normal } from './random.ts';

const HOUR_MS = 3_600_000;

/**
 * The history's days: the last `days` China calendar days, today included. Today is only
 * partly over, so its volumes shrink with the share of the day elapsed and no instant is
 * ever later than `now`.
 */
export class HistoryCalendar {
  readonly today: string;
  readonly days: string[];

  constructor(readonly now: Date, dayCount: number) {
    this.today = chinaDate(now);
    this.days = Array.from({ length: dayCount }, (_, i) => addDays(this.today, i - dayCount + 1));
  }

  /** Share of day i that has happened: 1 for past days, the elapsed fraction for today. */
  elapsed(i: number): number {
    const start = chinaDayStart(this.days[i]!).getTime();
    return Math.min(1, Math.max(0, (this.now.getTime() - start) / (24 * HOUR_MS)));
  }

  /** Day weights shaped by `curve` (0 = first day, 1 = today), today's cut to what has elapsed. */
  weights(curve: (x: number) => number): number[] {
    const last = Math.max(this.days.length - 1, 1);
    return this.days.map((_, i) => curve(i / last) * this.elapsed(i));
  }

  /** 0 = Sunday … 6 = Saturday, of day i (China time). */
  weekday(i: number): number {
    return new Date(`${this.days[i]!}T12:00:00+08:00`).getUTCDay();
  }

  /**
   * Day weights as a real city's: the outbreak's `curve`, less on Saturdays and Sundays
   * (`weekend`, the weekday's share), and a seeded day-to-day wobble of ±`wobble`.
   */
  dailyWeights(curve: (x: number) => number, rhythm: { weekend: number; wobble: number }, random: Random): number[] {
    return this.weights(curve).map((w, i) => {
      const day = this.weekday(i);
      return w * (day === 0 || day === 6 ? rhythm.weekend : 1) * (1 + rhythm.wobble * (2 * random() - 1));
    });
  }

  /**
   * An instant on day i at a time of day drawn by `hours`, redrawn while it is in the future;
   * when the day has barely begun, any moment of it so far.
   */
  instant(i: number, random: Random, hours: (random: Random) => number): Date {
    const start = chinaDayStart(this.days[i]!).getTime();
    const limit = this.now.getTime();
    for (let attempt = 0; attempt < 12; attempt++) {
      const at = start + Math.round(Math.min(Math.max(hours(random), 0), 23.999) * 3600) * 1000;
      if (at < limit) return new Date(at);
    }
    return new Date(start + Math.floor(random() * Math.max(limit - start, 1000) / 1000) * 1000);
  }

  /** Day index of a 'YYYY-MM-DD' inside the history, or -1. */
  indexOf(day: string): number {
    return this.days.indexOf(day);
  }
}

/** Office hours with a lunch dip: field reports, visits, registrations. */
export function workHours(random: Random): number {
  return random() < 0.55 ? normal(random, 10, 1.4) : normal(random, 15.5, 1.6);
}

/** Residents pass the gates on the way to work and on the way home, and less in between. */
export function gateHours(random: Random): number {
  const r = random();
  if (r < 0.4) return normal(random, 7.6, 0.8);
  if (r < 0.8) return normal(random, 18.2, 1.0);
  return 6 + random() * 16;
}
