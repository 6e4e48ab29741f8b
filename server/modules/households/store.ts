import { sql, type Selectable } from 'kysely';
import { METRICS } from '../../../common/metrics.ts';
import type { Queryable } from '../../db/database.ts';
import type { HouseholdsTable } from '../../db/schema.ts';
import { containsPattern } from '../../db/like.ts';
import { inScope } from '../../db/scope.ts';
import { finishPage, planPage, sortKey, type ListOrder, type PageAsk } from '../../lists/page.ts';
import { pageTotal } from '../../lists/total.ts';

export type HouseholdRow = Selectable<HouseholdsTable> & { grid_name: string; member_count: number; last_visit_at: Date | null };

function withSummary(db: Queryable) {
  return db.selectFrom('households as h')
    .innerJoin('regions as g', 'g.code', 'h.grid_code')
    .selectAll('h')
    .select([
      'g.name as grid_name',
      sql<number>`(SELECT count(*) FROM persons p WHERE p.household_id = h.id)`.as('member_count'),
      sql<Date | null>`(SELECT max(v.visited_at) FROM visits v WHERE v.household_id = h.id)`.as('last_visit_at'),
    ]);
}

export async function insertHousehold(tx: Queryable, row: Omit<HouseholdsTable, 'created_at' | 'updated_at'> & { created_at: Date }): Promise<boolean> {
  const inserted = await tx.insertInto('households').values({ ...row, updated_at: row.created_at })
    .onConflict((oc) => oc.column('id').doNothing()).returning('id').executeTakeFirst();
  return inserted !== undefined;
}

export async function findHousehold(db: Queryable, id: string): Promise<HouseholdRow | null> {
  return (await withSummary(db).where('h.id', '=', id).executeTakeFirst()) ?? null;
}

export interface HouseholdFilter {
  scope: string;
  q?: string;
}

const HOUSEHOLD_ORDER: ListOrder = { list: 'households', direction: 'desc', keys: [sortKey('h.created_at', 'timestamptz'), sortKey('h.id', 'uuid')] };

export async function listHouseholds(db: Queryable, f: HouseholdFilter, ask: PageAsk) {
  const pattern = f.q ? containsPattern(f.q) : null;
  const plan = planPage(HOUSEHOLD_ORDER, ask);
  const [fetched, total] = await Promise.all([
    withSummary(db).select(plan.pageKey).where(inScope('h.grid_code', f.scope))
      .$if(pattern !== null, (q) => q.where('h.address', 'like', pattern!))
      .where(plan.after).orderBy(plan.orderBy).offset(plan.offset).limit(plan.fetch).execute(),
    pageTotal(db, db.selectFrom('households as h').select(sql`1`.as('one')).where(inScope('h.grid_code', f.scope))
      .$if(pattern !== null, (q) => q.where('h.address', 'like', pattern!)), pattern === null ? { scope: f.scope, metrics: [METRICS.households] } : undefined),
  ]);
  return { ...finishPage(HOUSEHOLD_ORDER, ask, fetched), ...total };
}

/** The addresses a grid already has (a grid holds a few hundred households): compared in code by the shared address key. */
export async function addressesInGrid(db: Queryable, gridCode: string): Promise<{ id: string; address: string }[]> {
  return db.selectFrom('households').select(['id', 'address']).where('grid_code', '=', gridCode).orderBy('created_at').orderBy('id').execute();
}

/** Serialises household creation per grid for the rest of the transaction, so two phones cannot both miss each other's address. */
export async function lockGridHouseholds(tx: Queryable, gridCode: string): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(${HOUSEHOLD_LOCK}, hashtext(${gridCode}))`.execute(tx);
}

const HOUSEHOLD_LOCK = 7_411_002;
