import { performance } from 'node:perf_hooks';
import { sql, type RawBuilder } from 'kysely';
import { rebuildDailyCounts } from '../demo/history/recount.ts';
import { seedDemoIfEmpty } from '../demo/seed.ts';
import { addDays, chinaDate } from '../common/time.ts';
import { openDatabase } from '../server/db/database.ts';
import { migrate } from '../server/db/migrate.ts';
import { adminQuery, databaseUrlFor } from '../server/test/test-database.ts';
import { generateDashboardFacts, type DashboardVolumes } from './dashboard-data.ts';
import type { BenchResult } from './report.ts';
import { BENCH_PASSWORD, openBenchApp, p95, timeEach } from './bench-app.ts';

/** A database with these volumes, made once and kept: generating ten million rows takes minutes. */
export async function prepareBenchDatabase(serverUrl: string, v: DashboardVolumes): Promise<string> {
  const name = `epigrid_bench_dash_${v.declarations}_${v.persons}_${v.events}`;
  const url = databaseUrlFor(serverUrl, name);
  const probe = await openDatabase({ kind: 'postgres', url: databaseUrlFor(serverUrl, 'postgres'), poolSize: 1 });
  const exists = await sql`SELECT 1 FROM pg_database WHERE datname = ${name}`.execute(probe.db);
  await probe.close();
  if (exists.rows.length > 0) {
    const kept = await openDatabase({ kind: 'postgres', url, poolSize: 1 });
    const ready = await sql`SELECT 1 FROM information_schema.tables WHERE table_name = 'bench_ready'`.execute(kept.db);
    await kept.close();
    if (ready.rows.length > 0) {
      // A kept database gets the migrations added since it was made.
      const database = await openDatabase({ kind: 'postgres', url, poolSize: 1 });
      try {
        if ((await migrate(database)).length > 0) await sql`VACUUM ANALYZE`.execute(database.db);
      } finally {
        await database.close();
      }
      return url;
    }
    await adminQuery(serverUrl, `DROP DATABASE ${name} WITH (FORCE)`);
  }
  await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
  const database = await openDatabase({ kind: 'postgres', url, poolSize: 2 });
  try {
    await migrate(database);
    await seedDemoIfEmpty(database, BENCH_PASSWORD);
    const started = performance.now();
    await generateDashboardFacts(database, v);
    await database.transaction((tx) => rebuildDailyCounts(tx, 37.3));
    // What autovacuum does over time: statistics, and the visibility map index-only scans need.
    await sql`VACUUM ANALYZE`.execute(database.db);
    await sql`CREATE TABLE bench_ready (made_at timestamptz DEFAULT now())`.execute(database.db);
    process.stdout.write(`  (generated ${v.declarations.toLocaleString('en')} declarations, ${v.persons.toLocaleString('en')} people, ${v.events.toLocaleString('en')} events in ${((performance.now() - started) / 1000).toFixed(0)} s; kept as ${name} for the next run)\n`);
  } finally {
    await database.close();
  }
  return url;
}

/** The same figures as each panel, computed the obvious way: GROUP BY over the fact tables. */
function baselines(today: string, from: string): Record<string, RawBuilder<unknown>> {
  const chinaDay = (c: string) => sql`((${sql.ref(c)} AT TIME ZONE 'UTC') + interval '8 hours')::date`;
  const window = addDays(today, -13);
  return {
    summary: sql`SELECT category, count(*) FILTER (WHERE moved_on = ${today}), count(*) FILTER (WHERE moved_on >= ${window}), count(*)
      FROM movements WHERE direction = 'arrival' AND moved_on <= ${today} GROUP BY category
      UNION ALL SELECT status, count(*), 0, 0 FROM cases GROUP BY status`,
    incubation: sql`SELECT d::date, m.category, count(*) FILTER (WHERE m.direction = 'arrival' AND m.moved_on = d::date),
        count(*) FILTER (WHERE m.direction = 'departure' AND m.moved_on = d::date),
        count(*) FILTER (WHERE m.direction = 'arrival' AND m.moved_on > d::date - 14 AND m.moved_on <= d::date)
      FROM generate_series(${from}::date, ${today}::date, interval '1 day') d
      JOIN movements m ON m.moved_on BETWEEN d::date - 13 AND d::date GROUP BY 1, 2`,
    vitalSigns: sql`SELECT ${chinaDay('declared_at')} AS day, count(*), count(*) FILTER (WHERE result = 'stop'),
        count(*) FILTER (WHERE 'fever' = ANY(symptoms)), count(*) FILTER (WHERE 'dry_cough' = ANY(symptoms))
      FROM declarations WHERE declared_at >= ${from}::date - 1 GROUP BY 1`,
    monitoring: sql`SELECT substr(grid_code, 1, 6), category, ${chinaDay('occurred_at')}, count(*) FROM events
      WHERE occurred_at >= ${addDays(today, -14)}::date GROUP BY 1, 2, 3
      UNION ALL SELECT substr(grid_code, 1, 6), 'warnings', NULL, count(*) FROM warnings WHERE status = 'open' GROUP BY 1`,
    highIncidence: sql`SELECT substr(grid_code, 1, 6), category, count(*) FILTER (WHERE occurred_at >= ${addDays(today, -6)}::date),
        count(*) FILTER (WHERE occurred_at < ${addDays(today, -6)}::date) FROM events
      WHERE occurred_at >= ${addDays(today, -13)}::date GROUP BY 1, 2`,
  };
}

/**
 * Dashboard panels on a city-scale PostgreSQL database: each panel's API (p95 over repeated
 * requests, through the whole HTTP stack in-process) against the same figures computed by a
 * GROUP BY over the fact tables, in the same run.
 */
export async function benchDashboard(options: { serverUrl: string; volumes: DashboardVolumes; requests: number; baselineRuns: number }): Promise<BenchResult[]> {
  const url = await prepareBenchDatabase(options.serverUrl, options.volumes);
  const bench = await openBenchApp(url);
  const results: BenchResult[] = [];
  try {
    const today = chinaDate(new Date());
    const from = addDays(today, -29);
    const panels: Record<string, string> = {
      summary: '/api/dashboard/summary',
      incubation: `/api/dashboard/incubation?from=${from}&to=${today}`,
      vitalSigns: `/api/declarations/daily?from=${from}&to=${today}`,
      monitoring: '/api/dashboard/monitoring',
      highIncidence: `/api/dashboard/high-incidence?from=${addDays(today, -6)}&to=${today}`,
    };
    const base = baselines(today, from);
    for (const [panel, path] of Object.entries(panels)) {
      const api = p95(await timeEach(options.requests, () => bench.get(path)));
      const scan = p95(await timeEach(options.baselineRuns, () => base[panel]!.execute(bench.database.db)));
      results.push({ name: `${panel}: API p95 (city) | GROUP BY over facts p95`, value: `${api.toFixed(1)} ms | ${scan.toFixed(0)} ms — ${(scan / api).toFixed(0)}× faster` });
    }
  } finally {
    await bench.close();
  }
  return results;
}
