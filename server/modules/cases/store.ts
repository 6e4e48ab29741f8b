import { sql, type Insertable, type RawBuilder, type Selectable } from 'kysely';
import type { Queryable } from '../../db/database.ts';
import type { CaseChangesTable, CasesTable } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { finishPage, planPage, sortKey, type ListOrder, type PageAsk } from '../../lists/page.ts';
import { pageTotal } from '../../lists/total.ts';

type Region = { code: string | null; name: string | null };
export type CaseRow = Selectable<CasesTable> & {
  grid_name: string;
  person_name: string;
  id_number_masked: string | null;
  phone_masked: string | null;
  sex: string | null;
  district: Region;
  street: Region;
  community: Region;
};

/** Cases with their person's display fields and the names of the regions above the grid. */
function base(db: Queryable) {
  return db.selectFrom('cases as c')
    .innerJoin('persons as p', 'p.id', 'c.person_id')
    .innerJoin('regions as g', 'g.code', 'c.grid_code')
    .leftJoin('regions as d', (j) => j.on(sql<boolean>`d.code = left(c.grid_code, 6)`))
    .leftJoin('regions as s', (j) => j.on(sql<boolean>`s.code = left(c.grid_code, 9)`))
    .leftJoin('regions as m', (j) => j.on(sql<boolean>`m.code = left(c.grid_code, 12)`))
    .selectAll('c')
    .select([
      'g.name as grid_name', 'p.name as person_name', 'p.id_number_masked', 'p.phone_masked', 'p.sex',
      'd.code as district_code', 'd.name as district_name', 's.code as street_code', 's.name as street_name',
      'm.code as community_code', 'm.name as community_name',
    ]);
}

type FlatRow = Awaited<ReturnType<ReturnType<typeof base>['execute']>>[number];

function nest({ district_code, district_name, street_code, street_name, community_code, community_name, ...row }: FlatRow): CaseRow {
  return {
    ...row,
    district: { code: district_code, name: district_name },
    street: { code: street_code, name: street_name },
    community: { code: community_code, name: community_name },
  };
}

export async function findCase(db: Queryable, id: string): Promise<CaseRow | null> {
  const row = await base(db).where('c.id', '=', id).executeTakeFirst();
  return row ? nest(row) : null;
}

/** The case's row, locked until the transaction ends: status changes of one case run one after another. */
export async function lockCase(tx: Queryable, id: string): Promise<Selectable<CasesTable> | null> {
  return (await tx.selectFrom('cases').selectAll().where('id', '=', id).forUpdate().executeTakeFirst()) ?? null;
}

export async function findCaseIdOfPerson(db: Queryable, personId: string): Promise<string | null> {
  return (await db.selectFrom('cases').select('id').where('person_id', '=', personId).executeTakeFirst())?.id ?? null;
}

/** A plain insert: a concurrent twice-sent id fails here (cases_pkey) and the service runs again to answer the stored case. */
export async function insertCase(tx: Queryable, row: Omit<CasesTable, 'created_at' | 'updated_at'> & { created_at: Date }): Promise<void> {
  await tx.insertInto('cases').values({ ...row, updated_at: row.created_at }).execute();
}

export async function setCaseStatus(tx: Queryable, id: string, s: { status: string; status_on: string; source: string; note: string | null; updated_at: Date }): Promise<void> {
  await tx.updateTable('cases').set(s).where('id', '=', id).execute();
}

export async function insertChange(tx: Queryable, row: Insertable<CaseChangesTable>): Promise<boolean> {
  const inserted = await tx.insertInto('case_changes').values(row).onConflict((oc) => oc.column('id').doNothing()).returning('id').executeTakeFirst();
  return inserted !== undefined;
}

export async function findChange(db: Queryable, id: string): Promise<Selectable<CaseChangesTable> | null> {
  return (await db.selectFrom('case_changes').selectAll().where('id', '=', id).executeTakeFirst()) ?? null;
}

export type ChangeRow = Selectable<CaseChangesTable> & { changed_by_name: string };

/** A case's history, oldest first: by the day each change took effect, then when it was recorded. */
export async function caseHistory(db: Queryable, caseId: string): Promise<ChangeRow[]> {
  return db.selectFrom('case_changes as h').innerJoin('users as u', 'u.id', 'h.changed_by')
    .selectAll('h').select('u.display_name as changed_by_name')
    .where('h.case_id', '=', caseId).orderBy('h.changed_on').orderBy('h.changed_at').orderBy('h.id')
    .execute();
}

export interface CaseFilter {
  scope: string;
  status?: string;
  /** status_on range, inclusive. */
  from?: string;
  to?: string;
}

function matching(f: CaseFilter, withStatus = true): RawBuilder<boolean> {
  const parts: RawBuilder<unknown>[] = [inScope('c.grid_code', f.scope)];
  if (withStatus && f.status) parts.push(sql`c.status = ${f.status}`);
  if (f.from) parts.push(sql`c.status_on >= ${f.from}`);
  if (f.to) parts.push(sql`c.status_on <= ${f.to}`);
  return sql<boolean>`${sql.join(parts, sql` AND `)}`;
}

const CASE_ORDER: ListOrder = {
  list: 'cases', direction: 'desc', keys: [sortKey('c.status_on', 'date'), sortKey('c.updated_at', 'timestamptz'), sortKey('c.id', 'uuid')],
};

/** `totalCap`: how far the total is counted exactly (an export refuses above its own limit). */
export async function listCases(db: Queryable, f: CaseFilter, ask: PageAsk, totalCap?: number) {
  const plan = planPage(CASE_ORDER, ask);
  const [fetched, total] = await Promise.all([
    base(db).select(plan.pageKey).where(matching(f)).where(plan.after).orderBy(plan.orderBy).offset(plan.offset).limit(plan.fetch).execute(),
    pageTotal(db, db.selectFrom('cases as c').select(sql`1`.as('one')).where(matching(f)), undefined, totalCap),
  ]);
  const page = finishPage(CASE_ORDER, ask, fetched);
  return { ...page, rows: page.rows.map(nest), ...total };
}

/** Cases per status under the filter's region and dates, ignoring its status. */
export async function countCasesByStatus(db: Queryable, f: CaseFilter): Promise<Map<string, number>> {
  const rows = await db.selectFrom('cases as c').select(['c.status', sql<number>`count(*)`.as('n')])
    .where(matching(f, false)).groupBy('c.status').execute();
  return new Map(rows.map((r) => [r.status, Number(r.n)]));
}
