import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

/**
 * A throw-away PostgreSQL cluster that a test starts and stops itself, to see how the app
 * behaves while its database is gone and after it returns. Never the shared server: stopping
 * that would break every other test running at the same time.
 */
export interface OwnPostgres {
  port: number;
  url(database?: string): string;
  /** (Re)starts the server on the same port and resolves once it accepts connections. */
  start(): Promise<void>;
  /** `fast` is an orderly shutdown (clients get 57P01); `immediate` drops them as a crash would. */
  stop(mode?: 'fast' | 'immediate'): Promise<void>;
  /** Stops the server and removes the cluster's folder. */
  destroy(): Promise<void>;
}

/** EPIGRID_PG_BIN, when set, is the only place looked in. */
const BIN_CANDIDATES = process.env.EPIGRID_PG_BIN
  ? [process.env.EPIGRID_PG_BIN]
  : ['/usr/lib/postgresql/15/bin', '/usr/lib/postgresql/16/bin', '/usr/lib/postgresql/17/bin'];

function findBinaries(): string | null {
  for (const dir of BIN_CANDIDATES) {
    if (['initdb', 'postgres'].every((b) => fs.existsSync(path.join(dir, b)))) return dir;
  }
  return null;
}

/** PostgreSQL refuses to run as root: as root, the cluster belongs to the `postgres` account. */
function runAs(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  const entry = fs.readFileSync('/etc/passwd', 'utf8').split('\n').find((line) => line.startsWith('postgres:'));
  if (!entry) return null;
  const [, , uid, gid] = entry.split(':');
  return { uid: Number(uid), gid: Number(gid) };
}

/** Why the cluster cannot be made here (the tests that need it skip with this), or null. */
export function ownPostgresUnavailable(): string | null {
  if (!findBinaries()) return `PostgreSQL server binaries (initdb, postgres) not found in ${BIN_CANDIDATES.join(', ')}; set EPIGRID_PG_BIN to their folder`;
  if (process.getuid?.() === 0 && !runAs()) return 'running as root and there is no postgres account to run the server as';
  return null;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function createOwnPostgres(): Promise<OwnPostgres> {
  const reason = ownPostgresUnavailable();
  if (reason) throw new Error(reason);
  const bin = findBinaries()!;
  const owner = runAs();
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'epigrid-own-pg-'));
  const dataDir = path.join(root, 'data');
  if (owner) fs.chownSync(root, owner.uid, owner.gid);
  const asOwner = owner ? { uid: owner.uid, gid: owner.gid } : {};

  const init = spawnSync(path.join(bin, 'initdb'), ['-D', dataDir, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C'], { ...asOwner, encoding: 'utf8' });
  if (init.status !== 0) throw new Error(`initdb failed: ${init.stderr || init.error?.message}`);
  const port = await freePort();
  const url = (database = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${database}`;

  let server: ChildProcess | null = null;
  let exited: Promise<void> = Promise.resolve();
  let output = '';

  async function start(): Promise<void> {
    if (server) return;
    output = '';
    // fsync=off is safe for a stop that kills the server, not the machine: the WAL is in the
    // kernel's cache. synchronous_commit must stay on, or a commit acknowledged just before an
    // `immediate` stop (a session, a record) is lost and the test sees a failure that isn't ours.
    const child = spawn(path.join(bin, 'postgres'), [
      '-D', dataDir, '-p', String(port), '-k', root,
      '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off', '-c', 'full_page_writes=off',
      '-c', 'shared_buffers=16MB', '-c', 'max_connections=40',
    ], { ...asOwner, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    server = child;
    exited = new Promise((resolve) => child.once('exit', () => {
      if (server === child) server = null;
      resolve();
    }));
    for (let waited = 0; ; waited += 50) {
      if (server !== child) throw new Error(`postgres exited at start:\n${output}`);
      const client = new pg.Client({ connectionString: url() });
      try {
        await client.connect();
        await client.end();
        return;
      } catch {
        await client.end().catch(() => {});
        if (waited > 30_000) throw new Error(`postgres did not accept connections within 30 s:\n${output}`);
        await sleep(50);
      }
    }
  }

  async function stop(mode: 'fast' | 'immediate' = 'fast'): Promise<void> {
    if (!server) return;
    server.kill(mode === 'fast' ? 'SIGINT' : 'SIGQUIT');
    await exited;
  }

  await start();
  return {
    port,
    url,
    start,
    stop,
    async destroy() {
      await stop('immediate');
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
}
