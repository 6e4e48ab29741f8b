import crypto from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoIfEmpty } from '../../demo/seed.ts';
import { sql } from 'kysely';
import { openDatabase } from '../db/database.ts';
import { isDatabaseUnavailable } from '../db/errors.ts';
import { migrate } from '../db/migrate.ts';
import { createTestContext, TEST_PASSWORD, type TestContext } from '../test/harness.ts';
import { openLiveReader } from '../test/live-reader.ts';
import { createOwnPostgres, ownPostgresUnavailable, type OwnPostgres } from '../test/own-postgres.ts';
import { adminQuery } from '../test/test-database.ts';

/**
 * The database goes away under a running app and comes back. A PostgreSQL server of the test's
 * own (never the shared one), in both suite passes: this is about the app, not the engine.
 */
const missing = ownPostgresUnavailable();
if (missing) console.warn(`database outage tests skipped: ${missing}`);

let own: OwnPostgres;
let ctx: TestContext;
let base: string;
let checkpoint: { token: string; grid_code: string };

beforeAll(async () => {
  if (missing) return;
  own = await createOwnPostgres();
  await adminQuery(own.url(), 'CREATE DATABASE epigrid');
  const database = await openDatabase({ kind: 'postgres', url: own.url('epigrid'), poolSize: 5 });
  await migrate(database);
  await seedDemoIfEmpty(database, TEST_PASSWORD);
  ctx = await createTestContext({ database });
  await ctx.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(ctx.app.server.address() as AddressInfo).port}`;
  checkpoint = await database.db.selectFrom('checkpoints').select(['token', 'grid_code'])
    .where('active', '=', true).where('grid_code', 'like', '371502001%').executeTakeFirstOrThrow();
});
// A test that fails half-way leaves the next one a running database.
afterEach(() => own?.start());
afterAll(async () => {
  await own?.start();
  await ctx?.close();
  await own?.destroy();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function declaration() {
  return { token: checkpoint.token, id: crypto.randomUUID(), name: '王断线', phone: '13912345678', direction: 'in', temperature: 36.5, symptoms: [], keyAreaTravel: false, caseContact: false };
}

const declare = () => fetch(`${base}/api/public/declarations`, {
  method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(declaration()),
});

async function expectUnavailable(res: Response): Promise<void> {
  const body = await res.json() as { error: { code: string; message: string } };
  expect(res.status, JSON.stringify(body)).toBe(503);
  expect(body.error.code).toBe('DATABASE_UNAVAILABLE');
  expect(body.error.message).toBeTruthy();
  expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
}

describe.skipIf(missing)(`while the database is down${missing ? ` (skipped: ${missing})` : ''}`, () => {
  it('requests answer 503 DATABASE_UNAVAILABLE with Retry-After, and work again once it is back, without a restart', async () => {
    const cookie = await ctx.login('street_staff');
    const persons = () => fetch(`${base}/api/persons?limit=5`, { headers: { cookie } });
    expect((await persons()).status).toBe(200);
    expect((await declare()).status).toBe(201);

    // As a crash would: connections drop without a goodbye.
    await own.stop('immediate');
    await expectUnavailable(await persons());
    await expectUnavailable(await declare());
    // Several at once, as a group-commit batch: every caller gets the same answer.
    for (const res of await Promise.all(Array.from({ length: 5 }, declare))) await expectUnavailable(res);
    const health = await fetch(`${base}/api/health`);
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ status: 'degraded', database: { kind: 'postgres', ok: false } });

    await own.start();
    expect((await persons()).status, 'the first request after the restart').toBe(200);
    expect((await declare()).status).toBe(201);
    expect((await fetch(`${base}/api/health`)).status).toBe(200);
  });

  it('a transaction the outage cuts off fails as unavailable, and the process lives on', async () => {
    const cutOff = await ctx.database.transaction(async (tx) => {
      await sql`SELECT 1`.execute(tx);
      // The connection is checked out but idle when the server goes: nobody is waiting on it.
      await own.stop('immediate');
      await sleep(200);
      await sql`SELECT 1`.execute(tx);
    }).then(() => null, (error: unknown) => error);
    expect(isDatabaseUnavailable(cutOff), String(cutOff)).toBe(true);
    await own.start();
    expect((await fetch(`${base}/api/health`)).status).toBe(200);
  });

  it('open live streams get a resync once the database is back, and what is committed right after is announced', async () => {
    const stream = await openLiveReader(base, await ctx.login('street_staff'));
    expect(stream.res.status).toBe(200);

    // Down for longer than the listener's first few retries: it must keep trying every 2 s at most.
    await own.stop('fast');
    await sleep(4_000);
    await own.start();
    const back = Date.now();

    const sentAt = Date.now();
    expect((await declare()).status).toBe(201);
    await expect.poll(() => stream.resyncs.length, { timeout: 5_000 }).toBeGreaterThan(0);
    expect(stream.resyncs[0]!.receivedAt - back, 'the listener came back within its retry interval').toBeLessThan(3_000);
    // Committed before the listener was back: the resync that followed covers it. After: its own change does.
    const announced = () => stream.resyncs.some((r) => r.receivedAt >= sentAt) || stream.changes.some((c) => c.regions.includes(checkpoint.grid_code));
    await expect.poll(announced, { timeout: 5_000 }).toBe(true);

    const changesBefore = stream.changes.length;
    expect((await declare()).status).toBe(201);
    await expect.poll(() => stream.changes.slice(changesBefore).some((c) => c.regions.includes(checkpoint.grid_code)), { timeout: 5_000 }).toBe(true);
    await stream.close();
  });
});
