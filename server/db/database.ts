import fs from 'node:fs/promises';
import { PGlite, types as pgliteTypes } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, type Transaction } from 'kysely';
import pg from 'pg';
import type { DB } from './schema.ts';

/**
 * One handle over either engine. Everything above this file speaks Kysely and plain
 * PostgreSQL SQL; only connection set-up and LISTEN differ between PGlite and a server.
 */
export type DatabaseKind = 'pglite' | 'postgres';
export type Tx = Transaction<DB>;
export type Queryable = Kysely<DB> | Tx;

/**
 * Inside `transaction(work)`, use only the `tx` it hands you: on PGlite the transaction holds
 * the one connection, so a query on the root handle would wait for it forever.
 */
export interface Database {
  kind: DatabaseKind;
  db: Kysely<DB>;
  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
  /** Subscribes to NOTIFY on `channel`; resolves to an unsubscribe function. */
  listen(channel: string, onMessage: (payload: string) => void): Promise<() => Promise<void>>;
  /** PGlite only: the whole data folder as a gzipped tarball (test templates, backups of the demo). */
  dump?(): Promise<Blob>;
  close(): Promise<void>;
}

export type DatabaseOptions =
  | { kind: 'pglite'; dataDir?: string; loadDataDir?: Blob }
  | { kind: 'postgres'; url: string; poolSize?: number };

/** Counts arrive as int8; every count we keep fits a double, so both engines hand back numbers. Dates stay 'YYYY-MM-DD'. */
const int8ToNumber = (value: string) => Number(value);
const dateAsText = (value: string) => value;

pg.types.setTypeParser(pg.types.builtins.INT8, int8ToNumber);
pg.types.setTypeParser(pg.types.builtins.DATE, dateAsText);

export async function openPGlite(options: { dataDir?: string; loadDataDir?: Blob }): Promise<PGlite> {
  if (options.dataDir) await fs.mkdir(options.dataDir, { recursive: true });
  return PGlite.create({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    parsers: { [pgliteTypes.INT8]: int8ToNumber, [pgliteTypes.DATE]: dateAsText },
  });
}

export async function wrapPGlite(pglite: PGlite): Promise<Database> {
  const { PGliteDialect } = await import('./pglite-dialect.ts');
  const db = new Kysely<DB>({ dialect: new PGliteDialect(pglite) });
  return {
    kind: 'pglite',
    db,
    transaction: (work) => db.transaction().execute(work),
    async listen(channel, onMessage) {
      const unlisten = await pglite.listen(channel, onMessage);
      return () => unlisten();
    },
    dump: () => pglite.dumpDataDir('gzip'),
    async close() {
      await db.destroy();
      await pglite.close();
    },
  };
}

function openPostgres(url: string, poolSize = 10): Database {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle client that loses its server must not take the process down.
  pool.on('error', () => {});
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return {
    kind: 'postgres',
    db,
    transaction: (work) => db.transaction().execute(work),
    async listen(channel, onMessage) {
      return listenWithReconnect(url, channel, onMessage);
    },
    async close() {
      await db.destroy();
    },
  };
}

/**
 * LISTEN on a dedicated connection that comes back by itself: a restarted server or a dropped
 * connection must not leave this process deaf to other processes' changes.
 */
async function listenWithReconnect(url: string, channel: string, onMessage: (payload: string) => void): Promise<() => Promise<void>> {
  let client: pg.Client | null = null;
  let stopped = false;
  let retryMs = 500;
  const scheduleReconnect = () => {
    if (stopped) return;
    setTimeout(() => void connect().catch(() => {}), retryMs).unref();
    retryMs = Math.min(retryMs * 2, 30_000);
  };
  const connect = async (): Promise<void> => {
    const c = new pg.Client({ connectionString: url });
    let failed = false;
    // Whichever comes first (an error event, the end of the connection, a failed connect)
    // drops this client and schedules exactly one reconnect.
    const fail = () => {
      if (failed || stopped) return false;
      failed = true;
      if (client === c) client = null;
      c.end().catch(() => {});
      scheduleReconnect();
      return true;
    };
    c.on('error', fail);
    c.on('end', fail);
    c.on('notification', (message) => {
      if (message.channel === channel) onMessage(message.payload ?? '');
    });
    client = c;
    try {
      await c.connect();
      await c.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
      retryMs = 500;
    } catch (error) {
      if (fail()) throw error;
    }
  };
  await connect();
  return async () => {
    stopped = true;
    const c = client;
    client = null;
    await c?.end();
  };
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.kind === 'postgres') return openPostgres(options.url, options.poolSize);
  return wrapPGlite(await openPGlite(options));
}
