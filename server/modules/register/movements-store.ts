import { sql, type RawBuilder, type Selectable } from 'kysely';
import { METRICS, type Metric } from '../../../common/metrics.ts';
import type { Queryable } from '../../db/database.ts';
import type { MovementsTable } from '../../db/schema.ts';
import { olderThan, positionAt, type Position } from '../../db/keyset.ts';
import { inScope } from '../../db/scope.ts';
import { finishPage, planPage, sortKey, type ListOrder, type PageAsk } from '../../lists/page.ts';
import { pageTotal, type CountedAs } from '../../lists/total.ts';

export type MovementRow = Selectable<MovementsTable> & { grid_name: string; person_name: string };

function base(db: Queryable) {
  return db.selectFrom('movements as m')
    .innerJoin('regions as g', 'g.code', 'm.grid_code')
    .innerJoin('persons as p', 'p.id', 'm.person_id')
    .selectAll('m').select(['g.name as grid_name', 'p.name as person_name']);
}

export async function insertMovement(tx: Queryable, row: Omit<MovementsTable, 'created_at'> & { created_at: Date }): Promise<boolean> {
  const inserted = await tx.insertInto('movements').values(row).onConflict((oc) => oc.column('id').doNothing()).returning('id').executeTakeFirst();
  return inserted !== undefined;
}

export async function findMovement(db: Queryable, id: string): Promise<MovementRow | null> {
  return (await base(db).where('m.id', '=', id).executeTakeFirst()) ?? null;
}

export interface MovementFilter {
  scope: string;
  direction?: string;
  category?: string;
  personId?: string;
  /** The movements of a household's members. */
  householdId?: string;
  /** moved_on range, inclusive. */
  from?: string;
  to?: string;
  /** Arrivals whose 14-day window is still open on this day. */
  observedOn?: string;
}

function matching(f: MovementFilter): RawBuilder<boolean> {
  const parts: RawBuilder<unknown>[] = [inScope('m.grid_code', f.scope)];
  if (f.direction) parts.push(sql`m.direction = ${f.direction}`);
  if (f.category) parts.push(sql`m.category = ${f.category}`);
  if (f.personId) parts.push(sql`m.person_id = ${f.personId}`);
  if (f.householdId) parts.push(sql`m.person_id IN (SELECT id FROM persons WHERE household_id = ${f.householdId})`);
  if (f.from) parts.push(sql`m.moved_on >= ${f.from}`);
  if (f.to) parts.push(sql`m.moved_on <= ${f.to}`);
  if (f.observedOn) {
    parts.push(sql`m.direction = 'arrival' AND m.arrived_on <= ${f.observedOn} AND m.observation_ends_on > ${f.observedOn} AND (m.released_on IS NULL OR m.released_on > ${f.observedOn})`);
  }
  return sql<boolean>`${sql.join(parts, sql` AND `)}`;
}

const MOVEMENT_ORDER: ListOrder = {
  list: 'movements', direction: 'desc', keys: [sortKey('m.moved_on', 'date'), sortKey('m.created_at', 'timestamptz'), sortKey('m.id', 'uuid')],
};

const COUNTED_DIRECTIONS: Record<string, Metric[]> = { arrival: [METRICS.arrivals], departure: [METRICS.departures] };

/**
 * The counters keep every movement by grid, direction, category and day (the day it happened),
 * so they answer a filter on those alone; a person, a household or a window needs the rows.
 */
function countedAs(f: MovementFilter): CountedAs | undefined {
  if (f.personId || f.householdId || f.observedOn) return undefined;
  const metrics = f.direction ? COUNTED_DIRECTIONS[f.direction] : [METRICS.arrivals, METRICS.departures];
  return metrics && { scope: f.scope, metrics, key: f.category, from: f.from, to: f.to };
}

/** `totalCap`: how far the total is counted exactly (an export refuses above its own limit). */
export async function listMovements(db: Queryable, f: MovementFilter, ask: PageAsk, totalCap?: number) {
  const plan = planPage(MOVEMENT_ORDER, ask);
  const [fetched, total] = await Promise.all([
    base(db).select(plan.pageKey).where(matching(f)).where(plan.after).orderBy(plan.orderBy).offset(plan.offset).limit(plan.fetch).execute(),
    pageTotal(db, db.selectFrom('movements as m').select(sql`1`.as('one')).where(matching(f)), countedAs(f), totalCap),
  ]);
  return { ...finishPage(MOVEMENT_ORDER, ask, fetched), ...total };
}

/** Matching movements, counted no further than `cap`: reads at most `cap` index entries however many match. */
export async function countMovementsUpTo(db: Queryable, f: MovementFilter, cap: number): Promise<number> {
  const { rows } = await sql<{ n: number }>`SELECT count(*) AS n FROM (SELECT 1 FROM movements m WHERE ${matching(f)} LIMIT ${cap}) capped`.execute(db);
  return Number(rows[0]!.n);
}

/** The next `limit` matching movements after `after`, newest registered first (the creation index serves the order). */
export async function movementsOlderThan(db: Queryable, f: MovementFilter, after: Position | null, limit: number): Promise<(MovementRow & { position_at: string })[]> {
  return base(db).select(positionAt('m.created_at').as('position_at'))
    .where(matching(f)).where(olderThan('m.created_at', 'm.id', after))
    .orderBy('m.created_at', 'desc').orderBy('m.id', 'desc').limit(limit).execute();
}
