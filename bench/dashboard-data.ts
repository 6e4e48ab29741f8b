import { sql } from 'kysely';
import type { Database } from '../server/db/database.ts';

export interface DashboardVolumes {
  declarations: number;
  persons: number;
  events: number;
  days: number;
}

/**
 * Facts at city scale, generated inside PostgreSQL (generate_series + random()): people with
 * one movement each, events and declarations spread over `days` days and every grid, warnings
 * for the declarations that would raise one, a case register, and a grid worker per grid. The
 * values only need the shapes and cardinalities the panels read, not realism.
 */
export async function generateDashboardFacts(database: Database, v: DashboardVolumes): Promise<void> {
  const db = database.db;
  await sql`SELECT setseed(0.2020)`.execute(db);
  await sql`CREATE TEMP TABLE IF NOT EXISTS bench_grids AS
    SELECT row_number() OVER (ORDER BY code) - 1 AS i, code, coalesce(centroid_lon, 115.98) AS lon, coalesce(centroid_lat, 36.45) AS lat
    FROM regions WHERE level = 5`.execute(db);
  await sql`CREATE TEMP TABLE IF NOT EXISTS bench_checkpoints AS
    SELECT row_number() OVER (ORDER BY id) - 1 AS i, id, grid_code FROM checkpoints`.execute(db);
  const admin = sql`(SELECT id FROM users WHERE username = 'admin')`;
  const grids = sql`(SELECT count(*) FROM bench_grids)`;
  const checkpoints = sql`(SELECT count(*) FROM bench_checkpoints)`;
  // A moment in the last `days` days, weighted towards the recent ones.
  const recent = sql`now() - power(random(), 1.5) * ${v.days} * interval '1 day'`;

  await sql`INSERT INTO users (id, username, display_name, role, region_code, password_hash)
    SELECT gen_random_uuid(), 'bench_w' || g.i, '网格员' || g.i, 'grid_worker', g.code, 'x' FROM bench_grids g
    ON CONFLICT DO NOTHING`.execute(db);
  await sql`INSERT INTO persons (id, grid_code, name, created_by, created_at)
    SELECT gen_random_uuid(), g.code, '居民' || s, ${admin}, ${recent}
    FROM generate_series(1, ${v.persons}) s JOIN bench_grids g ON g.i = (s::bigint * 7919) % ${grids}`.execute(db);
  await sql`INSERT INTO movements (id, person_id, grid_code, direction, category, moved_on, arrived_on, health_status, observation_ends_on, created_by, created_at)
    SELECT gen_random_uuid(), p.id, p.grid_code, d.direction, d.category, d.day, CASE WHEN d.direction = 'arrival' THEN d.day END, 'normal',
      CASE WHEN d.direction = 'arrival' THEN d.day + 14 END, p.created_by, p.created_at
    FROM persons p CROSS JOIN LATERAL (
      SELECT CASE WHEN r < 0.85 THEN 'arrival' ELSE 'departure' END AS direction,
        (ARRAY['wuhan', 'hubei_other', 'other_province', 'abroad', 'in_province'])[1 + floor(power(random(), 0.7) * 5)::int] AS category,
        (p.created_at AT TIME ZONE 'Asia/Shanghai')::date AS day
      FROM (SELECT random() AS r) x
    ) d`.execute(db);
  await sql`INSERT INTO events (id, grid_code, category, description, occurred_at, lon, lat, reported_by)
    SELECT gen_random_uuid(), g.code,
      (ARRAY['publicity', 'disinfection', 'convenience_service', 'assistance', 'other', 'danger', 'suspected_case_found', 'suspected_case_outing'])[1 + floor(power(random(), 2) * 8)::int],
      '巡查', ${recent}, g.lon, g.lat, ${admin}
    FROM generate_series(1, ${v.events}) s JOIN bench_grids g ON g.i = (s::bigint * 104729) % ${grids}`.execute(db);
  // Declarations in slices so that no one statement holds millions of rows in memory.
  const slice = 1_000_000;
  for (let from = 1; from <= v.declarations; from += slice) {
    const to = Math.min(v.declarations, from + slice - 1);
    await sql`INSERT INTO declarations (id, checkpoint_id, grid_code, declared_at, name, phone_cipher, phone_index, phone_masked,
        direction, temperature, symptoms, key_area_travel, case_contact, result)
      SELECT gen_random_uuid(), c.id, c.grid_code, ${recent}, '居民', 'v1:x', 'p' || (s % 2000000), '138****0000',
        CASE WHEN s % 2 = 0 THEN 'in' ELSE 'out' END, t.temperature, t.symptoms, false, false,
        CASE WHEN t.temperature >= 37.3 OR cardinality(t.symptoms) > 0 THEN 'stop' ELSE 'pass' END
      FROM generate_series(${from}::int, ${to}::int) s
      JOIN bench_checkpoints c ON c.i = (s * 15485863::bigint) % ${checkpoints}
      CROSS JOIN LATERAL (SELECT CASE WHEN random() < 0.01 THEN 37.8 ELSE 36.5 END AS temperature,
        CASE WHEN random() < 0.02 THEN ARRAY['dry_cough'] WHEN random() < 0.01 THEN ARRAY['fever', 'fatigue'] ELSE ARRAY[]::text[] END AS symptoms) t`.execute(db);
  }
  await sql`INSERT INTO warnings (id, phone_index, checkpoint_id, grid_code, name, phone_cipher, phone_masked, level, reasons, max_temperature,
      first_declared_at, last_declared_at, last_declaration_id, due_at, status, verified_at, verified_by, outcome)
    SELECT gen_random_uuid(), d.phone_index, d.checkpoint_id, d.grid_code, d.name, d.phone_cipher, d.phone_masked, 'medium', ARRAY['temperature'], d.temperature,
      d.declared_at, d.declared_at, d.id, d.declared_at + interval '2 hours',
      CASE WHEN d.declared_at < now() - interval '1 day' THEN 'verified' ELSE 'open' END,
      CASE WHEN d.declared_at < now() - interval '1 day' THEN d.declared_at + interval '1 hour' END,
      CASE WHEN d.declared_at < now() - interval '1 day' THEN ${admin} END,
      CASE WHEN d.declared_at < now() - interval '1 day' THEN 'normal' END
    FROM declarations d WHERE d.result = 'stop'`.execute(db);
  await sql`INSERT INTO cases (id, person_id, grid_code, status, status_on, source, created_by)
    SELECT gen_random_uuid(), p.id, p.grid_code, (ARRAY['suspected', 'confirmed', 'cured', 'excluded'])[1 + (n % 4)], (p.created_at AT TIME ZONE 'Asia/Shanghai')::date, '通报', p.created_by
    FROM (SELECT id, grid_code, created_at, created_by, row_number() OVER () AS n FROM persons LIMIT 2000) p`.execute(db);
  await sql`INSERT INTO case_changes (id, case_id, from_status, to_status, changed_on, source, changed_by)
    SELECT gen_random_uuid(), id, NULL, CASE status WHEN 'cured' THEN 'confirmed' WHEN 'excluded' THEN 'suspected' ELSE status END, status_on, source, created_by FROM cases`.execute(db);
  await sql`INSERT INTO case_changes (id, case_id, from_status, to_status, changed_on, source, changed_by)
    SELECT gen_random_uuid(), id, CASE status WHEN 'cured' THEN 'confirmed' ELSE 'suspected' END, status, status_on, source, created_by
    FROM cases WHERE status IN ('cured', 'excluded')`.execute(db);
  await sql`ANALYZE`.execute(db);
}
