import { canonicalRegionCode, isWithinScope, LEVEL_CODE_LENGTH, type RegionLevel } from '../../../common/regions/codes.ts';
import { addDays, chinaDate, daysBetween } from '../../../common/time.ts';
import type { Queryable } from '../../db/database.ts';
import type { Actor } from '../../core/actor.ts';
import { AppError } from '../../core/errors.ts';
import { findRegion, listChildren, type RegionRecord } from './store.ts';

/** Longest period a trend or ranking panel covers in one request. */
const MAX_PERIOD_DAYS = 366;

export interface PanelRegion {
  region: { code: string; name: string; level: number };
  /** The same region with its centroid and bounding box. */
  record: RegionRecord;
  /** Regions one level down, in code order (none under a grid). */
  children: RegionRecord[];
  /** Length of a child's code: counters are grouped by this prefix of their grid code. */
  childLength: number | null;
}

/** The region a caller reads about or acts on: their own unless they pick one inside it; above it is 403. */
export async function askedRegion(db: Queryable, actor: Actor, asked: string | undefined): Promise<RegionRecord> {
  const code = asked ? canonicalRegionCode(asked) : actor.scope;
  if (!isWithinScope(code, actor.scope)) throw new AppError('OUT_OF_SCOPE', `region ${code} is outside your jurisdiction`);
  const region = await findRegion(db, code);
  if (!region) throw new AppError('REGION_NOT_FOUND', `no region ${code}`);
  return region;
}

/** The region a panel is for, with its children. */
export async function panelRegion(db: Queryable, actor: Actor, asked: string | undefined): Promise<PanelRegion> {
  const region = await askedRegion(db, actor, asked);
  const code = region.code;
  const childLevel = region.level + 1;
  const children = childLevel <= 5 ? await listChildren(db, code) : [];
  return {
    region: { code: region.code, name: region.name, level: region.level },
    record: region,
    children,
    childLength: childLevel <= 5 ? LEVEL_CODE_LENGTH[childLevel as RegionLevel] : null,
  };
}

/** The day a panel is for: today (China time) unless asked, and never after today. */
export function panelDay(asked: string | undefined, now: Date): string {
  const today = chinaDate(now);
  if (!asked) return today;
  if (asked > today) throw new AppError('VALIDATION_FAILED', 'the day is in the future', { day: 'FUTURE_DATE' });
  return asked;
}

/** A checked period: from ≤ to, at most MAX_PERIOD_DAYS long. */
export function panelPeriod(from: string, to: string): { from: string; to: string; days: number } {
  const span = daysBetween(from, to);
  if (span < 0) throw new AppError('VALIDATION_FAILED', 'from is after to', { from: 'DATE_ORDER' });
  if (span >= MAX_PERIOD_DAYS) throw new AppError('VALIDATION_FAILED', `at most ${MAX_PERIOD_DAYS} days`, { to: 'TOO_MANY_DAYS' });
  return { from, to, days: span + 1 };
}

/** Every day from `from` to `to`, inclusive. */
export function eachDay(from: string, to: string): string[] {
  const days: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) days.push(d);
  return days;
}
