import { sql, type Selectable } from 'kysely';
import type { Queryable } from '../../db/database.ts';
import type { DepartmentsTable } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { codeChain } from '../../../common/regions/codes.ts';

export type DepartmentRow = Selectable<DepartmentsTable> & { region_name: string; region_level: number; accounts: number };

function base(db: Queryable) {
  return db.selectFrom('departments as d').innerJoin('regions as r', 'r.code', 'd.region_code')
    .selectAll('d')
    .select(['r.name as region_name', 'r.level as region_level'])
    .select(sql<number>`(SELECT count(*) FROM users u WHERE u.department_id = d.id AND NOT u.disabled)::int`.as('accounts'));
}

/** The departments of a region and below it, and those of the regions above it (a street may call on the district's 疾控). */
export async function listDepartments(db: Queryable, region: string, servingGrid?: string): Promise<DepartmentRow[]> {
  let query = base(db).where(sql<boolean>`(${inScope('d.region_code', region)} OR d.region_code IN (${sql.join(codeChain(region))}))`);
  if (servingGrid) query = query.where('d.active', '=', true).where('d.region_code', 'in', codeChain(servingGrid));
  return query.orderBy('d.region_code').orderBy('d.name').execute();
}

export async function findDepartment(db: Queryable, id: string): Promise<DepartmentRow | null> {
  return (await base(db).where('d.id', '=', id).executeTakeFirst()) ?? null;
}

export async function insertDepartment(tx: Queryable, row: { region_code: string; kind: string; name: string; created_by: string }): Promise<string | null> {
  const inserted = await tx.insertInto('departments').values(row)
    .onConflict((oc) => oc.columns(['region_code', 'name']).doNothing()).returning('id').executeTakeFirst();
  return inserted?.id ?? null;
}

export async function updateDepartment(tx: Queryable, id: string, change: Partial<{ kind: string; name: string; active: boolean }>): Promise<void> {
  if (Object.keys(change).length > 0) await tx.updateTable('departments').set(change).where('id', '=', id).execute();
}

export async function nameTaken(db: Queryable, regionCode: string, name: string, exceptId: string): Promise<boolean> {
  const row = await db.selectFrom('departments').select('id').where('region_code', '=', regionCode).where('name', '=', name).where('id', '!=', exceptId).executeTakeFirst();
  return row !== undefined;
}
