import { performance } from 'node:perf_hooks';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { buildApp } from '../server/app.ts';
import { loadConfig } from '../server/config.ts';
import { openDatabase, type Database } from '../server/db/database.ts';
import { generateMasterKey } from '../server/pii/crypto.ts';
import { createServices } from '../server/services-factory.ts';

/** The demo accounts' password in the benchmark databases. */
export const BENCH_PASSWORD = 'Bench-pass-2020';

export function p95(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)]!;
}

/** Runs `work` once to warm up, then `times` times, and answers each run's milliseconds. */
export async function timeEach(times: number, work: () => Promise<unknown>): Promise<number[]> {
  await work();
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
  }
  return samples;
}

export interface BenchApp {
  app: FastifyInstance;
  database: Database;
  /** GET through the whole HTTP stack in-process as the city commander; throws unless 200. */
  get: (path: string) => Promise<unknown>;
  close: () => Promise<void>;
}

/** The whole app in-process on a benchmark database, signed in as the city commander. */
export async function openBenchApp(url: string): Promise<BenchApp> {
  const database = await openDatabase({ kind: 'postgres', url, poolSize: 4 });
  const config = loadConfig({ DATABASE_URL: url, LOG_LEVEL: 'silent', EPIGRID_DATA_DIR: '/tmp/epigrid-bench', EPIGRID_WEB_DIST: '/nonexistent' });
  // Each run has a fresh key and the bench data holds no real ciphertext: forget the last run's key.
  await sql`DELETE FROM settings WHERE key = 'pii_key_fingerprint'`.execute(database.db);
  const services = await createServices(config, database, generateMasterKey());
  const app = await buildApp(services, { logger: false });
  const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'commander', password: BENCH_PASSWORD } });
  const cookie = login.headers['set-cookie']!.toString().split(';')[0]!;
  return {
    app,
    database,
    get: async (path) => {
      const res = await app.inject({ url: path, headers: { cookie } });
      if (res.statusCode !== 200) throw new Error(`${path}: ${res.statusCode} ${res.body}`);
      return res.json();
    },
    close: async () => {
      await app.close();
      await services.stop();
      await database.close();
    },
  };
}
