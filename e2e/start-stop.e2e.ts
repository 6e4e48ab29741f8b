import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { openPGlite } from '../server/db/database.ts';
import { GRID_A } from '../server/test/factories.ts';
import { adminQuery, databaseUrlFor, TEST_PASSWORD, uniqueDatabaseName } from '../server/test/test-database.ts';

/**
 * The platform as an operator runs it: `npm start`, then SIGTERM to npm's own PID (what a
 * supervisor or `docker stop` sends). The server must get the signal, log that it is shutting
 * down, free its port within 5 s, and keep every household it answered 201 for — while grid
 * workers keep registering households through the whole stop.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WRITERS = 6;

interface Database {
  env: Record<string, string>;
  storedIds(ids: string[]): Promise<Set<string>>;
  drop(): Promise<void>;
}

/** A copy of the seeded template the spawned server opens itself: a PostgreSQL database or a PGlite folder. */
async function databaseCopy(dataDir: string): Promise<Database> {
  const testDb = inject('testDb');
  if (testDb.kind === 'postgres') {
    const name = uniqueDatabaseName('epigrid_stop');
    await adminQuery(testDb.serverUrl, `CREATE DATABASE ${name} TEMPLATE ${testDb.template}`);
    const url = databaseUrlFor(testDb.serverUrl, name);
    return {
      env: { DATABASE_URL: url },
      async storedIds(ids) {
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        try {
          const { rows } = await client.query<{ id: string }>('SELECT id FROM households WHERE id = ANY($1::uuid[])', [ids]);
          return new Set(rows.map((r) => r.id));
        } finally {
          await client.end();
        }
      },
      drop: () => adminQuery(testDb.serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
    };
  }
  const pgliteDir = path.join(dataDir, 'pglite');
  const template = await openPGlite({ dataDir: pgliteDir, loadDataDir: new Blob([await fs.readFile(testDb.templateFile)]) });
  await template.close();
  return {
    env: {},
    async storedIds(ids) {
      const db = await openPGlite({ dataDir: pgliteDir });
      try {
        const { rows } = await db.query<{ id: string }>('SELECT id FROM households WHERE id = ANY($1::uuid[])', [ids]);
        return new Set(rows.map((r) => r.id));
      } finally {
        await db.close();
      }
    },
    drop: async () => {},
  };
}

function startPlatform(env: Record<string, string>): { npm: ChildProcess; output: () => string; url: Promise<string> } {
  const inherited = { ...process.env };
  delete inherited.DATABASE_URL;
  const npm = spawn('npm', ['start'], { cwd: root, env: { ...inherited, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const url = new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const running = /EpiGrid is running at (http:\/\/\S+)/.exec(output);
      if (running) resolve(running[1]!.replace('localhost', '127.0.0.1'));
    };
    npm.stdout!.on('data', onData);
    npm.stderr!.on('data', onData);
    npm.once('exit', (code) => reject(new Error(`npm start exited (${code}) before it was ready:\n${output}`)));
  });
  return { npm, output: () => output, url };
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

async function signIn(url: string): Promise<string> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'grid_worker', password: TEST_PASSWORD }),
  });
  expect(res.status).toBe(200);
  return res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
}

let dataDir: string;
let database: Database;
let npm: ChildProcess | undefined;

beforeAll(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'epigrid-start-'));
  database = await databaseCopy(dataDir);
});
afterAll(async () => {
  if (npm && npm.exitCode === null) npm.kill('SIGKILL');
  await database?.drop();
  await fs.rm(dataDir, { recursive: true, force: true });
});

describe('npm start and SIGTERM', () => {
  it('drains: the port is free and "shutting down" logged within 5 s, every acknowledged household stored', async () => {
    const platform = startPlatform({
      ...database.env,
      PORT: '0', HOST: '127.0.0.1', EPIGRID_DATA_DIR: dataDir, EPIGRID_DEMO: '0',
      EPIGRID_PII_KEY: inject('piiKey'), LOG_LEVEL: 'info', LOG_FORMAT: 'json',
    });
    npm = platform.npm;
    const url = await platform.url;
    const port = Number(new URL(url).port);
    const cookie = await signIn(url);

    const acknowledged: string[] = [];
    let signalled = false;
    let sentAt = 0;
    const writer = async (w: number) => {
      // A server that ignored the signal would take writes for ever: give up after the window.
      for (let i = 0; !signalled || Date.now() - sentAt < 6_000; i++) {
        const id = crypto.randomUUID();
        try {
          const res = await fetch(`${url}/api/households`, {
            method: 'POST', headers: { 'content-type': 'application/json', cookie },
            body: JSON.stringify({ id, address: `停机演练路${w}-${i}号`, gridCode: GRID_A }),
          });
          if (res.status === 201) acknowledged.push(id);
          else if (!signalled) throw new Error(`household refused before the stop: ${res.status} ${await res.text()}`);
        } catch (error) {
          if (!signalled) throw error;
          return;
        }
      }
    };
    const writers = Array.from({ length: WRITERS }, (_, w) => writer(w));
    while (acknowledged.length < 30) await new Promise((r) => setTimeout(r, 50));

    const exited = new Promise<number | null>((resolve) => npm!.once('exit', (code) => resolve(code)));
    signalled = true;
    sentAt = Date.now();
    npm.kill('SIGTERM');
    let loggedAt: number | null = null;
    let freedAt: number | null = null;
    while (Date.now() - sentAt < 5_000 && (loggedAt === null || freedAt === null)) {
      if (loggedAt === null && /"msg":"shutting down"/.test(platform.output())) loggedAt = Date.now();
      if (freedAt === null && (await portIsFree(port))) freedAt = Date.now();
      await new Promise((r) => setTimeout(r, 50));
    }
    await Promise.all(writers);

    expect(loggedAt, platform.output()).not.toBeNull();
    expect(freedAt, 'the port was still taken 5 s after SIGTERM').not.toBeNull();
    expect(await exited, platform.output().split('\n').slice(-5).join('\n')).toBe(0);
    expect(platform.output()).toMatch(/"msg":"stopped"/);
    const stored = await database.storedIds(acknowledged);
    expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
  });
});
