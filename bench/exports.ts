import { fork, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream } from 'node:stream/web';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { seedDemoIfEmpty } from '../demo/seed.ts';
import { openDatabase } from '../server/db/database.ts';
import { migrate } from '../server/db/migrate.ts';
import { adminQuery, databaseUrlFor, uniqueDatabaseName } from '../server/test/test-database.ts';
import { BENCH_PASSWORD } from './bench-app.ts';
import { formatRate, type BenchResult } from './report.ts';

const TARGET = path.join(path.dirname(fileURLToPath(import.meta.url)), 'export-target.ts');
const PORT = 39_101;
const MB = 1024 * 1024;

interface Run {
  rows: number;
  ms: number;
  /** Peak RSS over the RSS when the export started, in bytes. */
  growth: number;
}

function target(args: string[]): ChildProcess {
  return fork(TARGET, args, { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'ignore', 'inherit', 'ipc'], env: { ...process.env, NODE_ENV: 'production' } });
}

function nextMessage<T>(child: ChildProcess): Promise<T> {
  return new Promise((resolve, reject) => {
    const exited = (code: number | null) => reject(new Error(`export target exited with ${code}`));
    child.once('exit', exited);
    child.once('message', (message) => {
      child.off('exit', exited);
      resolve(message as T);
    });
  });
}

async function stopped(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exit = new Promise((resolve) => child.once('exit', resolve));
  child.kill();
  await exit;
}

/** Data rows in a written export: rows below the header that carry a grid code (the notes carry none). */
async function rowsInFile(file: string): Promise<number> {
  let n = 0;
  for await (const sheet of new ExcelJS.stream.xlsx.WorkbookReader(file, { worksheets: 'emit', sharedStrings: 'cache' })) {
    for await (const row of sheet) if (row.number > 1 && row.getCell(13).value) n += 1;
  }
  return n;
}

/** A: the city's movements through GET /api/movements/export over a socket, the server in its own process. */
async function streamed(url: string, file: string): Promise<Run> {
  const child = target(['stream', url, String(PORT)]);
  try {
    await nextMessage(child);
    const login = await fetch(`http://127.0.0.1:${PORT}/api/auth/login`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'commander', password: BENCH_PASSWORD }),
    });
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    child.send('mark');
    await nextMessage(child);
    const started = performance.now();
    const res = await fetch(`http://127.0.0.1:${PORT}/api/movements/export`, { headers: { cookie } });
    if (res.status !== 200) throw new Error(`export: ${res.status} ${await res.text()}`);
    await pipeline(Readable.fromWeb(res.body as ReadableStream), createWriteStream(file));
    const ms = performance.now() - started;
    child.send('report');
    const { start, peak } = await nextMessage<{ start: number; peak: number }>(child);
    return { rows: await rowsInFile(file), ms, growth: peak - start };
  } finally {
    await stopped(child);
  }
}

/** B: the same rows the way exports were made before: all loaded, one in-memory workbook, its bytes. */
async function buffered(url: string, file: string): Promise<Run> {
  const child = target(['buffer', url, file]);
  try {
    const { start, peak, ms } = await nextMessage<{ start: number; peak: number; ms: number }>(child);
    return { rows: await rowsInFile(file), ms, growth: peak - start };
  } finally {
    await stopped(child);
  }
}

/** `rows` people with one movement each, spread over the city's grids and the last 60 days, made inside PostgreSQL. */
async function generateMovements(url: string, rows: number): Promise<number> {
  const database = await openDatabase({ kind: 'postgres', url, poolSize: 1 });
  try {
    await migrate(database);
    await seedDemoIfEmpty(database, BENCH_PASSWORD);
    const db = database.db;
    await sql`SELECT setseed(0.2020)`.execute(db);
    await sql`CREATE TEMP TABLE bench_grids AS SELECT row_number() OVER (ORDER BY code) - 1 AS i, code FROM regions WHERE level = 5`.execute(db);
    const admin = sql`(SELECT id FROM users WHERE username = 'admin')`;
    await sql`INSERT INTO persons (id, grid_code, name, created_by, created_at)
      SELECT gen_random_uuid(), g.code, '居民' || s, ${admin}, now() - random() * interval '60 days'
      FROM generate_series(1, ${rows}) s JOIN bench_grids g ON g.i = (s::bigint * 7919) % (SELECT count(*) FROM bench_grids)`.execute(db);
    await sql`INSERT INTO movements (id, person_id, grid_code, direction, category, place_city, moved_on, arrived_on, health_status, observation_ends_on, created_by, created_at)
      SELECT gen_random_uuid(), p.id, p.grid_code, 'arrival', (ARRAY['wuhan', 'hubei_other', 'other_province', 'abroad', 'in_province'])[1 + floor(random() * 5)::int],
        '武汉市', d.day, d.day, 'normal', d.day + 14, p.created_by, p.created_at
      FROM persons p CROSS JOIN LATERAL (SELECT (p.created_at AT TIME ZONE 'Asia/Shanghai')::date AS day) d`.execute(db);
    await sql`VACUUM ANALYZE`.execute(db);
    const { rows: counted } = await sql<{ n: number }>`SELECT count(*) AS n FROM movements`.execute(db);
    return Number(counted[0]!.n);
  } finally {
    await database.close();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const mb = (bytes: number) => `${(bytes / MB).toFixed(0)} MB`;

/**
 * The city's arrivals and departures as .xlsx on PostgreSQL: A, the streaming export over
 * HTTP, against B, the in-memory workbook it replaced, interleaved A B A B so that both see
 * the same machine. Each run in a fresh process; RSS growth is its peak (sampled every 20 ms)
 * over its RSS when the export began. Every file is read back and its rows counted.
 */
export async function benchExports(options: { serverUrl: string; rows: number; rounds: number }): Promise<BenchResult[]> {
  const name = uniqueDatabaseName('epigrid_bench_exports');
  await adminQuery(options.serverUrl, `CREATE DATABASE ${name}`);
  const url = databaseUrlFor(options.serverUrl, name);
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'epigrid-exports-'));
  try {
    const inDatabase = await generateMovements(url, options.rows);
    const runs: Record<'A' | 'B', Run[]> = { A: [], B: [] };
    for (let round = 0; round < options.rounds; round++) {
      runs.A.push(await streamed(url, path.join(dir, `a${round}.xlsx`)));
      runs.B.push(await buffered(url, path.join(dir, `b${round}.xlsx`)));
    }
    const rate = (r: Run[]) => median(r.map((x) => x.rows / (x.ms / 1000)));
    const growth = (r: Run[]) => Math.max(...r.map((x) => x.growth));
    const counts = (r: Run[]) => [...new Set(r.map((x) => x.rows))].join(', ');
    return [
      { name: 'rows in the database | in each file (A; B)', value: `${inDatabase.toLocaleString('en')} | ${counts(runs.A)}; ${counts(runs.B)}` },
      { name: 'A streamed over HTTP: rows/s (median) · peak RSS growth (max)', value: `${formatRate(rate(runs.A))} · ${mb(growth(runs.A))} (runs: ${runs.A.map((x) => mb(x.growth)).join(', ')})` },
      { name: 'B in-memory workbook: rows/s (median) · peak RSS growth (max)', value: `${formatRate(rate(runs.B))} · ${mb(growth(runs.B))} (runs: ${runs.B.map((x) => mb(x.growth)).join(', ')})` },
      { name: 'A against B', value: `${(rate(runs.A) / rate(runs.B)).toFixed(2)}× the rows/s, ${(growth(runs.B) / growth(runs.A)).toFixed(1)}× less memory` },
    ];
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
    await adminQuery(options.serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}
