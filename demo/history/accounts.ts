import { areaOfStreet, type AreaKind } from '../../common/events/vocabulary.ts';
import type { Role } from '../../common/permissions.ts';
import type { Queryable } from '../../server/db/database.ts';

/**
 * Who above a grid handles its events or keeps its case register: the account of one of these
 * roles bound to the smallest region containing the grid (a street's staff before the
 * district's, the district's before the city's).
 */
export async function nearestAccount(db: Queryable, roles: Role[]): Promise<(gridCode: string) => string | null> {
  const office = await nearestOffice(db, roles);
  return (gridCode) => office(gridCode)?.id ?? null;
}

/** The same, with the region the account is bound to. Department accounts are not offices. */
export async function nearestOffice(db: Queryable, roles: Role[]): Promise<(gridCode: string) => { id: string; region: string } | null> {
  const accounts = await db.selectFrom('users').select(['id', 'region_code'])
    .where('role', 'in', roles).where('disabled', '=', false).where('department_id', 'is', null).orderBy('created_at').orderBy('id').execute();
  const byRegion = new Map<string, string>();
  for (const a of accounts) if (!byRegion.has(a.region_code)) byRegion.set(a.region_code, a.id);
  const cache = new Map<string, { id: string; region: string } | null>();
  return (gridCode) => {
    const key = gridCode.slice(0, 12);
    if (!cache.has(key)) {
      const region = [12, 9, 6, 4].map((n) => gridCode.slice(0, n)).find((code) => byRegion.has(code));
      cache.set(key, region ? { id: byRegion.get(region)!, region } : null);
    }
    return cache.get(key)!;
  };
}

/** Each district's departments by kind, with the account that handles their events. */
export async function districtDepartments(db: Queryable): Promise<(gridCode: string, kind: string) => { id: string; handler: string } | null> {
  const rows = await db.selectFrom('departments as d')
    .innerJoin('users as u', (join) => join.onRef('u.department_id', '=', 'd.id').on('u.disabled', '=', false))
    .select(['d.id', 'd.region_code', 'd.kind', 'u.id as handler']).where('d.active', '=', true)
    .orderBy('u.created_at').orderBy('u.id').execute();
  const byKey = new Map<string, { id: string; handler: string }>();
  for (const r of rows) if (!byKey.has(`${r.region_code}:${r.kind}`)) byKey.set(`${r.region_code}:${r.kind}`, { id: r.id, handler: r.handler });
  return (gridCode, kind) => byKey.get(`${gridCode.slice(0, 6)}:${kind}`) ?? null;
}

/** Whether each grid's street is urban (街道) or rural (镇、乡), for the verification limits. */
export async function streetAreas(db: Queryable): Promise<(gridCode: string) => AreaKind> {
  const streets = await db.selectFrom('regions').select(['code', 'name']).where('level', '=', 3).execute();
  const areas = new Map(streets.map((s) => [s.code, areaOfStreet(s.name)]));
  return (gridCode) => areas.get(gridCode.slice(0, 9)) ?? 'rural';
}
