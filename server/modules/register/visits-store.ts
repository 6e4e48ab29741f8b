import { sql, type RawBuilder, type Selectable } from 'kysely';
import type { Queryable } from '../../db/database.ts';
import type { VisitsTable } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';

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
  from?: Date;
  to?: Date;
}

function matching(f: VisitFilter): RawBuilder<boolean> {
  const parts: RawBuilder<unknown>[] = [inScope('v.grid_code', f.scope)];
  if (f.householdId) parts.push(sql`v.household_id = ${f.householdId}`);
  if (f.from) parts.push(sql`v.visited_at >= ${f.from}`);
  if (f.to) parts.push(sql`v.visited_at < ${f.to}`);
  return sql<boolean>`${sql.join(parts, sql` AND `)}`;
}

export async function listVisits(db: Queryable, f: VisitFilter, page: { offset: number; limit: number }): Promise<{ rows: VisitRow[]; total: number }> {
  const [rows, total] = await Promise.all([
    base(db).where(matching(f)).orderBy('v.visited_at', 'desc').orderBy('v.id').offset(page.offset).limit(page.limit).execute(),
    db.selectFrom('visits as v').select(sql<number>`count(*)`.as('n')).where(matching(f)).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}
