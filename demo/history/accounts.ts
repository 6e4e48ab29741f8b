import type { Role } from '../../common/permissions.ts';
import type { Queryable } from '../../server/db/database.ts';

/**
 * Who above a grid handles its events or keeps its case register: the account of one of these
 * roles bound to the smallest region containing the grid (a street's staff before the
 * district's, the district's before the city's).
 */
export async function nearestAccount(db: Queryable, roles: Role[]): Promise<(gridCode: string) => string | null> {
  const accounts = await db.selectFrom('users').select(['id', 'region_code'])
    .where('role', 'in', roles).where('disabled', '=', false).orderBy('created_at').orderBy('id').execute();
  const byRegion = new Map<string, string>();
  for (const a of accounts) if (!byRegion.has(a.region_code)) byRegion.set(a.region_code, a.id);
  const cache = new Map<string, string | null>();
  return (gridCode) => {
    const key = gridCode.slice(0, 12);
    if (!cache.has(key)) {
      const found = [12, 9, 6, 4].map((n) => byRegion.get(gridCode.slice(0, n))).find((id) => id !== undefined);
      cache.set(key, found ?? null);
    }
    return cache.get(key)!;
  };
}
