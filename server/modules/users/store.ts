import { sql, type Selectable, type Updateable } from 'kysely';
import type { Queryable } from '../../db/database.ts';
import type { UsersTable } from '../../db/schema.ts';
import { containsPattern } from '../../db/like.ts';
import { inScope } from '../../db/scope.ts';
import { finishPage, planPage, sortKey, type ListOrder, type PageAsk } from '../../lists/page.ts';
import { pageTotal } from '../../lists/total.ts';

export type UserRow = Selectable<UsersTable> & { region_name: string; region_level: number; department_name: string | null };

export interface UserFilter {
  scope: string;
  role?: string;
  q?: string;
  status?: 'active' | 'disabled' | 'locked';
  now: Date;
}

function filtered(db: Queryable, f: UserFilter) {
  let query = db.selectFrom('users as u').innerJoin('regions as r', 'r.code', 'u.region_code')
    .where(inScope('u.region_code', f.scope));
  if (f.role) query = query.where('u.role', '=', f.role);
  if (f.q) {
    const pattern = containsPattern(f.q);
    query = query.where((eb) => eb.or([eb('u.username', 'like', pattern), eb('u.display_name', 'like', pattern)]));
  }
  if (f.status === 'disabled') query = query.where('u.disabled', '=', true);
  if (f.status === 'active') query = query.where('u.disabled', '=', false);
  if (f.status === 'locked') query = query.where('u.locked_until', '>', f.now);
  return query;
}

/** By region, then username (unique). */
const USER_ORDER: ListOrder = { list: 'users', direction: 'asc', keys: [sortKey('u.region_code', 'text'), sortKey('u.username', 'text')] };

export async function listUsers(db: Queryable, f: UserFilter, ask: PageAsk) {
  const plan = planPage(USER_ORDER, ask);
  const [fetched, total] = await Promise.all([
    filtered(db, f).leftJoin('departments as d', 'd.id', 'u.department_id')
      .selectAll('u').select(['r.name as region_name', 'r.level as region_level', 'd.name as department_name', plan.pageKey])
      .where(plan.after).orderBy(plan.orderBy).offset(plan.offset).limit(plan.fetch).execute(),
    pageTotal(db, filtered(db, f).select(sql`1`.as('one'))),
  ]);
  return { ...finishPage(USER_ORDER, ask, fetched), ...total };
}

export async function findUser(db: Queryable, id: string): Promise<UserRow | null> {
  const row = await db.selectFrom('users as u').innerJoin('regions as r', 'r.code', 'u.region_code')
    .leftJoin('departments as d', 'd.id', 'u.department_id')
    .selectAll('u').select(['r.name as region_name', 'r.level as region_level', 'd.name as department_name'])
    .where('u.id', '=', id).executeTakeFirst();
  return row ?? null;
}

export async function usernameExists(db: Queryable, username: string): Promise<boolean> {
  return (await db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirst()) !== undefined;
}

export interface NewUser {
  id: string;
  username: string;
  displayName: string;
  role: string;
  regionCode: string;
  passwordHash: string;
  isDemo?: boolean;
  createdBy: string | null;
  departmentId?: string | null;
}

export async function insertUser(db: Queryable, u: NewUser): Promise<void> {
  await db.insertInto('users').values({
    id: u.id, username: u.username, display_name: u.displayName, role: u.role, region_code: u.regionCode,
    password_hash: u.passwordHash, is_demo: u.isDemo ?? false, created_by: u.createdBy, department_id: u.departmentId ?? null,
  }).execute();
}

export async function updateUser(db: Queryable, id: string, changes: Updateable<UsersTable>): Promise<void> {
  await db.updateTable('users').set({ ...changes, updated_at: new Date() }).where('id', '=', id).execute();
}
