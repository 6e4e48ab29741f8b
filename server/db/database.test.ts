import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../test/harness.ts';
import { migrate, readMigrations } from './migrate.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const settingCount = async (prefix: string) =>
  Number((await sql<{ n: number }>`SELECT count(*) AS n FROM settings WHERE key LIKE ${`${prefix}%`}`.execute(ctx.database.db)).rows[0]!.n);

describe('database layer', () => {
  it('migrations are recorded and applying them again does nothing', async () => {
    expect(await migrate(ctx.database)).toEqual([]);
    const versions = await ctx.database.db.selectFrom('schema_migrations').select('version').orderBy('version').execute();
    expect(versions.map((v) => v.version)).toEqual((await readMigrations()).map((m) => m.version));
    expect(versions[0]!.version).toBe('0001_regions');
  });

  it('a concurrent request never sees, or joins, another request\'s open transaction', async () => {
    let inserted!: () => void;
    const insertedSignal = new Promise<void>((resolve) => (inserted = resolve));
    const failing = ctx.database.transaction(async (tx) => {
      await tx.insertInto('settings').values({ key: 'tx-test-rolled-back', value: '1' }).execute();
      inserted();
      await sleep(100);
      throw new Error('roll back');
    }).then(() => null, (error: Error) => error);
    await insertedSignal;
    // On PGlite this waits for the transaction to end; on PostgreSQL isolation hides the row.
    const seenDuring = await settingCount('tx-test-rolled-back');
    expect((await failing)?.message).toBe('roll back');
    expect(seenDuring).toBe(0);
    expect(await settingCount('tx-test-rolled-back')).toBe(0);
  });

  it('runs many concurrent transactions, committing each exactly once', async () => {
    const results = await Promise.allSettled(Array.from({ length: 12 }, (_, i) => ctx.database.transaction(async (tx) => {
      await tx.insertInto('settings').values({ key: `tx-test-many-${i}`, value: String(i) }).execute();
      await sleep(5);
      if (i % 4 === 3) throw new Error(`fail ${i}`);
      await tx.insertInto('settings').values({ key: `tx-test-many-${i}-b`, value: String(i) }).execute();
    })));
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(3);
    expect(await settingCount('tx-test-many-')).toBe(18);
  });

  it('NOTIFY reaches listeners only after commit', async () => {
    const received: string[] = [];
    const unlisten = await ctx.database.listen('epigrid_test_channel', (payload) => received.push(payload));
    await ctx.database.transaction(async (tx) => {
      await sql`SELECT pg_notify('epigrid_test_channel', 'committed')`.execute(tx);
    });
    await ctx.database.transaction(async (tx) => {
      await sql`SELECT pg_notify('epigrid_test_channel', 'rolled back')`.execute(tx);
      throw new Error('no');
    }).catch(() => {});
    for (let i = 0; i < 50 && received.length === 0; i++) await sleep(20);
    await sleep(50);
    await unlisten();
    expect(received).toEqual(['committed']);
  });

  it.skipIf(!process.env.DATABASE_URL)('a LISTEN connection that the server drops comes back (PostgreSQL)', async () => {
    const received: string[] = [];
    const unlisten = await ctx.database.listen('epigrid_test_reconnect', (payload) => received.push(payload));
    const killed = await sql<{ ok: boolean }>`SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity
              WHERE datname = current_database() AND query LIKE 'LISTEN%epigrid_test_reconnect%'`.execute(ctx.database.db);
    expect(killed.rows).toEqual([{ ok: true }]);
    for (let i = 0; i < 100 && received.length === 0; i++) {
      await sql`SELECT pg_notify('epigrid_test_reconnect', 'after')`.execute(ctx.database.db);
      await sleep(100);
    }
    await unlisten();
    expect(received[0]).toBe('after');
  });
});
