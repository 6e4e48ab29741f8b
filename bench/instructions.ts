import crypto from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { seedDemoIfEmpty } from '../demo/seed.ts';
import { openDatabase } from '../server/db/database.ts';
import { migrate } from '../server/db/migrate.ts';
import { adminQuery, databaseUrlFor } from '../server/test/test-database.ts';
import { BENCH_PASSWORD, openBenchApp, p95, timeEach, type BenchApp } from './bench-app.ts';
import type { BenchResult } from './report.ts';

const NAME = 'epigrid_bench_instructions';
const GRID_WORKER = 'grid_worker';

/**
 * The demo geography with one grid worker account per grid (so a city-wide instruction tells
 * 8,129 accounts), made once and kept; instructions are added by the benchmark itself.
 */
async function prepareDatabase(serverUrl: string): Promise<string> {
  const url = databaseUrlFor(serverUrl, NAME);
  const probe = await openDatabase({ kind: 'postgres', url: databaseUrlFor(serverUrl, 'postgres'), poolSize: 1 });
  const exists = (await sql`SELECT 1 FROM pg_database WHERE datname = ${NAME}`.execute(probe.db)).rows.length > 0;
  await probe.close();
  if (!exists) await adminQuery(serverUrl, `CREATE DATABASE ${NAME}`);
  const database = await openDatabase({ kind: 'postgres', url, poolSize: 2 });
  try {
    await migrate(database);
    await seedDemoIfEmpty(database, BENCH_PASSWORD);
    await sql`INSERT INTO users (id, username, display_name, role, region_code, password_hash, is_demo)
      SELECT gen_random_uuid(), 'bench_worker_' || g.code, g.name || '网格员', 'grid_worker', g.code, w.password_hash, true
      FROM regions g CROSS JOIN (SELECT password_hash FROM users WHERE username = ${GRID_WORKER}) w
      WHERE g.level = 5 AND NOT EXISTS (SELECT 1 FROM users u WHERE u.region_code = g.code AND u.role = 'grid_worker')`.execute(database.db);
    await sql`ANALYZE`.execute(database.db);
  } finally {
    await database.close();
  }
  return url;
}

async function signIn(bench: BenchApp, username: string): Promise<string> {
  const login = await bench.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: BENCH_PASSWORD } });
  if (login.statusCode !== 200) throw new Error(`login ${username}: ${login.statusCode}`);
  return login.headers['set-cookie']!.toString().split(';')[0]!;
}

function cityInstruction(n: number) {
  return {
    id: crypto.randomUUID(), title: `全市网格排查通知 第${n}号`, body: '请各网格今日完成辖区内重点人员入户排查，并反馈排查户数。', priority: 'normal',
    dueAt: new Date(Date.now() + 86_400_000).toISOString(), recipients: { kind: 'grid_workers', regions: ['3715'] }, feedbackRequired: true,
    feedbackFields: [{ key: 'households', label: '排查户数', unit: '户' }],
  };
}

/**
 * The same rows a city-wide send writes, by plain SQL and without the API: the instruction,
 * a receipt per grid and a notification per worker (INSERT … SELECT, as the service does).
 * What the API adds on top is its checks, scope, audit and live notice.
 */
async function plainFanOut(bench: BenchApp, senderId: string, n: number): Promise<string> {
  const i = cityInstruction(n);
  return bench.database.transaction(async (tx) => {
    await sql`INSERT INTO instructions (id, title, body, priority, kind, unit_level, regions, feedback_required, feedback_fields, due_at, send_at, announced, sender_id, sender_region, receipts)
      VALUES (${i.id}, ${i.title}, ${i.body}, 'normal', 'grid_workers', 5, ARRAY['3715'], true, '[]', ${i.dueAt}, now(), true, ${senderId}, '3715', 0)`.execute(tx);
    await sql`INSERT INTO instruction_receipts (instruction_id, unit_code) SELECT ${i.id}, code FROM regions WHERE level = 5 AND code >= '3715' AND code < '3716'`.execute(tx);
    await sql`INSERT INTO notifications (user_id, kind, title, priority, instruction_id, at)
      SELECT u.id, 'instruction', ${i.title}, 'normal', ${i.id}, now() FROM instruction_receipts r JOIN users u ON u.region_code = r.unit_code AND u.role = 'grid_worker'
      WHERE r.instruction_id = ${i.id}`.execute(tx);
    return i.id;
  });
}

const storedReceipts = async (bench: BenchApp, ids: string[]) => (ids.length === 0 ? 0
  : Number((await sql<{ n: number }>`SELECT count(*) AS n FROM instruction_receipts WHERE instruction_id IN (${sql.join(ids)})`.execute(bench.database.db)).rows[0]!.n));

/**
 * A city-wide instruction through the API (A) against the same rows by plain SQL (B), in
 * alternation, then the worker's inbox and the city's progress tree with `instructions`
 * city-wide instructions stored (8,129 receipts each), each against a plain query of the same rows.
 */
export async function benchInstructions(options: { serverUrl: string; instructions: number; rounds: number; requests: number }): Promise<BenchResult[]> {
  const bench = await openBenchApp(await prepareDatabase(options.serverUrl));
  try {
    const db = bench.database.db;
    await sql`TRUNCATE instruction_feedback, instruction_reminders, instruction_receipts, notifications, instructions CASCADE`.execute(db);
    const commander = await signIn(bench, 'commander');
    const worker = await signIn(bench, GRID_WORKER);
    const { rows: [who] } = await sql<{ id: string; grid: string }>`SELECT (SELECT id FROM users WHERE username = 'commander') AS id, (SELECT region_code FROM users WHERE username = ${GRID_WORKER}) AS grid`.execute(db);
    const grids = Number((await sql<{ n: number }>`SELECT count(*) AS n FROM regions WHERE level = 5`.execute(db)).rows[0]!.n);

    const api: number[] = [];
    const plain: number[] = [];
    const acknowledged: string[] = [];
    let acknowledgedReceipts = 0;
    let sent = 0;
    const sendOne = async () => {
      const payload = cityInstruction(++sent);
      const start = performance.now();
      const res = await bench.app.inject({ method: 'POST', url: '/api/instructions', payload, headers: { cookie: commander } });
      const ms = performance.now() - start;
      if (res.statusCode !== 201) throw new Error(`send: ${res.statusCode} ${res.body}`);
      acknowledged.push(payload.id);
      acknowledgedReceipts += (res.json() as { receipts: number }).receipts;
      return ms;
    };
    for (let round = 0; round < options.rounds; round++) {
      api.push(await sendOne());
      const start = performance.now();
      const id = await plainFanOut(bench, who!.id, round);
      plain.push(performance.now() - start);
      // Not part of the stored set the inbox is measured over.
      await sql`DELETE FROM notifications WHERE instruction_id = ${id}`.execute(db);
      await sql`DELETE FROM instruction_receipts WHERE instruction_id = ${id}`.execute(db);
      await sql`DELETE FROM instructions WHERE id = ${id}`.execute(db);
    }
    while (sent < options.instructions) await sendOne();
    const stored = await storedReceipts(bench, acknowledged);
    await sql`ANALYZE`.execute(db);

    const inbox = () => bench.app.inject({ url: '/api/instructions/inbox', headers: { cookie: worker } });
    const plainInbox = () => sql`SELECT i.*, r.* FROM instruction_receipts r JOIN instructions i ON i.id = r.instruction_id
      WHERE r.unit_code = ${who!.grid} AND i.withdrawn_at IS NULL AND i.send_at <= now() ORDER BY i.send_at DESC LIMIT 300`.execute(db);
    const target = acknowledged[0]!;
    const progress = () => bench.app.inject({ url: `/api/instructions/${target}/progress`, headers: { cookie: commander } });
    const plainProgress = () => sql`SELECT left(unit_code, 6), count(*), count(*) FILTER (WHERE read_at IS NOT NULL), count(*) FILTER (WHERE status = 'done')
      FROM instruction_receipts WHERE instruction_id = ${target} GROUP BY 1`.execute(db);
    const samples = { inbox: [] as number[], plainInbox: [] as number[], progress: [] as number[], plainProgress: [] as number[] };
    for (let round = 0; round < options.rounds; round++) {
      samples.inbox.push(...await timeEach(options.requests, inbox));
      samples.plainInbox.push(...await timeEach(options.requests, plainInbox));
      samples.progress.push(...await timeEach(options.requests, progress));
      samples.plainProgress.push(...await timeEach(options.requests, plainProgress));
    }
    const inboxItems = ((await inbox()).json() as { items: unknown[] }).items.length;
    const median = (s: number[]) => [...s].sort((a, b) => a - b)[Math.floor(s.length / 2)]!;
    const ms = (n: number) => `${n.toFixed(1)} ms`;
    return [
      { name: `city-wide send (${grids.toLocaleString('en')} receipts + notifications), median`, value: `${ms(median(api))} | plain SQL ${ms(median(plain))} (API ×${(median(api) / median(plain)).toFixed(2)}), slowest ${ms(Math.max(...api))}` },
      { name: 'receipts acknowledged | stored', value: `${acknowledgedReceipts.toLocaleString('en')} | ${stored.toLocaleString('en')} (${acknowledged.length} instructions)` },
      { name: `worker inbox p95 (${inboxItems} items; ${(stored).toLocaleString('en')} receipts stored)`, value: `${ms(p95(samples.inbox))} | plain SQL ${ms(p95(samples.plainInbox))} (×${(p95(samples.inbox) / p95(samples.plainInbox)).toFixed(2)})` },
      { name: 'city progress tree p95', value: `${ms(p95(samples.progress))} | plain GROUP BY ${ms(p95(samples.plainProgress))} (×${(p95(samples.progress) / p95(samples.plainProgress)).toFixed(2)})` },
    ];
  } finally {
    await bench.close();
  }
}
