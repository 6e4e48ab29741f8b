import type { Queryable } from '../../server/db/database.ts';
import type { Random } from '../geography/prng.ts';
import { insertRows } from './bulk.ts';
import type { HistoryGrid } from './grids.ts';
import { personName } from './identities.ts';
import { uuidAt } from './random.ts';

/** Demo usernames of the generated grid workers: gw + the grid code, e.g. gw371502001001002. */
const gridWorkerUsername = (gridCode: string) => `gw${gridCode}`;

/**
 * One grid worker per grid (Liaocheng had 8,129), as demo accounts sharing one password hash
 * so that any of them can sign in with the demo password. Grids that already have a worker
 * (the `grid_worker` demo account) keep theirs. Answers grid code → worker id.
 */
export async function ensureGridWorkers(tx: Queryable, grids: HistoryGrid[], passwordHash: string, random: Random, appointedAt: Date): Promise<Map<string, string>> {
  const existing = await workersByGrid(tx);
  const rows = grids.filter((g) => !existing.has(g.code)).map((g) => ({
    id: uuidAt(appointedAt.getTime(), random),
    username: gridWorkerUsername(g.code),
    display_name: personName(random),
    role: 'grid_worker',
    region_code: g.code,
    password_hash: passwordHash,
    is_demo: true,
    created_by: null,
    created_at: appointedAt,
    updated_at: appointedAt,
  }));
  await insertRows(tx, 'users', rows);
  return workersByGrid(tx);
}

async function workersByGrid(db: Queryable): Promise<Map<string, string>> {
  const rows = await db.selectFrom('users').select(['id', 'region_code'])
    .where('role', '=', 'grid_worker').where('disabled', '=', false)
    .orderBy('created_at').orderBy('id').execute();
  const byGrid = new Map<string, string>();
  for (const r of rows) if (r.region_code.length === 15 && !byGrid.has(r.region_code)) byGrid.set(r.region_code, r.id);
  return byGrid;
}

/** How many generated grid workers there are and one of their usernames, for the start-up output. */
export async function generatedWorkers(db: Queryable): Promise<{ count: number; example: string } | null> {
  const row = await db.selectFrom('users').select([(eb) => eb.fn.countAll<number>().as('n'), (eb) => eb.fn.min('username').as('example')])
    .where('is_demo', '=', true).where('role', '=', 'grid_worker').where('username', 'like', 'gw%').executeTakeFirst();
  return row && Number(row.n) > 0 && row.example ? { count: Number(row.n), example: row.example } : null;
}
