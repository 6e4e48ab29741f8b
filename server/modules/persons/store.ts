import { sql, type RawBuilder, type Selectable } from 'kysely';
import { METRICS } from '../../../common/metrics.ts';
import type { Queryable } from '../../db/database.ts';
import { containsPattern } from '../../db/like.ts';
import type { PersonsTable } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { finishPage, planPage, sortKey, type ListOrder, type PageAsk } from '../../lists/page.ts';
import { pageTotal } from '../../lists/total.ts';

export type PersonRow = Selectable<PersonsTable> & { grid_name: string };

function base(db: Queryable) {
  return db.selectFrom('persons as p').innerJoin('regions as g', 'g.code', 'p.grid_code').selectAll('p').select('g.name as grid_name');
}

export async function findPerson(db: Queryable, id: string): Promise<PersonRow | null> {
  return (await base(db).where('p.id', '=', id).executeTakeFirst()) ?? null;
}

export async function findPersonByIdIndex(db: Queryable, idNumberIndex: string): Promise<PersonRow | null> {
  return (await base(db).where('p.id_number_index', '=', idNumberIndex).executeTakeFirst()) ?? null;
}

export async function insertPerson(tx: Queryable, row: Omit<PersonsTable, 'created_at' | 'updated_at'> & { created_at: Date }): Promise<void> {
  await tx.insertInto('persons').values({ ...row, updated_at: row.created_at }).execute();
}

export interface PersonFilter {
  scope: string;
  householdId?: string;
  name?: string;
  idNumberIndex?: string;
  phoneIndex?: string;
}

function matching(f: PersonFilter): RawBuilder<boolean> {
  const parts: RawBuilder<unknown>[] = [inScope('p.grid_code', f.scope)];
  if (f.householdId) parts.push(sql`p.household_id = ${f.householdId}`);
  if (f.name) parts.push(sql`p.name LIKE ${containsPattern(f.name)}`);
  if (f.idNumberIndex) parts.push(sql`p.id_number_index = ${f.idNumberIndex}`);
  if (f.phoneIndex) parts.push(sql`p.phone_index = ${f.phoneIndex}`);
  return sql<boolean>`${sql.join(parts, sql` AND `)}`;
}

/** Newest first; served by persons_created_idx (whole city) and persons_grid_created_idx (a grid). */
const PERSON_ORDER: ListOrder = { list: 'persons', direction: 'desc', keys: [sortKey('p.created_at', 'timestamptz'), sortKey('p.id', 'uuid')] };

function onlyScoped(f: PersonFilter): boolean {
  return !f.householdId && !f.name && !f.idNumberIndex && !f.phoneIndex;
}

export async function listPersons(db: Queryable, f: PersonFilter, ask: PageAsk) {
  const plan = planPage(PERSON_ORDER, ask);
  const [fetched, total] = await Promise.all([
    base(db).select(plan.pageKey).where(matching(f)).where(plan.after).orderBy(plan.orderBy).offset(plan.offset).limit(plan.fetch).execute(),
    pageTotal(db, db.selectFrom('persons as p').select(sql`1`.as('one')).where(matching(f)), onlyScoped(f) ? { scope: f.scope, metrics: [METRICS.persons] } : undefined),
  ]);
  return { ...finishPage(PERSON_ORDER, ask, fetched), ...total };
}
