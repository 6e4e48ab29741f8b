import { viewedRegion } from '../../../lib/viewed-region.ts';
import { addDays, daysBetween, isIsoDate } from '../../../../common/time.ts';
import { MAX_DAYS } from '../vital-signs/queries.ts';

/** What the overview shows: a region inside the user's and a period of China days ending on `to`. */
export interface OverviewView {
  region: string;
  from: string;
  to: string;
}

/** The trends' default period: the last 30 days. */
const DEFAULT_DAYS = 30;

/**
 * The longest period: the vital-signs panel reads /api/declarations/daily, which answers at
 * most MAX_DAYS days (the dashboard's own endpoints allow more).
 */
export const MAX_PERIOD_DAYS = MAX_DAYS;

export function defaultPeriod(today: string): { from: string; to: string } {
  return { from: addDays(today, 1 - DEFAULT_DAYS), to: today };
}

/**
 * The view an address asks for (`?region=&from=&to=`), kept to what the user may see: a region
 * outside their scope falls back to their own, a bad or future period to the default one.
 */
export function readView(params: URLSearchParams, scope: string, today: string): OverviewView {
  const region = viewedRegion(params.get('region'), scope);
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const valid = isIsoDate(from) && isIsoDate(to) && from <= to && to <= today && daysBetween(from, to) < MAX_PERIOD_DAYS;
  return { region, ...(valid ? { from, to } : defaultPeriod(today)) };
}

/** The address of a view: only what differs from the default, so a plain link follows today. */
export function writeView(view: OverviewView, scope: string, today: string): URLSearchParams {
  const params = new URLSearchParams();
  if (view.region !== scope) params.set('region', view.region);
  const period = defaultPeriod(today);
  if (view.from !== period.from || view.to !== period.to) {
    params.set('from', view.from);
    params.set('to', view.to);
  }
  return params;
}
