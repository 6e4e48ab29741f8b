import { sql, type RawBuilder, type Selectable } from 'kysely';
import { METRICS } from '../../../common/metrics.ts';
import type { Queryable } from '../../db/database.ts';
import type { VisitsTable } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { finishPage, planPage, sortKey, type ListOrder, type PageAsk } from '../../lists/page.ts';
import { pageTotal } from '../../lists/total.ts';
import { addDays, chinaDayStart } from '../../../common/time.ts';

export type VisitRow = Selectable<VisitsTable> & { grid_name: string; address: string; worker_name: string };

function base(db: Queryable) {
  return db.selectFrom('visits as v')
    .innerJoin('regions as g', 'g.code', 'v.grid_code')
    .innerJoin('households as h', 'h.id', 'v.household_id')
    .innerJoin('users as u', 'u.id', 'v.created_by')
    .selectAll('v').select(['g.name as grid_name', 'h.address', 'u.display_name as worker_name']);
}

export async function insertVisit(tx: Queryable, row: Omit<VisitsTable, 'created_at'> & { created_at: Date }): Promise<boolean> {
  const inserted = await tx.insertInto('visits').values(row).onConflict((oc) => oc.column('id').doNothing()).returning('id').executeTakeFirst();
  return inserted !== undefined;
}

export async function findVisit(db: Queryable, id: string): Promise<VisitRow | null> {
  return (await base(db).where('v.id', '=', id).executeTakeFirst()) ?? null;
}

export interface VisitFilter {
  scope: string;
  householdId?: string;
  /** China days (YYYY-MM-DD) of visited_at, inclusive: the days the counters keep. */
  from?: string;
  to?: string;
}

function matching(f: VisitFilter): RawBuilder<boolean> {
  const parts: RawBuilder<unknown>[] = [inScope('v.grid_code', f.scope)];
  if (f.householdId) parts.push(sql`v.household_id = ${f.householdId}`);
  if (f.from) parts.push(sql`v.visited_at >= ${chinaDayStart(f.from)}`);
  if (f.to) parts.push(sql`v.visited_at < ${chinaDayStart(addDays(f.to, 1))}`);
  return sql<boolean>`${sql.join(parts, sql` AND `)}`;
}

const VISIT_ORDER: ListOrder = { list: 'visits', direction: 'desc', keys: [sortKey('v.visited_at', 'timestamptz'), sortKey('v.id', 'uuid')] };

export async function listVisits(db: Queryable, f: VisitFilter, ask: PageAsk) {
  const plan = planPage(VISIT_ORDER, ask);
  const [fetched, total] = await Promise.all([
    base(db).select(plan.pageKey).where(matching(f)).where(plan.after).orderBy(plan.orderBy).offset(plan.offset).limit(plan.fetch).execute(),
    pageTotal(db, db.selectFrom('visits as v').select(sql`1`.as('one')).where(matching(f)), f.householdId ? undefined : { scope: f.scope, metrics: [METRICS.visits], from: f.from, to: f.to }),
  ]);
  return { ...finishPage(VISIT_ORDER, ask, fetched), ...total };
}
