import { sql, type Insertable, type RawBuilder, type Selectable, type Updateable } from 'kysely';
import { METRICS } from '../../../common/metrics.ts';
import type { Queryable } from '../../db/database.ts';
import type { EventPhotosTable, EventsTable } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { finishPage, planPage, sortKey, type ListOrder, type PageAsk } from '../../lists/page.ts';
import { pageTotal, type CountedAs } from '../../lists/total.ts';
import { addDays, chinaDayStart } from '../../../common/time.ts';

export type EventRow = Selectable<EventsTable> & {
  grid_name: string;
  reporter_name: string;
  department_name: string | null;
  assignee_name: string | null;
  open_request_id: string | null;
};
export type PhotoRow = Selectable<EventPhotosTable>;

function base(db: Queryable) {
  return db.selectFrom('events as e')
    .innerJoin('regions as g', 'g.code', 'e.grid_code')
    .innerJoin('users as u', 'u.id', 'e.reported_by')
    .leftJoin('departments as d', 'd.id', 'e.assigned_department_id')
    .leftJoin('users as au', 'au.id', 'e.assigned_user_id')
    .selectAll('e').select(['g.name as grid_name', 'u.display_name as reporter_name', 'd.name as department_name', 'au.display_name as assignee_name'])
    .select(sql<string | null>`(SELECT r.id FROM event_requests r WHERE r.event_id = e.id AND r.decided_at IS NULL)`.as('open_request_id'));
}

export type NewEvent = Pick<Insertable<EventsTable>, 'id' | 'grid_code' | 'category' | 'description' | 'occurred_at' | 'lon' | 'lat' | 'needs_review' | 'review_reason' | 'reported_by' | 'created_at'
  | 'priority' | 'source' | 'status' | 'handled_on_spot' | 'handled_at' | 'step_started_at' | 'step_due_at'>;

export async function insertEvent(tx: Queryable, row: NewEvent): Promise<boolean> {
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
  /** Instead of the scope: what is dispatched to this account or its department. */
  assignee?: { userId: string; departmentId: string | null };
  /** Only events escalated to the supervision of a region inside the scope. */
  supervised?: boolean;
  category?: string;
  status?: string;
  priority?: string;
  step?: string;
  overdueAt?: Date;
  departmentId?: string;
  needsReview?: boolean;
  /** China days (YYYY-MM-DD) of occurred_at, inclusive: the days the counters keep. */
  from?: string;
  to?: string;
}

function visible(f: EventFilter): RawBuilder<unknown> {
  if (f.assignee) {
    const { userId, departmentId } = f.assignee;
    return departmentId ? sql`(e.assigned_user_id = ${userId} OR e.assigned_department_id = ${departmentId})` : sql`e.assigned_user_id = ${userId}`;
  }
  if (f.supervised) return inScope('e.supervision_region', f.scope);
  return f.reporterId ? sql`(${inScope('e.grid_code', f.scope)} OR e.reported_by = ${f.reporterId})` : inScope('e.grid_code', f.scope);
}

/** Statuses waiting for each step (common/events/workflow.ts stepOf). */
const STEP_STATUSES: Record<string, string[]> = {
  dispatch: ['reported', 'accepted', 'returned'], handle: ['dispatched'], verify: ['handled'], close: ['verified'],
};

function matching(f: EventFilter): RawBuilder<boolean> {
  const parts: RawBuilder<unknown>[] = [visible(f)];
  if (f.supervised) parts.push(sql`e.closed_at IS NULL AND e.status NOT IN ('rejected', 'voided')`);
  if (f.category) parts.push(sql`e.category = ${f.category}`);
  if (f.status) parts.push(sql`e.status = ${f.status}`);
  if (f.priority) parts.push(sql`e.priority = ${f.priority}`);
  if (f.step) parts.push(sql`e.status IN (${sql.join(STEP_STATUSES[f.step] ?? [])})`);
  if (f.overdueAt) parts.push(sql`e.step_due_at < ${f.overdueAt}`);
  if (f.departmentId) parts.push(sql`e.assigned_department_id = ${f.departmentId}`);
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
  if (f.reporterId || f.assignee || f.supervised || f.status || f.priority || f.step || f.overdueAt || f.departmentId || f.needsReview !== undefined) return undefined;
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

export interface EventMove {
  from: string;
  to: string;
  action: string;
  note: string | null;
  by: string;
  at: Date;
  /** Columns the move sets besides the status (assignee, clock, tallies). */
  set: Updateable<EventsTable>;
  departmentId?: string | null;
  assigneeId?: string | null;
}

/** One step: the status moves only if it still is `from` (another officer may have moved it), and the move is logged. */
export async function moveEvent(tx: Queryable, id: string, move: EventMove): Promise<boolean> {
  const updated = await tx.updateTable('events')
    .set({ ...move.set, status: move.to, status_note: move.note, status_by: move.by, status_at: move.at })
    .where('id', '=', id).where('status', '=', move.from)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) === 0) return false;
  await tx.insertInto('event_status_changes').values({
    event_id: id, from_status: move.from, to_status: move.to, note: move.note, changed_by: move.by, changed_at: move.at, action: move.action,
    department_id: move.departmentId ?? null, assignee_id: move.assigneeId ?? null, due_at: move.set.step_due_at ?? null,
  }).execute();
  return true;
}

/** Changes that keep the status (an approved extension or suspension, a resumption), logged as a step of the same status. */
export async function touchEvent(tx: Queryable, id: string, status: string, change: { action: string; note: string | null; by: string; at: Date; set: Updateable<EventsTable> }): Promise<void> {
  await tx.updateTable('events').set(change.set).where('id', '=', id).execute();
  await tx.insertInto('event_status_changes').values({
    event_id: id, from_status: status, to_status: status, note: change.note, changed_by: change.by, changed_at: change.at, action: change.action,
    due_at: change.set.step_due_at ?? null,
  }).execute();
}

export async function streetNameOf(db: Queryable, gridCode: string): Promise<string> {
  const row = await db.selectFrom('regions').select('name').where('code', '=', gridCode.slice(0, 9)).executeTakeFirst();
  return row?.name ?? '';
}

export async function statusHistory(db: Queryable, id: string) {
  return db.selectFrom('event_status_changes as c').innerJoin('users as u', 'u.id', 'c.changed_by')
    .leftJoin('departments as d', 'd.id', 'c.department_id')
    .leftJoin('users as a', 'a.id', 'c.assignee_id')
    .select(['c.from_status', 'c.to_status', 'c.action', 'c.note', 'c.changed_at', 'c.due_at', 'u.display_name'])
    .select(sql<string | null>`coalesce(d.name, a.display_name)`.as('assignee_name'))
    .where('c.event_id', '=', id).orderBy('c.changed_at').orderBy('c.id').execute();
}

export async function requestsOf(db: Queryable, eventId: string) {
  return db.selectFrom('event_requests as r').innerJoin('users as u', 'u.id', 'r.requested_by').leftJoin('users as d', 'd.id', 'r.decided_by')
    .selectAll('r').select(['u.display_name as requester_name', 'd.display_name as decider_name'])
    .where('r.event_id', '=', eventId).orderBy('r.requested_at').execute();
}
