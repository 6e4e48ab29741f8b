import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { rebuildDailyCounts } from '../demo/history/recount.ts';
import { openDatabase } from '../server/db/database.ts';
import { prepareBenchDatabase } from './dashboard.ts';

/**
 * The dashboard benchmark's database at `rows` people (one movement each) and `rows` events,
 * with `rows` households added here: every main list then holds `rows` rows. Made once and kept.
 */
export async function prepareListsDatabase(serverUrl: string, rows: number): Promise<string> {
  const url = await prepareBenchDatabase(serverUrl, { declarations: 10_000, persons: rows, events: rows, days: 60 });
  const database = await openDatabase({ kind: 'postgres', url, poolSize: 1 });
  try {
    const ready = await sql`SELECT 1 FROM information_schema.tables WHERE table_name = 'bench_lists_ready'`.execute(database.db);
    if (ready.rows.length > 0) return url;
    const started = performance.now();
    await sql`SELECT setseed(0.1976)`.execute(database.db);
    await sql`INSERT INTO households (id, grid_code, address, created_by, created_at)
      SELECT gen_random_uuid(), g.code, '柳园路' || s || '号', (SELECT id FROM users WHERE username = 'admin'), now() - power(random(), 1.5) * 60 * interval '1 day'
      FROM generate_series(1, ${rows}) s
      JOIN (SELECT row_number() OVER (ORDER BY code) - 1 AS i, code FROM regions WHERE level = 5) g ON g.i = (s::bigint * 7919) % (SELECT count(*) FROM regions WHERE level = 5)`.execute(database.db);
    // Each person joins one of the households of their grid, so member counts are not all zero.
    await sql`UPDATE persons p SET household_id = h.id FROM (
        SELECT id, grid_code, row_number() OVER (PARTITION BY grid_code ORDER BY id) AS n, count(*) OVER (PARTITION BY grid_code) AS of FROM households) h
      WHERE h.grid_code = p.grid_code AND h.n = 1 + abs(hashtext(p.id::text)) % h.of`.execute(database.db);
    await database.transaction((tx) => rebuildDailyCounts(tx, 37.3));
    await sql`VACUUM ANALYZE`.execute(database.db);
    await sql`CREATE TABLE bench_lists_ready (made_at timestamptz DEFAULT now())`.execute(database.db);
    process.stdout.write(`  (added ${rows.toLocaleString('en')} households in ${((performance.now() - started) / 1000).toFixed(0)} s)\n`);
  } finally {
    await database.close();
  }
  return url;
}
