import { sql, type RawBuilder, type Selectable } from 'kysely';
import type { Queryable } from '../../db/database.ts';
import { containsPattern } from '../../db/like.ts';
import type { PersonsTable } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';

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

export async function listPersons(db: Queryable, f: PersonFilter, page: { offset: number; limit: number }): Promise<{ rows: PersonRow[]; total: number }> {
  const [rows, total] = await Promise.all([
    base(db).where(matching(f)).orderBy('p.created_at', 'desc').orderBy('p.id').offset(page.offset).limit(page.limit).execute(),
    db.selectFrom('persons as p').select(sql<number>`count(*)`.as('n')).where(matching(f)).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}
