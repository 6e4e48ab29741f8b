import crypto from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.ts';
import { createGridWorker, GRID_B } from '../../test/factories.ts';
import { createTestContext, type TestContext } from '../../test/harness.ts';
import { startHttpReceiver, type HttpReceiver } from '../../test/http-receiver.ts';
import { notifyAccounts } from '../notifications/store.ts';
import { routingOf } from './routing.ts';
import { claimDue } from './store.ts';
import { OutboundWorker } from './worker.ts';

const SECRET = 'test-webhook-secret-2020-wuhan';
const MAX_ATTEMPTS = 3;
let ctx: TestContext;
let receiver: HttpReceiver;

beforeAll(async () => {
  receiver = await startHttpReceiver();
  ctx = await createTestContext({
    env: {
      EPIGRID_WEBHOOK_URL: receiver.url, EPIGRID_WEBHOOK_SECRET: SECRET, EPIGRID_OUTBOUND_BACKOFF_MS: '10',
      EPIGRID_OUTBOUND_POLL_MS: '50', EPIGRID_OUTBOUND_TIMEOUT_MS: '2000', EPIGRID_OUTBOUND_MAX_ATTEMPTS: String(MAX_ATTEMPTS),
    },
  });
  await createGridWorker(ctx, 'hook_worker', GRID_B);
});
afterAll(async () => {
  await ctx.close();
  await receiver.close();
});

const inMs = (ms: number) => new Date(Date.now() + ms).toISOString();

/** An instruction to GRID_B's one grid worker; scheduled ones stay out of the running worker's reach until `sendAt`. */
async function sendInstruction(title: string, sendAt?: string): Promise<{ id: string; sendAt: Date }> {
  const res = await ctx.as('commander')({
    method: 'POST', url: '/api/instructions',
    payload: {
      id: crypto.randomUUID(), title, body: '请今日完成辖区排查。', priority: 'normal', dueAt: inMs(3 * 3_600_000),
      recipients: { kind: 'grid_workers', regions: [GRID_B] }, feedbackRequired: false, ...(sendAt ? { sendAt } : {}),
    },
  });
  expect(res.statusCode).toBe(201);
  const row = await ctx.database.db.selectFrom('instructions').select(['id', 'send_at']).where('id', '=', res.json().id).executeTakeFirstOrThrow();
  return { id: row.id, sendAt: row.send_at };
}

/** The one delivery of the instruction's notification, with its log. */
async function deliveryOf(instructionId: string) {
  const [delivery, ...others] = await ctx.database.db.selectFrom('outbound_deliveries as d').innerJoin('notifications as n', 'n.id', 'd.notification_id')
    .selectAll('d').where('n.instruction_id', '=', instructionId).execute();
  expect(others).toEqual([]);
  const attempts = await ctx.database.db.selectFrom('outbound_attempts').selectAll().where('delivery_id', '=', delivery!.id).orderBy('attempt').execute();
  return { ...delivery!, log: attempts.map((a) => ({ attempt: a.attempt, outcome: a.outcome, status: a.status_code, error: a.error })) };
}

const requestsFor = (deliveryId: string) => receiver.requests.filter((r) => r.headers['x-epigrid-delivery'] === deliveryId);
const at = (base: Date, ms: number) => new Date(base.getTime() + ms);

describe('webhook deliveries', () => {
  it('POSTs the notification without personal data, signed over its timestamp and body', async () => {
    const sent = await sendInstruction('全面排查武汉来返人员', inMs(3_600_000));
    const queued = await deliveryOf(sent.id);
    expect(queued).toMatchObject({ channel: 'webhook', status: 'pending', attempts: 0, log: [] });
    expect(await ctx.services.outbound.runOnce(at(sent.sendAt, 1_000))).toBe(1);

    const [request] = requestsFor(queued.id);
    expect(request!.method).toBe('POST');
    expect(request!.headers['content-type']).toBe('application/json');
    const timestamp = String(request!.headers['x-epigrid-timestamp']);
    expect(Math.abs(Number(timestamp) - Date.now() / 1000)).toBeLessThan(60);
    const expected = Buffer.from(`sha256=${crypto.createHmac('sha256', SECRET).update(`${timestamp}.${request!.body}`).digest('hex')}`);
    const signature = Buffer.from(String(request!.headers['x-epigrid-signature']));
    expect(signature.length === expected.length && crypto.timingSafeEqual(signature, expected)).toBe(true);
    const notification = await ctx.database.db.selectFrom('notifications').select('id').where('instruction_id', '=', sent.id).executeTakeFirstOrThrow();
    expect(JSON.parse(request!.body)).toEqual({
      id: notification.id, kind: 'instruction', title: '全面排查武汉来返人员', region: GRID_B, at: sent.sendAt.toISOString(), instructionId: sent.id, priority: 'normal',
    });
    expect(request!.body).not.toMatch(/hook_worker|网格员/);
    expect(await deliveryOf(sent.id)).toMatchObject({ status: 'delivered', attempts: 1, log: [{ attempt: 1, outcome: 'delivered', status: 200, error: null }] });
    expect(await ctx.services.outbound.runOnce(at(sent.sendAt, 3_600_000))).toBe(0);
  });

  it('retries server errors with back-off, after the commit and outside the request, until delivered', async () => {
    let release = () => {};
    const seen = receiver.requests.length;
    receiver.script({ status: 500, hold: new Promise<void>((resolve) => { release = resolve; }) }, { status: 502 });
    // The receiver holds its first answer: the request that queued the delivery has answered all the same.
    const sent = await sendInstruction('核酸检测点调整');
    const { id } = await deliveryOf(sent.id);
    await receiver.waitFor(seen + 1);
    expect((await deliveryOf(sent.id)).log).toEqual([{ attempt: 1, outcome: null, status: null, error: null }]);
    release();
    await receiver.waitFor(seen + 3);
    await expect.poll(async () => (await deliveryOf(sent.id)).status).toBe('delivered');
    const delivery = await deliveryOf(sent.id);
    expect(delivery.log).toEqual([
      { attempt: 1, outcome: 'retry', status: 500, error: 'HTTP 500' },
      { attempt: 2, outcome: 'retry', status: 502, error: 'HTTP 502' },
      { attempt: 3, outcome: 'delivered', status: 200, error: null },
    ]);
    const requests = requestsFor(id);
    expect(requests).toHaveLength(3);
    expect(new Set(requests.map((r) => r.body)).size).toBe(1);
    const durations = await ctx.database.db.selectFrom('outbound_attempts').select('duration_ms').where('delivery_id', '=', id).execute();
    expect(durations.every((d) => d.duration_ms !== null && d.duration_ms >= 0)).toBe(true);
  });

  it('stops at an answer that asking again will not change (400)', async () => {
    receiver.script({ status: 400 });
    const sent = await sendInstruction('暂停聚集性活动', inMs(3_600_000));
    await ctx.services.outbound.runOnce(at(sent.sendAt, 1_000));
    await ctx.services.outbound.runOnce(at(sent.sendAt, 3_600_000));
    const delivery = await deliveryOf(sent.id);
    expect(delivery).toMatchObject({ status: 'failed', attempts: 1, log: [{ attempt: 1, outcome: 'failed', status: 400, error: 'HTTP 400' }] });
    expect(requestsFor(delivery.id)).toHaveLength(1);
  });

  it('waits as long as Retry-After asks on 429 and 503', async () => {
    receiver.script({ status: 429, headers: { 'retry-after': '120' } }, { status: 503, headers: { 'retry-after': new Date(Date.now() + 600_000).toUTCString() } });
    const sent = await sendInstruction('口罩发放安排', inMs(3_600_000));
    const t = at(sent.sendAt, 1_000);
    await ctx.services.outbound.runOnce(t);
    const first = await deliveryOf(sent.id);
    expect(first.log).toEqual([{ attempt: 1, outcome: 'retry', status: 429, error: 'HTTP 429' }]);
    expect(first.due_at.getTime()).toBeGreaterThanOrEqual(t.getTime() + 120_000);
    await ctx.services.outbound.runOnce(at(t, 60_000));
    expect((await deliveryOf(sent.id)).attempts).toBe(1);
    await ctx.services.outbound.runOnce(at(t, 121_000));
    const second = await deliveryOf(sent.id);
    expect(second.log[1]).toEqual({ attempt: 2, outcome: 'retry', status: 503, error: 'HTTP 503' });
    // An HTTP date counts from the moment of the answer: about ten minutes from now, whatever the test's clock says.
    expect(second.due_at.getTime()).toBeGreaterThanOrEqual(at(t, 121_000).getTime() + 590_000);
    await ctx.services.outbound.runOnce(at(t, 121_000 + 600_000));
    expect((await deliveryOf(sent.id)).status).toBe('delivered');
  });

  it('gives up after the configured number of attempts', async () => {
    receiver.script({ status: 503 }, { status: 503 }, { status: 503 });
    const sent = await sendInstruction('冷链食品排查', inMs(3_600_000));
    for (let n = 1; n <= MAX_ATTEMPTS + 1; n++) await ctx.services.outbound.runOnce(at(sent.sendAt, n * 60_000));
    const delivery = await deliveryOf(sent.id);
    expect(delivery).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS });
    expect(delivery.log.map((a) => a.outcome)).toEqual(['retry', 'retry', 'failed']);
    expect(delivery.log[2]!.error).toBe(`HTTP 503; gave up after ${MAX_ATTEMPTS} attempts`);
    expect(requestsFor(delivery.id)).toHaveLength(MAX_ATTEMPTS);
  });

  it('sends what a worker claimed and died on once its lease runs out, and logs the lost attempt', async () => {
    const sent = await sendInstruction('隔离点物资清点', inMs(3_600_000));
    const t = at(sent.sendAt, 1_000);
    const [claimed] = await claimDue(ctx.database, { channels: ['webhook'], now: t, limit: 20, leaseMs: ctx.services.outbound.leaseMs, maxAttempts: MAX_ATTEMPTS });
    expect(claimed!.notification.instructionId).toBe(sent.id);
    expect(await ctx.services.outbound.runOnce(at(t, ctx.services.outbound.leaseMs - 1_000))).toBe(0);
    expect(requestsFor(claimed!.id)).toHaveLength(0);
    expect(await ctx.services.outbound.runOnce(at(t, ctx.services.outbound.leaseMs + 1_000))).toBe(1);
    expect(await deliveryOf(sent.id)).toMatchObject({
      status: 'delivered', attempts: 2,
      log: [{ attempt: 1, outcome: 'abandoned', status: null, error: null }, { attempt: 2, outcome: 'delivered', status: 200, error: null }],
    });
    expect(requestsFor(claimed!.id)).toHaveLength(1);
  });

  it('cancels what has not gone out of an instruction withdrawn meanwhile', async () => {
    const sent = await sendInstruction('错发的通知', inMs(3_600_000));
    const withdrawn = await ctx.as('commander')({ method: 'POST', url: `/api/instructions/${sent.id}/withdraw`, payload: { reason: '内容有误' } });
    expect(withdrawn.statusCode).toBe(200);
    await ctx.services.outbound.runOnce(at(sent.sendAt, 1_000));
    const delivery = await deliveryOf(sent.id);
    expect(delivery).toMatchObject({ status: 'cancelled', attempts: 0, log: [] });
    expect(requestsFor(delivery.id)).toHaveLength(0);
  });
});

describe('several workers', () => {
  it('share the queue: each delivery is claimed and sent by one of them', async () => {
    const when = new Date(Date.now() + 2 * 3_600_000);
    const notified = await ctx.database.transaction((tx) => notifyAccounts(tx, sql`SELECT u.id FROM users u CROSS JOIN generate_series(1, 5)`,
      { kind: 'instruction', title: '多进程投递', priority: 'normal', instructionId: null, at: when }, ctx.services.outbound.routing));
    expect(notified).toBeGreaterThan(40);
    const seen = receiver.requests.length;
    const workers = [0, 1, 2].map(() => new OutboundWorker(ctx.database, ctx.services.pii, ctx.services.config.outbound));
    const t = at(when, 1_000);
    const claimed = await Promise.all(workers.map((w) => w.runOnce(t)));
    while ((await Promise.all(workers.map((w) => w.runOnce(t)))).some((n) => n > 0));
    expect(claimed.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(notified);
    const ids = receiver.requests.slice(seen).filter((r) => r.body.includes('多进程投递')).map((r) => r.headers['x-epigrid-delivery']);
    expect(ids).toHaveLength(notified);
    expect(new Set(ids).size).toBe(notified);
  });
});

describe('stopping', () => {
  it('cuts a send that hangs short and leaves the delivery due at once, for the next process', async () => {
    const sent = await sendInstruction('停止时的投递', inMs(3_600_000));
    const slow = new OutboundWorker(ctx.database, ctx.services.pii, { ...ctx.services.config.outbound, timeoutMs: 60_000 });
    const seen = receiver.requests.length;
    receiver.script({ status: 200, hold: new Promise<void>(() => {}) });
    const t = at(sent.sendAt, 1_000);
    const run = slow.runOnce(t);
    await receiver.waitFor(seen + 1);
    const stopping = Date.now();
    await slow.stop();
    await run;
    expect(Date.now() - stopping).toBeLessThan(5_000);
    const delivery = await deliveryOf(sent.id);
    expect(delivery).toMatchObject({ status: 'pending', attempts: 1, log: [{ attempt: 1, outcome: 'retry', status: null, error: 'stopped before an answer' }] });
    expect(delivery.due_at.getTime()).toBeLessThan(t.getTime() + 5_000);
    expect(await ctx.services.outbound.runOnce(at(t, 5_000))).toBe(1);
    expect((await deliveryOf(sent.id)).status).toBe('delivered');
  });
});

describe('what is never queued', () => {
  const notifyHookWorker = (title: string, routing = ctx.services.outbound.routing) => (tx: Parameters<typeof notifyAccounts>[0]) =>
    notifyAccounts(tx, sql`SELECT id FROM users WHERE username = 'hook_worker'`, { kind: 'instruction', title, priority: 'urgent', instructionId: null, at: new Date() }, routing);
  const queuedWithTitle = async (title: string) => Number((await sql<{ n: number }>`SELECT count(*) AS n FROM outbound_deliveries d
    JOIN notifications n ON n.id = d.notification_id WHERE n.title = ${title}`.execute(ctx.database.db)).rows[0]!.n);

  it('a notification whose transaction rolled back', async () => {
    const title = '回滚的通知';
    await expect(ctx.database.transaction(async (tx) => {
      expect(await notifyHookWorker(title)(tx)).toBe(1);
      expect(Number((await sql<{ n: number }>`SELECT count(*) AS n FROM outbound_deliveries`.execute(tx)).rows[0]!.n)).toBeGreaterThan(0);
      throw new Error('the instruction failed later');
    })).rejects.toThrow('the instruction failed later');
    expect(await queuedWithTitle(title)).toBe(0);
    await ctx.services.outbound.runOnce();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(receiver.requests.some((r) => r.body.includes(title))).toBe(false);
  });

  it('anything, for channels that are not configured', async () => {
    const unconfigured = routingOf(loadConfig({}).outbound);
    expect(unconfigured).toEqual({ webhook: false, sms: null });
    await ctx.database.transaction(async (tx) => expect(await notifyHookWorker('未配置渠道', unconfigured)(tx)).toBe(1));
    expect(await queuedWithTitle('未配置渠道')).toBe(0);
  });
});
