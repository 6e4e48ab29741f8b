import type { Role } from '../../common/permissions.ts';
import type { Queryable } from '../../server/db/database.ts';
import type { Actor } from '../../server/core/actor.ts';

/** Who and what the simulator acts with: reloaded now and then, so new checkpoints and workers take part. */
export interface SimCheckpoint {
  token: string;
  name: string;
  gridCode: string;
  lon: number;
  lat: number;
}

export interface Cast {
  checkpoints: SimCheckpoint[];
  /** Each grid's worker, who records what happens in it. */
  workers: Map<string, Actor>;
  gridsWithWorker: string[];
  /** Recently registered households in grids that have a worker. */
  households: { id: string; gridCode: string }[];
  /** The health account whose region holds the grid, for case changes. */
  registrarFor(gridCode: string): Actor | null;
  /** The office (staff or commander, not a department) nearest above the grid, to dispatch and close its events. */
  officeFor(gridCode: string): Actor | null;
  /** An account of each department, to handle what is dispatched to it. */
  departmentHandlers: Map<string, Actor>;
}

const HOUSEHOLDS_KEPT = 3_000;

const toActor = (u: { id: string; username: string; display_name: string; role: string; region_code: string; department_id: string | null }): Actor => ({
  id: u.id, username: u.username, displayName: u.display_name, role: u.role as Role, scope: u.region_code, departmentId: u.department_id,
});

/** The account bound to the smallest region holding the grid: its community's, street's, district's or city's. */
function nearestAbove(byRegion: Map<string, Actor>, gridCode: string): Actor | null {
  return [12, 9, 6, 4].map((n) => byRegion.get(gridCode.slice(0, n))).find((a) => a !== undefined) ?? null;
}

export async function loadCast(db: Queryable): Promise<Cast> {
  const checkpoints = await db.selectFrom('checkpoints').select(['token', 'name', 'grid_code', 'lon', 'lat']).where('active', '=', true).orderBy('grid_code').execute();
  const users = await db.selectFrom('users').select(['id', 'username', 'display_name', 'role', 'region_code', 'department_id'])
    .where('disabled', '=', false).where('role', '!=', 'admin').orderBy('created_at').orderBy('id').execute();
  const households = await db.selectFrom('households').select(['id', 'grid_code']).orderBy('created_at', 'desc').limit(HOUSEHOLDS_KEPT).execute();
  const workers = new Map<string, Actor>();
  const registrars = new Map<string, Actor>();
  const offices = new Map<string, Actor>();
  const departmentHandlers = new Map<string, Actor>();
  for (const u of users) {
    if (u.department_id) {
      if (!departmentHandlers.has(u.department_id)) departmentHandlers.set(u.department_id, toActor(u));
      continue;
    }
    if (u.role === 'grid_worker' && u.region_code.length === 15 && !workers.has(u.region_code)) workers.set(u.region_code, toActor(u));
    if (u.role === 'health' && !registrars.has(u.region_code)) registrars.set(u.region_code, toActor(u));
    if ((u.role === 'staff' || u.role === 'commander') && !offices.has(u.region_code)) offices.set(u.region_code, toActor(u));
  }
  return {
    checkpoints: checkpoints.map((c) => ({ token: c.token, name: c.name, gridCode: c.grid_code, lon: c.lon, lat: c.lat })),
    workers,
    gridsWithWorker: [...workers.keys()],
    households: households.filter((h) => workers.has(h.grid_code)).map((h) => ({ id: h.id, gridCode: h.grid_code })),
    registrarFor: (gridCode) => nearestAbove(registrars, gridCode),
    officeFor: (gridCode) => nearestAbove(offices, gridCode),
    departmentHandlers,
  };
}
