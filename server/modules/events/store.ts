import { sql, type RawBuilder, type Selectable } from 'kysely';
import { METRICS } from '../../../common/metrics.ts';
import type { Queryable } from '../../db/database.ts';
import type { EventPhotosTable, EventsTable } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { finishPage, planPage, sortKey, type ListOrder, type PageAsk } from '../../lists/page.ts';
import { pageTotal, type CountedAs } from '../../lists/total.ts';
import { addDays, chinaDayStart } from '../../../common/time.ts';

export type EventRow = Selectable<EventsTable> & { grid_name: string; reporter_name: string };
export type PhotoRow = Selectable<EventPhotosTable>;

function base(db: Queryable) {
  return db.selectFrom('events as e')
    .innerJoin('regions as g', 'g.code', 'e.grid_code')
    .innerJoin('users as u', 'u.id', 'e.reported_by')
    .selectAll('e').select(['g.name as grid_name', 'u.display_name as reporter_name']);
}

export async function insertEvent(tx: Queryable, row: Omit<EventsTable, 'created_at' | 'status' | 'needs_review' | 'status_note' | 'status_by' | 'status_at'> & { created_at: Date; needs_review: boolean }): Promise<boolean> {
  const inserted = await tx.insertInto('events').values(row).onConflict((oc) => oc.column('id').doNothing()).returning('id').executeTakeFirst();
  return inserted !== undefined;
}

export async function insertPhotos(tx: Queryable, rows: PhotoRow[]): Promise<void> {
  if (rows.length > 0) await tx.insertInto('event_photos').values(rows).execute();
}

export async function findEvent(db: Queryable, id: string): Promise<EventRow | null> {
  return (await base(db).where('e.id', '=', id).executeTakeFirst()) ?? null;
}

export async function photosOf(db: Queryable, eventIds: string[]): Promise<Map<string, PhotoRow[]>> {
  const result = new Map<string, PhotoRow[]>();
  if (eventIds.length === 0) return result;
  const rows = await db.selectFrom('event_photos').selectAll().where('event_id', 'in', eventIds).orderBy('position').execute();
  for (const r of rows) result.set(r.event_id, [...(result.get(r.event_id) ?? []), r]);
  return result;
}

export interface EventFilter {
  scope: string;
  /** Reporters also see their own reports that landed outside their region. */
  reporterId?: string;
  category?: string;
  status?: string;
  needsReview?: boolean;
  /** China days (YYYY-MM-DD) of occurred_at, inclusive: the days the counters keep. */
  from?: string;
  to?: string;
}

function matching(f: EventFilter): RawBuilder<boolean> {
  const parts: RawBuilder<unknown>[] = [
    f.reporterId ? sql`(${inScope('e.grid_code', f.scope)} OR e.reported_by = ${f.reporterId})` : inScope('e.grid_code', f.scope),
  ];
  if (f.category) parts.push(sql`e.category = ${f.category}`);
  if (f.status) parts.push(sql`e.status = ${f.status}`);
  if (f.needsReview !== undefined) parts.push(sql`e.needs_review = ${f.needsReview}`);
  if (f.from) parts.push(sql`e.occurred_at >= ${chinaDayStart(f.from)}`);
  if (f.to) parts.push(sql`e.occurred_at < ${chinaDayStart(addDays(f.to, 1))}`);
  return sql<boolean>`${sql.join(parts, sql` AND `)}`;
}

const EVENT_ORDER: ListOrder = { list: 'events', direction: 'desc', keys: [sortKey('e.occurred_at', 'timestamptz'), sortKey('e.id', 'uuid')] };

/**
 * The counters keep every report by grid, category and China day, so they answer a filter on
 * those alone; the status and the review flag change after the report and need the rows.
 */
function countedAs(f: EventFilter): CountedAs | undefined {
  if (f.reporterId || f.status || f.needsReview !== undefined) return undefined;
  return { scope: f.scope, metrics: [METRICS.events], key: f.category, from: f.from, to: f.to };
}

export async function listEvents(db: Queryable, f: EventFilter, ask: PageAsk) {
  const plan = planPage(EVENT_ORDER, ask);
  const [fetched, total] = await Promise.all([
    base(db).select(plan.pageKey).where(matching(f)).where(plan.after).orderBy(plan.orderBy).offset(plan.offset).limit(plan.fetch).execute(),
    pageTotal(db, db.selectFrom('events as e').select(sql`1`.as('one')).where(matching(f)), countedAs(f)),
  ]);
  return { ...finishPage(EVENT_ORDER, ask, fetched), ...total };
}

export async function setStatus(tx: Queryable, id: string, change: { from: string; to: string; note: string | null; by: string; at: Date }): Promise<boolean> {
  const updated = await tx.updateTable('events')
    .set({ status: change.to, status_note: change.note, status_by: change.by, status_at: change.at })
    .where('id', '=', id).where('status', '=', change.from)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) === 0) return false;
  await tx.insertInto('event_status_changes')
    .values({ event_id: id, from_status: change.from, to_status: change.to, note: change.note, changed_by: change.by, changed_at: change.at })
    .execute();
  return true;
}

export async function statusHistory(db: Queryable, id: string) {
  return db.selectFrom('event_status_changes as c').innerJoin('users as u', 'u.id', 'c.changed_by')
    .select(['c.from_status', 'c.to_status', 'c.note', 'c.changed_at', 'u.display_name'])
    .where('c.event_id', '=', id).orderBy('c.changed_at').execute();
}
