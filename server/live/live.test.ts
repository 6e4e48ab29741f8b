import crypto from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LiveChange } from '../../common/contracts/live.ts';
import { createTestContext, type TestContext } from '../test/harness.ts';
import { openLiveReader } from '../test/live-reader.ts';
import { clipToScope, LiveHub } from './hub.ts';

let ctx: TestContext;
let base: string;
beforeAll(async () => {
  ctx = await createTestContext();
  await ctx.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(ctx.app.server.address() as AddressInfo).port}`;
});
afterAll(() => ctx.close());

/** Reads `change` events off a live stream as they arrive. */
async function openStream(username: string) {
  return openLiveReader(base, await ctx.login(username));
}

async function declare(token: string, phone: string) {
  const body = { token, id: crypto.randomUUID(), name: '王实时', phone, direction: 'in', temperature: 38.4, symptoms: ['fever'], keyAreaTravel: false, caseContact: false };
  const res = await ctx.app.inject({ method: 'POST', url: '/api/public/declarations', payload: body });
  expect(res.statusCode, res.body).toBe(201);
}

describe('live stream /api/live', () => {
  it('tells an open panel of a new declaration in its region, and not one elsewhere', async () => {
    const checkpoints = await ctx.database.db.selectFrom('checkpoints').select(['token', 'grid_code']).where('active', '=', true).execute();
    const inStreet = checkpoints.find((c) => c.grid_code.startsWith('371502001'))!;
    const inLinqing = checkpoints.find((c) => c.grid_code.startsWith('371581'))!;
    const street = await openStream('street_staff');
    expect(street.res.headers.get('content-type')).toContain('text/event-stream');
    expect(street.res.headers.get('cache-control')).toContain('no-cache');

    await declare(inLinqing.token, '13912345678');
    await declare(inStreet.token, '13987654321');
    await expect.poll(() => street.changes.length, { timeout: 5_000 }).toBeGreaterThan(0);
    const all = street.changes.flatMap((c) => c.regions);
    expect(all).toContain(inStreet.grid_code);
    expect(all.every((r) => r.startsWith('371502001'))).toBe(true);
    expect(street.changes.flatMap((c) => c.topics)).toEqual(expect.arrayContaining(['declarations', 'warnings']));
    expect(JSON.stringify(street.changes)).not.toContain('王实时');
    await street.close();
  });

  it('needs a session', async () => {
    const res = await fetch(`${base}/api/live`);
    expect(res.status).toBe(401);
  });

  it('an unauthenticated write path does not exist: the stream only reads', async () => {
    const res = await fetch(`${base}/api/live`, { method: 'POST' });
    expect(res.status).toBe(404);
  });
});

describe('live hub', () => {
  it('clips regions to the viewer\'s scope; a coarser code reaches the viewer as their scope', () => {
    expect(clipToScope(['371502001001001', '371581001001001'], '371502')).toEqual(['371502001001001']);
    expect(clipToScope(['3715'], '371502001')).toEqual(['371502001']);
    expect(clipToScope(['371581'], '371502001')).toEqual([]);
  });

  it('coalesces a burst into one message per interval, carrying every topic and region', async () => {
    const hub = new LiveHub({ coalesceMs: 200, maxClients: 1 });
    const got: LiveChange[] = [];
    expect(hub.add({ scope: '371502', send: (c) => got.push(c), resync: () => {} })).toBe(true);
    expect(hub.add({ scope: '3715', send: () => {}, resync: () => {} }), 'over the limit').toBe(false);
    for (let i = 0; i < 50; i++) hub.receive(JSON.stringify({ t: [i % 2 ? 'events' : 'declarations'], r: [`3715020010010${String(i % 10).padStart(2, '0')}`] }));
    hub.receive('not json');
    await new Promise((r) => setTimeout(r, 50));
    expect(got).toHaveLength(1);
    expect(got[0]!.topics.sort()).toEqual(['declarations', 'events']);
    expect(got[0]!.regions).toHaveLength(10);
    hub.receive(JSON.stringify({ t: ['visits'], r: ['371502001001001'] }));
    await new Promise((r) => setTimeout(r, 100));
    expect(got, 'the next message waits for the interval').toHaveLength(1);
    await new Promise((r) => setTimeout(r, 200));
    expect(got).toHaveLength(2);
    await hub.stop();
  });

  it('a resync reaches every stream at once and replaces what was waiting for it', async () => {
    const hub = new LiveHub({ coalesceMs: 200, maxClients: 10 });
    const got: { scope: string; kind: string }[] = [];
    for (const scope of ['371502', '371581', '3715']) {
      hub.add({ scope, send: () => got.push({ scope, kind: 'change' }), resync: () => got.push({ scope, kind: 'resync' }) });
    }
    hub.receive(JSON.stringify({ t: ['events'], r: ['371502001001001'] }));
    await new Promise((r) => setTimeout(r, 20));
    hub.receive(JSON.stringify({ t: ['visits'], r: ['371502001001002'] }));
    hub.resyncAll();
    expect(got.filter((g) => g.kind === 'resync').map((g) => g.scope).sort()).toEqual(['3715', '371502', '371581']);
    await new Promise((r) => setTimeout(r, 300));
    expect(got.filter((g) => g.kind === 'change'), 'the change pending at the resync is not sent after it').toHaveLength(2);
    await hub.stop();
  });
});
