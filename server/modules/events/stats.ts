import { sql, type RawBuilder } from 'kysely';
import type { DispatchFigures, DispatchStats, STATS_GROUPS } from '../../../common/contracts/dispatch.ts';
import { EVENT_SOURCE } from '../../../common/events/vocabulary.ts';
import { EVENT_CATEGORY } from '../../../common/field/vocabulary.ts';
import { addDays, chinaDate, chinaDayStart } from '../../../common/time.ts';
import { inScope } from '../../db/scope.ts';
import type { Actor } from '../../core/actor.ts';
import type { AppServices } from '../../core/services.ts';
import { panelPeriod, panelRegion } from '../regions/panel-region.ts';

type StatsGroup = (typeof STATS_GROUPS)[number];
/** Without a period: the last 30 days. */
const DEFAULT_DAYS = 30;

const COUNTS = [
  'reported', 'registered', 'registered_on_time', 'dispatched', 'dispatched_accurately', 'handled', 'handled_on_time', 'handled_late',
  'overdue_open', 'due_to_close', 'closed', 'closed_on_time', 'reworked', 'on_spot', 'returned', 'extended', 'suspended', 'voided', 'escalated',
] as const;
type Counts = Record<(typeof COUNTS)[number], number>;
type FigureRow = Counts & { key: string; avg_handle_minutes: number | null };

function groupKey(by: StatsGroup, childLength: number | null): RawBuilder<string> {
  switch (by) {
    case 'region': return childLength ? sql`left(e.grid_code, ${childLength})` : sql`e.grid_code`;
    case 'department': return sql`coalesce(e.assigned_department_id::text, '')`;
    case 'category': return sql`e.category`;
    case 'source': return sql`e.source`;
    case 'day': return sql`to_char(e.occurred_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD')`;
    case 'month': return sql`to_char(e.occurred_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM')`;
  }
}

const ratio = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : null);

function figures(r: Omit<FigureRow, 'key'>): DispatchFigures {
  const n = (v: number) => Number(v);
  const f = {
    reported: n(r.reported), registered: n(r.registered), registeredOnTime: n(r.registered_on_time), dispatched: n(r.dispatched),
    dispatchedAccurately: n(r.dispatched_accurately), handled: n(r.handled), handledOnTime: n(r.handled_on_time), handledLate: n(r.handled_late),
    overdueOpen: n(r.overdue_open), dueToClose: n(r.due_to_close), closed: n(r.closed), closedOnTime: n(r.closed_on_time), reworked: n(r.reworked),
    handledOnSpot: n(r.on_spot), returned: n(r.returned), extended: n(r.extended), suspended: n(r.suspended), voided: n(r.voided), escalated: n(r.escalated),
    avgHandleMinutes: r.avg_handle_minutes === null ? null : Math.round(Number(r.avg_handle_minutes) * 10) / 10,
  };
  return {
    ...f,
    rates: {
      registeredOnTime: ratio(f.registeredOnTime, f.dispatched),
      dispatchAccuracy: ratio(f.dispatchedAccurately, f.dispatched),
      handledOnTime: ratio(f.handledOnTime, f.handledOnTime + f.handledLate + f.overdueOpen),
      closed: ratio(f.closed, f.dueToClose),
      closedOnTime: ratio(f.closedOnTime, f.dueToClose),
      rework: ratio(f.reworked, f.handled),
    },
  };
}

/**
 * The loop's figures as digital city management counts them (GB/T 30428 practice), for the
 * events that occurred in the period inside the region, grouped one way. One GROUP BY over
 * the events: a city reports tens of thousands in a season, not millions.
 */
export async function dispatchStats({ database }: AppServices, actor: Actor, q: { region?: string; from?: string; to?: string; by?: StatsGroup }, now = new Date()): Promise<DispatchStats> {
  const panel = await panelRegion(database.db, actor, q.region);
  const to = q.to ?? chinaDate(now);
  const { from } = panelPeriod(q.from ?? addDays(to, -(DEFAULT_DAYS - 1)), to);
  const by = q.by ?? 'region';
  const key = groupKey(by, panel.childLength);
  const { rows } = await sql<FigureRow>`SELECT ${key} AS key,
      count(*) AS reported,
      count(*) FILTER (WHERE e.accepted_at IS NOT NULL) AS registered,
      count(*) FILTER (WHERE e.dispatch_on_time) AS registered_on_time,
      count(*) FILTER (WHERE e.dispatched_at IS NOT NULL) AS dispatched,
      count(*) FILTER (WHERE e.dispatched_at IS NOT NULL AND e.returns = 0) AS dispatched_accurately,
      count(*) FILTER (WHERE e.handled_at IS NOT NULL) AS handled,
      count(*) FILTER (WHERE e.handle_on_time) AS handled_on_time,
      count(*) FILTER (WHERE e.handle_on_time = false) AS handled_late,
      count(*) FILTER (WHERE e.status = 'dispatched' AND e.step_due_at < ${now}) AS overdue_open,
      count(*) FILTER (WHERE (e.accepted_at IS NOT NULL OR e.handled_on_spot) AND e.status NOT IN ('voided', 'rejected')) AS due_to_close,
      count(*) FILTER (WHERE e.status = 'closed') AS closed,
      count(*) FILTER (WHERE e.close_on_time) AS closed_on_time,
      count(*) FILTER (WHERE e.reworks > 0) AS reworked,
      count(*) FILTER (WHERE e.handled_on_spot) AS on_spot,
      count(*) FILTER (WHERE e.returns > 0) AS returned,
      count(*) FILTER (WHERE e.extensions > 0) AS extended,
      count(*) FILTER (WHERE e.suspensions > 0) AS suspended,
      count(*) FILTER (WHERE e.status = 'voided') AS voided,
      count(*) FILTER (WHERE e.supervision_region IS NOT NULL) AS escalated,
      avg(extract(epoch FROM e.handled_at - e.dispatched_at) / 60) FILTER (WHERE e.handled_at > e.dispatched_at) AS avg_handle_minutes
    FROM events e
    WHERE ${inScope('e.grid_code', panel.region.code)} AND e.occurred_at >= ${chinaDayStart(from)} AND e.occurred_at < ${chinaDayStart(addDays(to, 1))}
    GROUP BY 1 ORDER BY 1`.execute(database.db);
  const names = await namesOf({ database }, by, rows.map((r) => r.key), panel.children);
  return {
    region: panel.region, from, to, by, total: figures(sumRows(rows)),
    rows: rows.map((r) => ({ key: r.key, name: names.get(r.key) ?? r.key, ...figures(r) })),
  };
}

/** The whole region: counts add up; the mean handling time is weighted by the dispatched events handled. */
function sumRows(rows: FigureRow[]): Omit<FigureRow, 'key'> {
  const sum = Object.fromEntries(COUNTS.map((k) => [k, 0])) as Counts;
  let handledMinutes = 0;
  let handledWeight = 0;
  for (const r of rows) {
    for (const k of COUNTS) sum[k] += Number(r[k]);
    if (r.avg_handle_minutes !== null) {
      const weight = Number(r.handled) - Number(r.on_spot);
      handledMinutes += Number(r.avg_handle_minutes) * weight;
      handledWeight += weight;
    }
  }
  return { ...sum, avg_handle_minutes: handledWeight > 0 ? handledMinutes / handledWeight : null };
}

async function namesOf({ database }: Pick<AppServices, 'database'>, by: StatsGroup, keys: string[], children: { code: string; name: string }[]): Promise<Map<string, string>> {
  if (by === 'region') return new Map(children.map((c) => [c.code, c.name]));
  if (by === 'category') return new Map(EVENT_CATEGORY.codes.map((c) => [c, EVENT_CATEGORY.labels[c].zh]));
  if (by === 'source') return new Map(EVENT_SOURCE.codes.map((c) => [c, EVENT_SOURCE.labels[c].zh]));
  if (by === 'department') {
    const ids = keys.filter((k) => k !== '');
    const rows = ids.length ? await database.db.selectFrom('departments').select(['id', 'name']).where('id', 'in', ids).execute() : [];
    return new Map([['', '个人'], ...rows.map((r) => [r.id, r.name] as [string, string])]);
  }
  return new Map();
}
