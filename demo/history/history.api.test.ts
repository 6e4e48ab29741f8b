import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessDeclaration, DEFAULT_WARNING_RULES, higherLevel } from '../../common/declarations/warning-rules.ts';
import type { Symptom, WarningLevel } from '../../common/declarations/vocabulary.ts';
import { METRICS } from '../../common/metrics.ts';
import type { Queryable } from '../../server/db/database.ts';
import { createTestContext, TEST_PASSWORD, type TestContext } from '../../server/test/harness.ts';
import { seedDemoHistory, type HistorySummary } from './index.ts';
import { recountQuery, workerDaysQuery } from './recount.ts';
import { SMALL_VOLUMES } from './volumes.ts';
import { orphanReferences, REGION_COUNTS, ROLLED_UP, sortedRows } from '../test/queries.ts';

const NOW = new Date();
let first: TestContext;
let second: TestContext;
let summary: HistorySummary;

beforeAll(async () => {
  first = await createTestContext();
  second = await createTestContext();
  summary = (await seedDemoHistory(first.database, first.services.pii, { password: TEST_PASSWORD, now: NOW, volumes: SMALL_VOLUMES, seed: 7 }))!;
  await seedDemoHistory(second.database, second.services.pii, { password: TEST_PASSWORD, now: NOW, volumes: SMALL_VOLUMES, seed: 7 });
});
afterAll(async () => {
  await first?.close();
  await second?.close();
});

const db = () => first.database.db;

describe('demo history', () => {
  it('makes the volumes asked for, once', async () => {
    expect(summary.gridWorkers).toBe(SMALL_VOLUMES.grids);
    expect(summary.arrivals).toBe(Object.values(SMALL_VOLUMES.arrivals).reduce((a, b) => a + b, 0));
    expect(summary.departures).toBe(SMALL_VOLUMES.departures);
    expect(summary.events).toBe(SMALL_VOLUMES.events);
    expect(summary.declarations).toBe(SMALL_VOLUMES.declarations);
    expect(summary.warnings).toBeGreaterThan(SMALL_VOLUMES.warnings / 2);
    expect(summary.cases).toBeGreaterThan(SMALL_VOLUMES.cases.confirmed);
    // A used database is left alone.
    expect(await seedDemoHistory(first.database, first.services.pii, { password: TEST_PASSWORD, volumes: SMALL_VOLUMES })).toBeNull();
  });

  it('sends instructions that were read and answered along a curve, one scheduled ahead', async () => {
    expect(summary.instructions).toBe(7);
    const { rows } = await sql<{ title: string; receipts: number; total: number; read: number; done: number; feedback: number; scheduled: boolean }>`
      SELECT i.title, i.receipts, count(r.*)::int AS total, count(r.read_at)::int AS read, count(*) FILTER (WHERE r.status = 'done')::int AS done,
        (SELECT count(*)::int FROM instruction_feedback f WHERE f.instruction_id = i.id) AS feedback, i.send_at > now() AS scheduled
      FROM instructions i JOIN instruction_receipts r ON r.instruction_id = i.id GROUP BY i.id ORDER BY i.send_at`.execute(db());
    expect(rows.every((r) => r.receipts === r.total && r.done <= r.read && r.feedback === r.done)).toBe(true);
    const sent = rows.filter((r) => !r.scheduled);
    expect(sent.reduce((n, r) => n + r.done, 0)).toBeGreaterThan(0);
    expect(sent.every((r) => r.total > 0)).toBe(true);
    expect(rows.filter((r) => r.scheduled)).toEqual([expect.objectContaining({ read: 0, done: 0 })]);
  });

  it('runs events through the dispatch loop: departments handle them, most on time, a few late and under supervision', async () => {
    const { rows } = await sql<{ status: string; n: number; dept: number; late: number; escalated: number; spot: number; broken: number }>`
      SELECT e.status, count(*)::int AS n, count(e.assigned_department_id)::int AS dept, count(*) FILTER (WHERE e.handle_on_time = false)::int AS late,
        count(e.supervision_region)::int AS escalated, count(*) FILTER (WHERE e.handled_on_spot)::int AS spot,
        count(*) FILTER (WHERE e.status <> coalesce((SELECT c.to_status FROM event_status_changes c WHERE c.event_id = e.id ORDER BY c.changed_at DESC, c.id DESC LIMIT 1), CASE WHEN e.handled_on_spot THEN 'handled' ELSE 'reported' END))::int AS broken
      FROM events e GROUP BY e.status`.execute(db());
    const by = new Map(rows.map((r) => [r.status, r]));
    expect(rows.reduce((n, r) => n + r.broken, 0)).toBe(0);
    expect(by.get('closed')!.n).toBeGreaterThan(summary.events / 2);
    expect(by.get('closed')!.dept).toBeGreaterThan(0);
    expect(rows.reduce((n, r) => n + r.late, 0)).toBeGreaterThan(0);
    expect(rows.reduce((n, r) => n + r.spot, 0)).toBeGreaterThan(0);
    const open = await sql<{ n: number; overdue: number; unescalated: number }>`SELECT count(*)::int AS n,
        count(*) FILTER (WHERE step_due_at < ${NOW})::int AS overdue,
        count(*) FILTER (WHERE step_due_at < ${NOW} AND escalated_at IS NULL)::int AS unescalated
      FROM events WHERE status IN ('reported', 'accepted', 'dispatched', 'handled', 'verified', 'returned')`.execute(db());
    expect(open.rows[0]!.unescalated).toBe(0);
  });

  it('has counters equal to a recount of the facts, for every metric', async () => {
    const counters = await sortedRows(db(), sql`SELECT day::text AS day, grid_code, metric, key, n FROM daily_counts`);
    expect(counters).toEqual(await sortedRows(db(), recountQuery(DEFAULT_WARNING_RULES.feverThreshold)));
    const metrics = new Set(counters.map((c) => c.metric));
    for (const metric of Object.values(METRICS)) expect(metrics, metric).toContain(metric);
    // The same figures by a different road: totals against plain counts of the facts.
    const total = async (metric: string) => Number((await sql<{ n: number }>`SELECT coalesce(sum(n), 0) AS n FROM daily_counts WHERE metric = ${metric}`.execute(db())).rows[0]!.n);
    expect(await total(METRICS.declarations)).toBe(summary.declarations);
    expect(await total(METRICS.warningsRaised)).toBe(summary.warnings);
    expect(await total(METRICS.events)).toBe(summary.events);
    expect(await total(METRICS.arrivals)).toBe(summary.arrivals);
    // Entries minus exits of each status is the number of cases in it now.
    const inStatus = await sql<{ status: string; n: number }>`SELECT status, count(*)::int AS n FROM cases GROUP BY status`.execute(db());
    for (const { status, n } of inStatus.rows) {
      const net = await sql<{ n: number }>`SELECT coalesce(sum(CASE metric WHEN 'case_entries' THEN n ELSE -n END), 0)::int AS n
        FROM daily_counts WHERE metric IN ('case_entries', 'case_exits') AND key = ${status}`.execute(db());
      expect(net.rows[0]!.n, status).toBe(n);
    }
    expect(await sortedRows(db(), sql`SELECT day::text AS day, worker_id, grid_code, visits, events, movements, households, persons, duty_seconds, last_activity_at, last_lon, last_lat FROM worker_days`))
      .toEqual(await sortedRows(db(), workerDaysQuery()));
    expect(await sortedRows(db(), REGION_COUNTS)).toEqual(await sortedRows(db(), ROLLED_UP));
  });

  it('places every fact inside its own grid', async () => {
    const located = [
      ...(await sql<{ grid_code: string; lon: number; lat: number }>`SELECT grid_code, lon, lat FROM households`.execute(db())).rows,
      ...(await sql<{ grid_code: string; lon: number; lat: number }>`SELECT grid_code, lon, lat FROM visits`.execute(db())).rows,
      ...(await sql<{ grid_code: string; lon: number; lat: number }>`SELECT grid_code, lon, lat FROM events`.execute(db())).rows,
      ...(await sql<{ grid_code: string; lon: number; lat: number }>`SELECT grid_code, start_lon AS lon, start_lat AS lat FROM duty_shifts`.execute(db())).rows,
      ...(await sql<{ grid_code: string; lon: number; lat: number }>`SELECT d.grid_code, c.lon, c.lat FROM declarations d JOIN checkpoints c ON c.id = d.checkpoint_id`.execute(db())).rows,
    ];
    expect(located.length).toBeGreaterThan(SMALL_VOLUMES.events + SMALL_VOLUMES.declarations);
    const misplaced = located.filter((f) => first.services.locator.locate(f.lon, f.lat).gridCode !== f.grid_code);
    expect(misplaced).toEqual([]);
    const strays = await sql<{ n: number }>`SELECT count(*)::int AS n FROM (
      SELECT grid_code FROM persons UNION ALL SELECT grid_code FROM movements UNION ALL SELECT grid_code FROM cases UNION ALL SELECT grid_code FROM warnings
    ) f WHERE NOT EXISTS (SELECT 1 FROM regions r WHERE r.code = f.grid_code AND r.level = 5)`.execute(db());
    expect(strays.rows[0]!.n).toBe(0);
    expect(await orphanReferences(db())).toEqual([]);
  });

  it('links declarations and warnings as the intake does', async () => {
    const declarations = (await sql<{ id: string; warning_id: string | null; result: string; temperature: string; symptoms: Symptom[]; key_area_travel: boolean; case_contact: boolean; declared_at: Date; phone_index: string }>`
      SELECT id, warning_id, result, temperature::text, symptoms, key_area_travel, case_contact, declared_at, phone_index FROM declarations`.execute(db())).rows;
    const byWarning = new Map<string, typeof declarations>();
    for (const d of declarations) {
      const level = assessDeclaration({ temperature: Number(d.temperature), symptoms: d.symptoms, keyAreaTravel: d.key_area_travel, caseContact: d.case_contact }, DEFAULT_WARNING_RULES).level;
      expect(d.result).toBe(level ? 'stop' : 'pass');
      expect(d.warning_id !== null).toBe(level !== null);
      if (d.warning_id) byWarning.set(d.warning_id, [...(byWarning.get(d.warning_id) ?? []), d]);
    }
    const warnings = (await sql<{ id: string; level: WarningLevel; declaration_count: number; first_declared_at: Date; last_declared_at: Date; last_declaration_id: string; phone_index: string; max_temperature: string; due_at: Date; status: string; verified_at: Date | null; outcome: string | null }>`
      SELECT id, level, declaration_count, first_declared_at, last_declared_at, last_declaration_id, phone_index, max_temperature::text, due_at, status, verified_at, outcome FROM warnings`.execute(db())).rows;
    expect(warnings.length).toBe(byWarning.size);
    for (const w of warnings) {
      const linked = byWarning.get(w.id)!.sort((a, b) => a.declared_at.getTime() - b.declared_at.getTime());
      expect(linked.length).toBe(w.declaration_count);
      expect(linked.every((d) => d.phone_index === w.phone_index)).toBe(true);
      expect(linked[0]!.declared_at).toEqual(w.first_declared_at);
      expect(linked[linked.length - 1]!.declared_at).toEqual(w.last_declared_at);
      expect(linked[linked.length - 1]!.id).toBe(w.last_declaration_id);
      expect(Math.max(...linked.map((d) => Number(d.temperature)))).toBe(Number(w.max_temperature));
      const level = linked.map((d) => assessDeclaration({ temperature: Number(d.temperature), symptoms: d.symptoms, keyAreaTravel: d.key_area_travel, caseContact: d.case_contact }, DEFAULT_WARNING_RULES).level!)
        .reduce(higherLevel);
      expect(w.level).toBe(level);
      expect(w.due_at.getTime() - w.first_declared_at.getTime()).toBe(DEFAULT_WARNING_RULES.overdueHours * 3_600_000);
      if (w.status === 'verified') {
        expect(w.outcome).not.toBeNull();
        expect(w.verified_at!.getTime()).toBeGreaterThanOrEqual(w.last_declared_at.getTime());
        expect(w.verified_at!.getTime()).toBeLessThanOrEqual(NOW.getTime());
      }
    }
    const open = warnings.filter((w) => w.status === 'open');
    expect(warnings.length - open.length).toBeGreaterThan(open.length);
    expect(open.some((w) => w.due_at < NOW)).toBe(true);
  });

  it('leaves only the last day\'s warnings open, a handful of them overdue, as a centre that handles them would', async () => {
    const warnings = (await sql<{ status: string; last_declared_at: Date; due_at: Date; verified_at: Date | null }>`
      SELECT status, last_declared_at, due_at, verified_at FROM warnings`.execute(db())).rows;
    const open = warnings.filter((w) => w.status === 'open');
    const dayAgo = NOW.getTime() - 24 * 3_600_000;
    expect(open.filter((w) => w.last_declared_at.getTime() <= dayAgo)).toEqual([]);
    const overdue = open.filter((w) => w.due_at < NOW);
    expect(overdue.length).toBeGreaterThanOrEqual(1);
    expect(overdue.length).toBeLessThanOrEqual(Math.ceil(warnings.length * 0.05));
    const late = warnings.filter((w) => w.verified_at && w.verified_at > w.due_at);
    expect(late.length).toBeGreaterThan(0);
  });

  it('shapes the daily declarations and field reports like the outbreak: a rise and fall, quieter weekends', async () => {
    const perDay = async (query: ReturnType<typeof sql<{ day: string; n: number }>>) => new Map((await query.execute(db())).rows.map((r) => [r.day, r.n]));
    const declarations = await perDay(sql<{ day: string; n: number }>`SELECT (declared_at AT TIME ZONE 'Asia/Shanghai')::date::text AS day, count(*)::int AS n FROM declarations GROUP BY 1`);
    const events = await perDay(sql<{ day: string; n: number }>`SELECT (occurred_at AT TIME ZONE 'Asia/Shanghai')::date::text AS day, count(*)::int AS n FROM events GROUP BY 1`);
    // The days after the first week's start-up, today (only partly over) left out.
    const days = [...declarations.keys()].sort().slice(-20, -1);
    const weekday = (day: string) => new Date(`${day}T12:00:00+08:00`).getUTCDay();
    const isWeekend = (day: string) => weekday(day) === 0 || weekday(day) === 6;
    for (const [what, counts] of [['declarations', declarations], ['events', events]] as const) {
      const n = (day: string) => counts.get(day) ?? 0;
      const weekdays = days.filter((d) => !isWeekend(d)).map(n);
      expect(Math.max(...weekdays) / Math.min(...weekdays), `${what}: busiest weekday against quietest`).toBeGreaterThanOrEqual(1.4);
      const weekendRatios = days.filter(isWeekend).map((d) => {
        const near = days.filter((o) => !isWeekend(o) && Math.abs(Date.parse(o) - Date.parse(d)) <= 3 * 86_400_000).map(n);
        return n(d) / (near.reduce((a, b) => a + b, 0) / near.length);
      });
      expect(weekendRatios.reduce((a, b) => a + b, 0) / weekendRatios.length, `${what}: a weekend day against the weekdays around it`).toBeLessThan(0.9);
    }
  });

  it('writes nothing later than now, and the same history for the same seed', async () => {
    const latest = await sql<{ at: Date | null }>`SELECT max(at) AS at FROM (
      SELECT max(created_at) AS at FROM events UNION ALL SELECT max(declared_at) FROM declarations UNION ALL SELECT max(visited_at) FROM visits
      UNION ALL SELECT max(created_at) FROM movements UNION ALL SELECT max(started_at) FROM duty_shifts UNION ALL SELECT max(changed_at) FROM case_changes
    ) t`.execute(db());
    expect(latest.rows[0]!.at!.getTime()).toBeLessThanOrEqual(NOW.getTime());
    const fingerprint = async (q: Queryable) => (await sql<{ table: string; digest: string }>`
      SELECT 'households' AS table, md5(string_agg(t::text, '|' ORDER BY t.id)) AS digest FROM (SELECT id, grid_code, address, lon, lat, created_at FROM households) t
      UNION ALL SELECT 'persons', md5(string_agg(t::text, '|' ORDER BY t.id)) FROM (SELECT id, name, id_number_index, id_number_masked, phone_index, birth_date, created_at FROM persons) t
      UNION ALL SELECT 'movements', md5(string_agg(t::text, '|' ORDER BY t.id)) FROM (SELECT id, person_id, category, direction, moved_on, place_city FROM movements) t
      UNION ALL SELECT 'events', md5(string_agg(t::text, '|' ORDER BY t.id)) FROM (SELECT id, grid_code, category, description, status, lon, lat, occurred_at FROM events) t
      UNION ALL SELECT 'declarations', md5(string_agg(t::text, '|' ORDER BY t.id)) FROM (SELECT id, checkpoint_id, declared_at, name, phone_index, temperature, symptoms, warning_id FROM declarations) t
      UNION ALL SELECT 'warnings', md5(string_agg(t::text, '|' ORDER BY t.id)) FROM (SELECT id, level, status, verified_at, outcome FROM warnings) t
      UNION ALL SELECT 'cases', md5(string_agg(t::text, '|' ORDER BY t.id)) FROM (SELECT id, person_id, status, status_on FROM cases) t
      UNION ALL SELECT 'daily_counts', md5(string_agg(t::text, '|' ORDER BY t.day, t.grid_code, t.metric, t.key)) FROM daily_counts t
      ORDER BY 1`.execute(q)).rows;
    expect(await fingerprint(second.database.db)).toEqual(await fingerprint(db()));
  });
});
