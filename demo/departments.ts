import crypto from 'node:crypto';
import type { DepartmentKind } from '../common/events/vocabulary.ts';
import type { Database } from '../server/db/database.ts';
import { hashPassword } from '../server/modules/auth/passwords.ts';
import { insertUser } from '../server/modules/users/store.ts';
import type { DemoAccount } from './accounts.ts';

/** The bureaus every district and county has for an outbreak's events; the city has its own two. */
const DISTRICT_DEPARTMENTS: [DepartmentKind, string][] = [
  ['health', '卫生健康局'], ['cdc', '疾病预防控制中心'], ['police', '公安分局'], ['urban_management', '综合行政执法局'], ['market_regulation', '市场监督管理局'],
];
const CITY_DEPARTMENTS: [DepartmentKind, string][] = [['health', '卫生健康委员会'], ['cdc', '疾病预防控制中心']];
/** The demo community keeps its residents' committee as a department too (便民服务、解困帮扶 go there). */
const DEMO_COMMUNITY = { code: '371502001001', kind: 'community' as const, name: '古城社区居委会' };

/** Accounts bound to departments, one per kind of handler, to sign in as in the demo. */
export const DEPARTMENT_ACCOUNTS: (DemoAccount & { department: string })[] = [
  { username: 'dept_cdc', displayName: '东昌府区疾控中心工作人员', role: 'health', regionCode: '371502', department: '东昌府区疾病预防控制中心' },
  { username: 'dept_urban', displayName: '东昌府区综合执法队员', role: 'staff', regionCode: '371502', department: '东昌府区综合行政执法局' },
  { username: 'dept_community', displayName: '古城社区居委会工作人员', role: 'staff', regionCode: '371502001001', department: '古城社区居委会' },
];

/** Health bureaus and disease control sign in as health staff; the others as staff. */
const ROLE_OF_KIND = (kind: DepartmentKind) => (kind === 'health' || kind === 'cdc' ? 'health' : 'staff');

/**
 * The departments of the demo city and their accounts: the named ones above, and for every
 * other department one on-duty account `dept<region>_<kind>` (e.g. dept371581_police) so that
 * each can handle what the history and the simulator dispatch to it. On a database that has
 * departments already, nothing; run on every demo start, so a database from before dispatch
 * gets them.
 */
export async function seedDemoDepartments(database: Database, password: string): Promise<number> {
  if (await database.db.selectFrom('departments').select('id').limit(1).executeTakeFirst()) return 0;
  const regions = await database.db.selectFrom('regions').select(['code', 'name', 'level']).where('level', '<=', 2).orderBy('code').execute();
  const rows = regions.flatMap((r) => (r.level === 1 ? CITY_DEPARTMENTS : DISTRICT_DEPARTMENTS).map(([kind, suffix]) => ({ region_code: r.code, kind, name: `${r.name}${suffix}` })));
  if (await database.db.selectFrom('regions').select('code').where('code', '=', DEMO_COMMUNITY.code).executeTakeFirst()) {
    rows.push({ region_code: DEMO_COMMUNITY.code, kind: DEMO_COMMUNITY.kind, name: DEMO_COMMUNITY.name });
  }
  const hash = await hashPassword(password);
  await database.transaction(async (tx) => {
    const inserted = await tx.insertInto('departments').values(rows).returning(['id', 'name']).execute();
    const idOf = new Map(inserted.map((d) => [d.name, d.id]));
    const named = new Set(DEPARTMENT_ACCOUNTS.map((a) => a.department));
    const generated = rows.filter((d) => !named.has(d.name)).map((d) => ({
      username: `dept${d.region_code}_${d.kind}`, displayName: `${d.name}值班员`, role: ROLE_OF_KIND(d.kind), regionCode: d.region_code, department: d.name,
    }));
    for (const { department, ...account } of [...DEPARTMENT_ACCOUNTS, ...generated]) {
      const departmentId = idOf.get(department);
      const taken = await tx.selectFrom('users').select('id').where('username', '=', account.username).executeTakeFirst();
      if (!departmentId || taken) continue;
      await insertUser(tx, { id: crypto.randomUUID(), ...account, passwordHash: hash, isDemo: true, createdBy: null, departmentId });
    }
  });
  return rows.length;
}
