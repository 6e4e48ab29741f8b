import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_WARNING_RULES } from '../../common/declarations/warning-rules.ts';
import { createTestContext, TEST_PASSWORD, type TestContext } from '../../server/test/harness.ts';
import { streamFor } from '../geography/prng.ts';
import { seedDemoHistory } from '../history/index.ts';
import { recountQuery, workerDaysQuery } from '../history/recount.ts';
import { SMALL_VOLUMES } from '../history/volumes.ts';
import { REGION_COUNTS, ROLLED_UP, sortedRows } from '../test/queries.ts';
import { DemoSimulator, startDemoSimulator, type SimulatorRates } from './index.ts';

/** Every kind of step in every round, so a few rounds cover them all. */
const EVERY_STEP: SimulatorRates = { declarations: 3, event: 1, visit: 1, arrival: 1, verification: 1, shiftStart: 1, caseChange: 1, instructionAnswer: 1, eventStep: 1, heartbeats: 3 };

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
  await seedDemoHistory(ctx.database, ctx.services.pii, { password: TEST_PASSWORD, volumes: SMALL_VOLUMES });
});
afterAll(() => ctx.close());

type Tallied = 'declarations' | 'simulated_declarations' | 'simulated_events' | 'simulated_visits' | 'simulated_arrivals' | 'simulated_persons' | 'simulated_case_changes' | 'heartbeats';

async function tally() {
  const { rows } = await sql<Record<Tallied, number>>`SELECT
    (SELECT count(*) FROM declarations)::int AS declarations,
    (SELECT count(*) FROM declarations WHERE name LIKE '模拟居民%')::int AS simulated_declarations,
    (SELECT count(*) FROM events WHERE description LIKE '【模拟】%')::int AS simulated_events,
    (SELECT count(*) FROM visits WHERE note LIKE '【模拟】%')::int AS simulated_visits,
    (SELECT count(*) FROM movements WHERE note LIKE '【模拟】%')::int AS simulated_arrivals,
    (SELECT count(*) FROM persons WHERE name LIKE '模拟居民%')::int AS simulated_persons,
    (SELECT count(*) FROM case_changes WHERE source LIKE '【模拟】%')::int AS simulated_case_changes,
    (SELECT count(*) FROM heartbeats)::int AS heartbeats`.execute(ctx.database.db);
  return rows[0]!;
}

describe('demo simulator', () => {
  it('adds marked activity through the services, and the counters still equal a recount', async () => {
    const failures: Record<string, unknown>[] = [];
    const simulator = new DemoSimulator(ctx.services, { warn: (details) => failures.push(details) }, { rates: EVERY_STEP, random: streamFor(1, 'simulator') });
    const before = await tally();
    for (let round = 0; round < 4; round++) await simulator.tick();
    await simulator.stop();
    expect(failures).toEqual([]);
    const after = await tally();
    expect(after.declarations - before.declarations).toBe(12);
    expect(after.simulated_declarations - before.simulated_declarations).toBe(12);
    expect(after.simulated_events - before.simulated_events).toBe(4);
    expect(after.simulated_visits - before.simulated_visits).toBe(4);
    expect(after.simulated_arrivals - before.simulated_arrivals).toBe(4);
    expect(after.simulated_persons - before.simulated_persons).toBeGreaterThanOrEqual(4);
    expect(after.simulated_case_changes - before.simulated_case_changes).toBeGreaterThanOrEqual(1);

    const db = ctx.database.db;
    const { rows: incomplete } = await sql<{ id: string }>`SELECT id FROM persons WHERE name LIKE '模拟居民%'
      AND (id_number_cipher IS NULL OR phone_cipher IS NULL OR sex IS NULL OR birth_date IS NULL)`.execute(db);
    expect(incomplete, 'simulated residents have an ID number, phone, sex and birth date like other demo people').toEqual([]);
    expect(await sortedRows(db, sql`SELECT day::text AS day, grid_code, metric, key, n FROM daily_counts`))
      .toEqual(await sortedRows(db, recountQuery(DEFAULT_WARNING_RULES.feverThreshold)));
    expect(await sortedRows(db, sql`SELECT day::text AS day, worker_id, grid_code, visits, events, movements, households, persons, duty_seconds, last_activity_at, last_lon, last_lat FROM worker_days`))
      .toEqual(await sortedRows(db, workerDaysQuery()));
    expect(await sortedRows(db, REGION_COUNTS)).toEqual(await sortedRows(db, ROLLED_UP));
  });

  it('runs on its timer and stops cleanly: nothing is written after stop()', async () => {
    const simulator = startDemoSimulator(ctx.services, { warn: () => {} }, { intervalMs: 10, rates: EVERY_STEP });
    const start = (await tally()).declarations;
    for (let i = 0; i < 200 && (await tally()).declarations === start; i++) await new Promise((resolve) => setTimeout(resolve, 25));
    await simulator.stop();
    const stopped = await tally();
    expect(stopped.declarations).toBeGreaterThan(start);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await tally()).toEqual(stopped);
  });
});
