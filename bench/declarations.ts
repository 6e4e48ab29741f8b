import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { seedDemoIfEmpty } from '../demo/seed.ts';
import { openDatabase } from '../server/db/database.ts';
import { migrate } from '../server/db/migrate.ts';
import { adminQuery, databaseUrlFor, uniqueDatabaseName } from '../server/test/test-database.ts';
import type { BenchResult } from './report.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

async function startTarget(kind: 'app' | 'bare' | 'ceiling', url: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'bench', 'declaration-target.ts'), kind, url, String(port)], {
    stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, NODE_ENV: 'production' },
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('READY')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`${kind} target exited with ${code}`)));
  });
  return child;
}

interface Load {
  perSecond: number;
  p99: number;
  non2xx: number;
  errors: number;
}

async function load(port: number, connections: number, seconds: number, tokens: string[]): Promise<Load> {
  let n = 0;
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections,
    duration: seconds,
    requests: [{
      method: 'POST',
      path: '/api/public/declarations',
      headers: { 'content-type': 'application/json' },
      setupRequest: (request) => {
        n += 1;
        // Mostly healthy residents, one in twenty with a fever (which raises a warning).
        const fever = n % 20 === 0;
        return {
          ...request,
          body: JSON.stringify({
            token: tokens[n % tokens.length], id: crypto.randomUUID(), name: '张三', phone: `138${String(n % 1e8).padStart(8, '0')}`,
            direction: n % 2 ? 'in' : 'out', temperature: fever ? 38.1 : 36.5, symptoms: fever ? ['fever'] : [], keyAreaTravel: false, caseContact: false,
          }),
        };
      },
    }],
  });
  return { perSecond: result['2xx'] / seconds, p99: result.latency.p99, non2xx: result.non2xx, errors: result.errors };
}

/**
 * Declaration ingest on PostgreSQL over HTTP: EpiGrid's public endpoint (validation,
 * assessment, encryption, group commit) against a bare one-INSERT-per-request endpoint on the
 * same database, driver and pool size, each at 50 and 200 connections.
 */
export async function benchDeclarations(options: { seconds: number; serverUrl: string }): Promise<BenchResult[]> {
  const name = uniqueDatabaseName('epigrid_bench');
  await adminQuery(options.serverUrl, `CREATE DATABASE ${name}`);
  const url = databaseUrlFor(options.serverUrl, name);
  try {
    const database = await openDatabase({ kind: 'postgres', url, poolSize: 2 });
    await migrate(database);
    await seedDemoIfEmpty(database, 'Bench-pass-2020');
    const checkpoints = await database.db.selectFrom('checkpoints').select(['id', 'token']).execute();
    await database.close();
    const results: BenchResult[] = [];
    const measured: Record<string, Load> = {};
    for (const kind of ['ceiling', 'bare', 'app'] as const) {
      const port = 39_000 + ['app', 'bare', 'ceiling'].indexOf(kind) + 1;
      const child = await startTarget(kind, url, port);
      try {
        // The bare endpoint gets "token:checkpointId" so it can fill the foreign key without a lookup.
        const tokens = kind === 'app' ? checkpoints.map((c) => c.token) : checkpoints.map((c) => `x:${c.id}`);
        await load(port, 50, 2, tokens);
        for (const connections of kind === 'ceiling' ? [200] : [50, 200]) {
          const r = await load(port, connections, options.seconds, tokens);
          measured[`${kind}${connections}`] = r;
          const label = { app: 'EpiGrid /api/public/declarations (group commit)', bare: 'baseline: bare Fastify, one INSERT per request', ceiling: 'ceiling: bare Fastify answering without storing' }[kind];
          results.push({ name: `${label}, ${connections} connections`, value: `${Math.round(r.perSecond).toLocaleString('en')} declarations/s, p99 ${r.p99} ms${r.non2xx || r.errors ? ` (${r.non2xx} non-2xx, ${r.errors} errors)` : ''}` });
        }
      } finally {
        child.kill('SIGTERM');
      }
    }
    for (const connections of [50, 200]) {
      const ratio = measured[`app${connections}`]!.perSecond / measured[`bare${connections}`]!.perSecond;
      results.push({ name: `ratio at ${connections} connections`, value: `${ratio.toFixed(2)}× the baseline` });
    }
    return results;
  } finally {
    await adminQuery(options.serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}
