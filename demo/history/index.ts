import { sql } from 'kysely';
import { chinaDayStart } from '../../common/time.ts';
import type { Database, Queryable } from '../../server/db/database.ts';
import { hashPassword } from '../../server/modules/auth/passwords.ts';
import { WarningRulesStore } from '../../server/modules/declarations/rules-store.ts';
import type { PiiCipher } from '../../server/pii/crypto.ts';
import { streamFor } from '../geography/prng.ts';
import { districtDepartments, nearestAccount, nearestOffice, streetAreas } from './accounts.ts';
import { loadTimeLimits } from '../../server/modules/departments/time-limits.ts';
import { insertRows } from './bulk.ts';
import { HistoryCalendar } from './calendar.ts';
import { buildCases } from './cases.ts';
import { loadCheckpoints } from './checkpoints.ts';
import { buildDeclarations } from './declarations.ts';
import { writeDeclarations } from './declarations-store.ts';
import { buildDuty } from './duty.ts';
import { buildEvents } from './events.ts';
import { writeInstructionHistory } from './instructions.ts';
import { loadGrids } from './grids.ts';
import { phonePool } from './identities.ts';
import { withIndexesPaused } from './index-pause.ts';
import { rebuildDailyCounts, rebuildWorkerDays } from './recount.ts';
import { buildRegister } from './residents.ts';
import { planTrips } from './travel.ts';
import { buildVisits } from './visits.ts';
import { CITY_VOLUMES, type HistoryVolumes } from './volumes.ts';
import { ensureGridWorkers } from './workers.ts';

export interface HistoryOptions {
  /** The demo password: the generated grid workers sign in with it. */
  password: string;
  seed?: number;
  /** The end of the history; it covers the China days up to this instant. */
  now?: Date;
  volumes?: HistoryVolumes;
}

export interface HistorySummary {
  days: number;
  gridWorkers: number;
  households: number;
  persons: number;
  arrivals: number;
  departures: number;
  events: number;
  visits: number;
  dutyShifts: number;
  declarations: number;
  warnings: number;
  cases: number;
  instructions: number;
  receipts: number;
  dailyCounts: number;
  workerDays: number;
}

/** The day Wuhan closed its gates, 2020-01-23: the default seed. */
const DEFAULT_HISTORY_SEED = 20200123;
/** The tables loaded in bulk, whose secondary indexes are rebuilt once at the end. */
const BULK_TABLES = ['households', 'persons', 'movements', 'events', 'event_status_changes', 'visits', 'duty_shifts', 'declarations', 'warnings', 'daily_counts', 'region_counts', 'worker_days'];
/** Arbitrary constant: two processes starting on one empty database make one history. */
const HISTORY_LOCK = 3715_0002;

/**
 * Every generated row refers to rows that exist (made or read just before), so the per-row
 * foreign-key triggers only cost time: about half of the load. Skipping them needs a
 * superuser, which the embedded database always is; elsewhere the checks simply run.
 */
async function skipReferenceChecks(tx: Queryable): Promise<void> {
  const { rows } = await sql<{ superuser: boolean }>`SELECT rolsuper AS superuser FROM pg_roles WHERE rolname = current_user`.execute(tx);
  if (rows[0]?.superuser) await sql`SET LOCAL session_replication_role = replica`.execute(tx);
}

/** No residents' declarations and no arrivals or departures yet: the demo has not been used. */
async function hasActivity(db: Queryable): Promise<boolean> {
  const { rows } = await sql<{ used: boolean }>`SELECT EXISTS (SELECT 1 FROM declarations) OR EXISTS (SELECT 1 FROM movements) AS used`.execute(db);
  return rows[0]!.used;
}

/**
 * Fills an unused demo database with the last weeks of plausible activity (see README, "The
 * demo"), all in one transaction: a start that dies half-way leaves no half history behind
 * for the guard to mistake for a used database. Answers null when there was activity already.
 */
export async function seedDemoHistory(database: Database, pii: PiiCipher, options: HistoryOptions): Promise<HistorySummary | null> {
  if (await hasActivity(database.db)) return null;
  const volumes = options.volumes ?? CITY_VOLUMES;
  const seed = options.seed ?? DEFAULT_HISTORY_SEED;
  const calendar = new HistoryCalendar(options.now ?? new Date(), volumes.days);
  const rulesStore = new WarningRulesStore(database.db);
  const [grids, passwordHash] = await Promise.all([loadGrids(database.db, volumes.grids), hashPassword(options.password), rulesStore.reload()]);
  const rules = rulesStore.current;

  return database.transaction(async (tx) => {
    await sql`SELECT pg_advisory_xact_lock(${HISTORY_LOCK})`.execute(tx);
    if (await hasActivity(tx)) return null;
    // The recount's grouping and sorting fit in memory instead of spilling to temporary files.
    await sql`SET LOCAL work_mem = '256MB'`.execute(tx);
    await skipReferenceChecks(tx);
    const appointedAt = new Date(chinaDayStart(calendar.days[0]!).getTime() - 86_400_000);
    const byGrid = await ensureGridWorkers(tx, grids, passwordHash, streamFor(seed, 'workers'), appointedAt);
    const workers = grids.map((g) => byGrid.get(g.code)!);
    const checkpoints = await loadCheckpoints(tx, grids);
    const loop = {
      rules: await loadTimeLimits(tx),
      areaOf: await streetAreas(tx),
      departmentFor: await districtDepartments(tx),
      dispatcherFor: await nearestOffice(tx, ['staff', 'commander']),
    };
    const registrarFor = await nearestAccount(tx, ['health']);

    const trips = planTrips(calendar, grids.map((g) => g.population), volumes, streamFor(seed, 'trips'));
    const phones = phonePool(pii, volumes.declarants, streamFor(seed, 'phones'));
    const register = buildRegister(trips, { calendar, grids, workers, pii, phones, householdersPerHousehold: volumes.householdersPerHousehold }, streamFor(seed, 'register'));
    const { events, changes: eventChanges } = buildEvents(volumes.events, { calendar, grids, workers, loop }, streamFor(seed, 'events'));
    const visits = buildVisits(volumes.visits, register, calendar, workers, streamFor(seed, 'visits'));
    const duty = buildDuty(volumes.dutyShifts, checkpoints, calendar, workers, streamFor(seed, 'duty'));
    const declarations = buildDeclarations(volumes.declarations, volumes.declarants, volumes.warnings, { calendar, checkpoints, workers, rules, pii, phones }, streamFor(seed, 'declarations'));
    const cases = buildCases(register.travellers, volumes.cases, { calendar, grids, registrarFor }, streamFor(seed, 'cases'));

    const [dailyCounts, workerDays] = await withIndexesPaused(tx, BULK_TABLES, async () => {
      await insertRows(tx, 'households', register.households);
      await insertRows(tx, 'persons', register.persons);
      await insertRows(tx, 'movements', register.movements);
      await insertRows(tx, 'events', events);
      await insertRows(tx, 'event_status_changes', eventChanges);
      await insertRows(tx, 'visits', visits);
      await insertRows(tx, 'duty_shifts', duty.shifts);
      await insertRows(tx, 'heartbeats', duty.heartbeats);
      await writeDeclarations(tx, declarations, checkpoints);
      await insertRows(tx, 'cases', cases.cases);
      await insertRows(tx, 'case_changes', cases.changes);
      return [await rebuildDailyCounts(tx, rules.feverThreshold), await rebuildWorkerDays(tx)];
    });
    const sent = await writeInstructionHistory(tx, calendar.now, streamFor(seed, 'instructions'));
    return {
      days: volumes.days,
      gridWorkers: byGrid.size,
      households: register.households.length,
      persons: register.persons.length,
      arrivals: register.movements.filter((m) => m.direction === 'arrival').length,
      departures: register.movements.filter((m) => m.direction === 'departure').length,
      events: events.length,
      visits: visits.length,
      dutyShifts: duty.shifts.length,
      declarations: declarations.declarations.length,
      warnings: declarations.warnings.length,
      cases: cases.cases.length,
      instructions: sent.instructions,
      receipts: sent.receipts,
      dailyCounts,
      workerDays,
    };
  });
}

/** One line for the start-up output. */
export function describeHistory(s: HistorySummary, seconds: number): string {
  const n = (v: number) => v.toLocaleString('en-US');
  return `demo history (last ${s.days} days) generated in ${seconds.toFixed(1)} s: ${n(s.gridWorkers)} grid workers, ${n(s.households)} households, `
    + `${n(s.persons)} people, ${n(s.arrivals)} arrivals, ${n(s.departures)} departures, ${n(s.events)} events, ${n(s.visits)} visits, `
    + `${n(s.dutyShifts)} duty shifts, ${n(s.declarations)} declarations, ${n(s.warnings)} warnings, ${n(s.cases)} cases, `
    + `${n(s.instructions)} instructions (${n(s.receipts)} receipts)`;
}
