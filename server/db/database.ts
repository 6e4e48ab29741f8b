import fs from 'node:fs/promises';
import { PGlite, types as pgliteTypes } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
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
  /**
   * Subscribes to NOTIFY on `channel`; resolves to an unsubscribe function. `onResume` runs each
   * time the subscription is back after a lost connection: what was sent meanwhile is gone, so
   * whatever the messages keep current must be reloaded (never on PGlite: it has no connection to lose).
   */
  listen(channel: string, onMessage: (payload: string) => void, onResume?: () => void): Promise<() => Promise<void>>;
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
    // Name and address search (migration 0012): the server's PostgreSQL has it as a contrib extension.
    extensions: { pg_trgm },
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

/**
 * Longest wait for a connection, new or from a busy pool: past it the request fails as the
 * database being unavailable (503) instead of hanging on a server that does not answer.
 */
const CONNECT_TIMEOUT_MS = 5_000;
/** TCP keep-alive notices a server that vanished without closing its connections. */
const KEEPALIVE_DELAY_MS = 10_000;

function openPostgres(url: string, poolSize = 10): Database {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, connectionTimeoutMillis: CONNECT_TIMEOUT_MS, keepAlive: true, keepAliveInitialDelayMillis: KEEPALIVE_DELAY_MS });
  // A client that loses its server must not take the process down: the pool hears of idle
  // ones, and a client that is checked out (a transaction between statements) would otherwise
  // emit its error to nobody. Its work fails anyway, as the database being unavailable.
  pool.on('error', () => {});
  pool.on('connect', (client) => client.on('error', () => {}));
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return {
    kind: 'postgres',
    db,
    transaction: (work) => db.transaction().execute(work),
    async listen(channel, onMessage, onResume) {
      return listenWithReconnect(url, channel, onMessage, onResume);
    },
    async close() {
      await db.destroy();
    },
  };
}

/** While the listening connection is down, it is tried again this soon, then at least this often. */
const RECONNECT_FIRST_MS = 250;
const RECONNECT_MAX_MS = 2_000;

/**
 * LISTEN on a dedicated connection that comes back by itself: a restarted server or a dropped
 * connection must not leave this process deaf to other processes' changes. Notifications sent
 * while it was away are lost for good, hence `onResume` once it listens again.
 */
async function listenWithReconnect(url: string, channel: string, onMessage: (payload: string) => void, onResume?: () => void): Promise<() => Promise<void>> {
  let client: pg.Client | null = null;
  let stopped = false;
  let retryMs = RECONNECT_FIRST_MS;
  let everConnected = false;
  const scheduleReconnect = () => {
    if (stopped) return;
    setTimeout(() => void connect().catch(() => {}), retryMs).unref();
    retryMs = Math.min(retryMs * 2, RECONNECT_MAX_MS);
  };
  const connect = async (): Promise<void> => {
    const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS, keepAlive: true, keepAliveInitialDelayMillis: KEEPALIVE_DELAY_MS });
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
    } catch (error) {
      if (fail()) throw error;
      return;
    }
    retryMs = RECONNECT_FIRST_MS;
    if (everConnected && !stopped) onResume?.();
    everConnected = true;
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
