import type { EventCategory } from '../field/vocabulary.ts';
import type { AreaKind, EventPriority } from './vocabulary.ts';
import type { EventStep } from './workflow.ts';

/**
 * How long each step may take. A rule names a step and optionally a category, a priority and
 * an area; `null` matches any. The most specific matching rule wins: a category outweighs a
 * priority, which outweighs an area. Minutes are wall-clock minutes, or working minutes when
 * `workingHours` says so (the office calendar below).
 */
export interface TimeLimitRule {
  step: EventStep;
  category: EventCategory | null;
  priority: EventPriority | null;
  area: AreaKind | null;
  minutes: number;
  workingHours: boolean;
}

export interface StepContext {
  step: EventStep;
  category: string;
  priority: string;
  area: AreaKind;
}

export const TIME_LIMIT_BOUNDS = { minMinutes: 1, maxMinutes: 30 * 24 * 60, maxRules: 200 } as const;

function specificity(rule: TimeLimitRule): number {
  return (rule.category ? 4 : 0) + (rule.priority ? 2 : 0) + (rule.area ? 1 : 0);
}

export function pickRule(rules: readonly TimeLimitRule[], at: StepContext): TimeLimitRule | null {
  let best: TimeLimitRule | null = null;
  for (const rule of rules) {
    if (rule.step !== at.step) continue;
    if (rule.category !== null && rule.category !== at.category) continue;
    if (rule.priority !== null && rule.priority !== at.priority) continue;
    if (rule.area !== null && rule.area !== at.area) continue;
    if (!best || specificity(rule) > specificity(best)) best = rule;
  }
  return best;
}

/**
 * Office hours in China time (UTC+8, no daylight saving): Monday to Friday, 08:30–12:00 and
 * 13:30–17:30. Public holidays are not known to the platform; a city that needs them counts
 * such rules in wall-clock minutes.
 */
export const WORKING_WINDOWS: readonly (readonly [number, number])[] = [[8 * 60 + 30, 12 * 60], [13 * 60 + 30, 17 * 60 + 30]];
const CHINA_OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

function isWorkday(chinaDayIndex: number): boolean {
  // 1970-01-01 was a Thursday: index 0 → Thursday.
  const weekday = (chinaDayIndex + 4) % 7;
  return weekday !== 0 && weekday !== 6;
}

/** The instant `minutes` working minutes after `start`. */
export function addWorkingMinutes(start: Date, minutes: number): Date {
  let left = minutes * MINUTE_MS;
  const local = start.getTime() + CHINA_OFFSET_MS;
  let day = Math.floor(local / DAY_MS);
  let cursor = local - day * DAY_MS;
  for (;;) {
    if (isWorkday(day)) {
      for (const [open, close] of WORKING_WINDOWS) {
        const from = Math.max(cursor, open * MINUTE_MS);
        const to = close * MINUTE_MS;
        if (from >= to) continue;
        if (left <= to - from) return new Date(day * DAY_MS + from + left - CHINA_OFFSET_MS);
        left -= to - from;
      }
    }
    day += 1;
    cursor = 0;
  }
}

export function stepDeadline(start: Date, rule: Pick<TimeLimitRule, 'minutes' | 'workingHours'>): Date {
  return rule.workingHours ? addWorkingMinutes(start, rule.minutes) : new Date(start.getTime() + rule.minutes * MINUTE_MS);
}
