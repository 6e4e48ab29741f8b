import crypto from 'node:crypto';
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGridWorker, GRID_A, GRID_B } from '../../test/factories.ts';
import { createTestContext, type TestContext } from '../../test/harness.ts';
import { announceDueInstructions } from './scheduled.ts';

let ctx: TestContext;
let grids: { city: number; district: number; community: number; streets: number };
const COMMUNITY = '371502001001';

beforeAll(async () => {
  ctx = await createTestContext();
  await createGridWorker(ctx, 'worker_b', GRID_B);
  const count = async (where: ReturnType<typeof sql>) => Number((await sql<{ n: number }>`SELECT count(*) AS n FROM regions WHERE ${where}`.execute(ctx.database.db)).rows[0]!.n);
  grids = {
    city: await count(sql`level = 5`),
    district: await count(sql`level = 5 AND code LIKE '371502%'`),
    community: await count(sql`level = 5 AND code LIKE ${`${COMMUNITY}%`}`),
    streets: await count(sql`level = 3 AND code LIKE '371502%'`),
  };
});
afterAll(() => ctx.close());

const inHours = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();

function instruction(overrides: Record<string, unknown> = {}) {
  return {
    id: crypto.randomUUID(), title: '全面排查武汉来返人员', body: '请各网格今日18时前完成辖区内武汉来返人员入户排查，并反馈排查户数。',
    priority: 'urgent', dueAt: inHours(6), recipients: { kind: 'grid_workers', regions: ['3715'] }, feedbackRequired: true,
    feedbackFields: [{ key: 'households', label: '排查户数', unit: '户' }], ...overrides,
  };
}

const send = (as: string, payload: Record<string, unknown>) => ctx.as(as)({ method: 'POST', url: '/api/instructions', payload });
const countInstructions = async () => Number((await sql<{ n: number }>`SELECT count(*) AS n FROM instructions`.execute(ctx.database.db)).rows[0]!.n);

describe('sending an instruction', () => {
  it('fans a city-wide instruction out to one receipt per grid, once per id', async () => {
    const payload = instruction();
    const first = await send('commander', payload);
    expect(first.statusCode).toBe(201);
    expect(first.json()).toEqual({ id: payload.id, receipts: grids.city, status: 'sent' });
    const retry = await send('commander', payload);
    expect(retry.statusCode).toBe(200);
    expect(retry.json()).toEqual(first.json());
    expect((await send('district_staff', { ...payload, recipients: { kind: 'grid_workers', regions: ['371502'] } })).json().error.code).toBe('ID_IN_USE');
    const audit = await ctx.database.db.selectFrom('audit_log').selectAll().where('action', '=', 'instruction.send').where('target_id', '=', payload.id).execute();
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit[0]!.detail)).not.toContain('武汉');
  });

  it('refuses regions outside the sender\'s, and senders without the permission', async () => {
    const before = await countInstructions();
    const outside = await send('street_staff', instruction({ recipients: { kind: 'grid_workers', regions: ['371502001', '371581'] } }));
    expect(outside.statusCode).toBe(403);
    expect(outside.json().error.code).toBe('OUT_OF_SCOPE');
    expect((await send('grid_worker', instruction({ recipients: { kind: 'grid_workers', regions: [GRID_A] } }))).statusCode).toBe(403);
    expect((await send('health', instruction())).statusCode).toBe(403);
    expect(await countInstructions()).toBe(before);
  });

  it('answers every bad field at once and stores nothing', async () => {
    const before = await countInstructions();
    const res = await send('district_staff', instruction({
      title: '  ', dueAt: inHours(-1), recipients: { kind: 'staff', regions: ['371502001', '371502999'] },
      feedbackFields: [{ key: 'a', label: '户数' }, { key: 'a', label: ' ' }],
    }));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual({
      title: 'REQUIRED', dueAt: 'DUE_IN_PAST', 'recipients.level': 'LEVEL_REQUIRED',
      'feedbackFields.1.key': 'DUPLICATE_KEY', 'feedbackFields.1.label': 'REQUIRED',
    });
    const unknown = await send('district_staff', instruction({ recipients: { kind: 'grid_workers', regions: ['371502001', '371502999'] } }));
    expect(unknown.json().error.fields).toEqual({ 'recipients.regions.1': 'NOT_A_REGION' });
    const above = await send('district_staff', instruction({ recipients: { kind: 'staff', regions: ['371502001'], level: 2 } }));
    expect(above.json().error.fields).toEqual({ 'recipients.level': 'LEVEL_ABOVE_REGION' });
    const scheduledLate = await send('district_staff', instruction({ sendAt: inHours(8), dueAt: inHours(7) }));
    expect(scheduledLate.json().error.fields).toEqual({ dueAt: 'DUE_BEFORE_SEND' });
    const noOne = await send('district_staff', instruction({ recipients: { kind: 'staff', regions: [GRID_A], level: 5 } }));
    expect(noOne.statusCode).toBe(400);
    expect(await countInstructions()).toBe(before);
  });

  it('never fails with a 500 or half-saves on generated bodies', async () => {
    const before = await countInstructions();
    const anyValue = fc.oneof(fc.string({ maxLength: 30 }), fc.integer(), fc.constant(null), fc.boolean(), fc.array(fc.string({ maxLength: 16 }), { maxLength: 3 }), fc.constant(['3715', 'x']));
    await fc.assert(fc.asyncProperty(
      fc.constantFrom('title', 'body', 'priority', 'dueAt', 'sendAt', 'recipients', 'feedbackRequired', 'feedbackFields', 'forwardOf', 'extra'), anyValue,
      async (field, value) => {
        const body = { ...instruction({ dueAt: inHours(-2) }), [field]: value };
        const res = await send('district_staff', body);
        expect(res.statusCode).toBe(400);
        expect(res.json().error.code).toMatch(/VALIDATION_FAILED|BAD_REQUEST/);
      }), { numRuns: 60 });
    expect(await countInstructions()).toBe(before);
  });
});

describe('receipts: read, feedback and progress', () => {
  let id: string;
  beforeAll(async () => {
    id = (await send('district_staff', instruction({ title: '东昌府区入户排查', recipients: { kind: 'grid_workers', regions: ['371502'] } }))).json().id;
  });

  it('reaches the grid worker\'s inbox unread, with a notification', async () => {
    const inbox = (await ctx.as('grid_worker')({ url: '/api/instructions/inbox' })).json();
    const item = inbox.items.find((i: { id: string }) => i.id === id);
    expect(item).toMatchObject({ title: '东昌府区入户排查', status: 'unread', overdue: false, priority: 'urgent', unit: { code: GRID_A }, sender: { name: '东昌府区综治中心工作人员' } });
    expect(inbox.unread).toBeGreaterThanOrEqual(1);
    const notes = (await ctx.as('grid_worker')({ url: '/api/notifications' })).json();
    expect(notes.items.some((n: { instructionId: string; kind: string }) => n.instructionId === id && n.kind === 'instruction')).toBe(true);
    expect(notes.unread).toBeGreaterThanOrEqual(1);
  });

  it('opening reads it for the grid; feedback completes it; progress counts both', async () => {
    const read = await ctx.as('grid_worker')({ method: 'POST', url: `/api/instructions/${id}/read` });
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ status: 'read', readAt: expect.any(String) });
    const notes = (await ctx.as('grid_worker')({ url: '/api/notifications?unreadOnly=true' })).json();
    expect(notes.items.some((n: { instructionId: string }) => n.instructionId === id)).toBe(false);

    let progress = (await ctx.as('district_staff')({ url: `/api/instructions/${id}/progress` })).json();
    expect(progress).toMatchObject({ total: grids.district, read: 1, done: 0, overdue: 0, region: { code: '371502' } });
    expect(progress.children.reduce((n: number, c: { total: number }) => n + c.total, 0)).toBe(grids.district);
    expect(progress.children.find((c: { read: number }) => c.read === 1).code).toBe('371502001');

    const missing = await ctx.as('grid_worker')({ method: 'POST', url: `/api/instructions/${id}/feedback`, payload: { id: crypto.randomUUID(), text: '已排查' } });
    expect(missing.json().error.fields).toEqual({ 'values.households': 'VALUE_REQUIRED' });
    const bad = await ctx.as('grid_worker')({ method: 'POST', url: `/api/instructions/${id}/feedback`, payload: { id: crypto.randomUUID(), values: { households: -3, rooms: 2 } } });
    expect(bad.json().error.fields).toEqual({ 'values.households': 'NOT_A_COUNT', 'values.rooms': 'UNKNOWN_VALUE' });

    const feedback = { id: crypto.randomUUID(), text: '已排查，发现武汉来返人员2名', values: { households: 126 } };
    const answered = await ctx.as('grid_worker')({ method: 'POST', url: `/api/instructions/${id}/feedback`, payload: feedback });
    expect(answered.statusCode).toBe(201);
    expect(answered.json()).toMatchObject({ id: feedback.id, values: { households: 126 }, byName: '古城社区第1网格网格员' });
    expect((await ctx.as('grid_worker')({ method: 'POST', url: `/api/instructions/${id}/feedback`, payload: feedback })).statusCode).toBe(200);

    progress = (await ctx.as('district_staff')({ url: `/api/instructions/${id}/progress?region=${COMMUNITY}` })).json();
    expect(progress).toMatchObject({ total: grids.community, read: 1, done: 1 });
    expect(progress.children.find((c: { code: string }) => c.code === GRID_A)).toMatchObject({ total: 1, read: 1, done: 1, level: 5 });
    const inbox = (await ctx.as('grid_worker')({ url: '/api/instructions/inbox' })).json();
    expect(inbox.items.find((i: { id: string }) => i.id === id)).toMatchObject({ status: 'done', feedback: [{ id: feedback.id, text: feedback.text }] });
  });

  it('drills down to the grids that have not read it, with their workers', async () => {
    const unread = (await ctx.as('district_staff')({ url: `/api/instructions/${id}/receipts?region=${COMMUNITY}&status=unread` })).json();
    expect(unread.total).toBe(grids.community - 1);
    const b = unread.items.find((r: { unit: { code: string } }) => r.unit.code === GRID_B);
    expect(b).toMatchObject({ status: 'unread', readAt: null, recipients: ['worker_b 网格员'], feedback: null });
    const done = (await ctx.as('district_staff')({ url: `/api/instructions/${id}/receipts?region=${COMMUNITY}&status=done` })).json();
    expect(done.items).toHaveLength(1);
    expect(done.items[0]).toMatchObject({ unit: { code: GRID_A }, readBy: '古城社区第1网格网格员', feedback: { values: { households: 126 } } });
    const paged = (await ctx.as('district_staff')({ url: `/api/instructions/${id}/receipts?limit=2` })).json();
    const next = (await ctx.as('district_staff')({ url: `/api/instructions/${id}/receipts?limit=2&cursor=${paged.nextCursor}` })).json();
    expect(next.items[0].unit.code > paged.items[1].unit.code).toBe(true);
  });

  it('is scoped: other regions do not see it, a region above the caller is refused', async () => {
    expect((await ctx.as('linqing_staff')({ url: `/api/instructions/${id}` })).statusCode).toBe(404);
    expect((await ctx.as('linqing_staff')({ url: `/api/instructions/${id}/progress` })).statusCode).toBe(404);
    const list = (await ctx.as('linqing_staff')({ url: '/api/instructions' })).json();
    expect(list.items.some((i: { id: string }) => i.id === id)).toBe(false);
    const street = await ctx.as('street_staff')({ url: `/api/instructions/${id}/progress?region=371502` });
    expect(street.statusCode).toBe(403);
    expect(street.json().error.code).toBe('OUT_OF_SCOPE');
    const streetView = (await ctx.as('street_staff')({ url: `/api/instructions/${id}` })).json();
    expect(streetView).toMatchObject({ canManage: false, progress: { read: 1, done: 1 } });
    expect((await ctx.as('linqing_staff')({ method: 'POST', url: `/api/instructions/${id}/read` })).statusCode).toBe(404);
  });

  it('reminds the open receipts at most every 5 minutes per region', async () => {
    const first = await ctx.as('street_staff')({ method: 'POST', url: `/api/instructions/${id}/remind`, payload: { region: COMMUNITY } });
    expect(first.statusCode).toBe(200);
    expect(first.json().reminded).toBe(grids.community - 1);
    const again = await ctx.as('street_staff')({ method: 'POST', url: `/api/instructions/${id}/remind`, payload: { region: COMMUNITY } });
    expect(again.statusCode).toBe(429);
    expect(again.json()).toMatchObject({ error: { code: 'REMIND_TOO_SOON' }, nextAllowedAt: expect.any(String) });
    const notes = (await ctx.as('worker_b')({ url: '/api/notifications' })).json();
    expect(notes.items.filter((n: { instructionId: string }) => n.instructionId === id).map((n: { kind: string }) => n.kind)).toEqual(['reminder', 'instruction']);
    const doneNotes = (await ctx.as('grid_worker')({ url: '/api/notifications' })).json();
    expect(doneNotes.items.some((n: { instructionId: string; kind: string }) => n.instructionId === id && n.kind === 'reminder')).toBe(false);
    expect((await ctx.as('street_staff')({ method: 'POST', url: `/api/instructions/${id}/remind`, payload: { region: '371502' } })).statusCode).toBe(403);
  });

  it('is withdrawn only by its office or one above; then it leaves the inboxes', async () => {
    expect((await ctx.as('street_staff')({ method: 'POST', url: `/api/instructions/${id}/withdraw`, payload: { reason: '重复' } })).statusCode).toBe(403);
    const withdrawn = await ctx.as('commander')({ method: 'POST', url: `/api/instructions/${id}/withdraw`, payload: { reason: '与市级指令重复' } });
    expect(withdrawn.statusCode).toBe(200);
    expect(withdrawn.json()).toMatchObject({ status: 'withdrawn', withdrawReason: '与市级指令重复' });
    const inbox = (await ctx.as('worker_b')({ url: '/api/instructions/inbox' })).json();
    expect(inbox.items.some((i: { id: string }) => i.id === id)).toBe(false);
    const read = await ctx.as('worker_b')({ method: 'POST', url: `/api/instructions/${id}/read` });
    expect(read.statusCode).toBe(409);
    expect(read.json().error.code).toBe('INSTRUCTION_WITHDRAWN');
    expect((await ctx.as('commander')({ method: 'POST', url: `/api/instructions/${id}/withdraw`, payload: { reason: '再次' } })).statusCode).toBe(409);
    expect((await ctx.as('commander')({ method: 'POST', url: `/api/instructions/${id}/remind`, payload: {} })).statusCode).toBe(409);
    const notes = (await ctx.as('worker_b')({ url: '/api/notifications' })).json();
    expect(notes.items[0]).toMatchObject({ kind: 'withdrawn', instructionId: id });
  });
});

describe('offices, forwarding and scheduling', () => {
  it('sends to the street offices, which relay it to their grids with additions', async () => {
    const sent = (await send('district_staff', instruction({ title: '关于加强卡点值守的通知', recipients: { kind: 'staff', regions: ['371502'], level: 3 }, feedbackRequired: false, feedbackFields: [] }))).json();
    expect(sent.receipts).toBe(grids.streets);
    const office = (await ctx.as('street_staff')({ url: '/api/instructions/inbox' })).json();
    expect(office.items.find((i: { id: string }) => i.id === sent.id)).toMatchObject({ status: 'unread', unit: { code: '371502001', level: 3 } });
    const worker = (await ctx.as('grid_worker')({ url: '/api/instructions/inbox' })).json();
    expect(worker.items.some((i: { id: string }) => i.id === sent.id)).toBe(false);

    const relay = await send('street_staff', instruction({ title: '转发：关于加强卡点值守的通知', body: '古楼街道补充：夜间双人值守。', forwardOf: sent.id, recipients: { kind: 'grid_workers', regions: ['371502001'] } }));
    expect(relay.statusCode).toBe(201);
    const relayed = (await ctx.as('street_staff')({ url: `/api/instructions/${relay.json().id}` })).json();
    expect(relayed.forwardOf).toMatchObject({ id: sent.id, senderRegion: { code: '371502' } });
    const original = (await ctx.as('district_staff')({ url: `/api/instructions/${sent.id}` })).json();
    expect(original.forwards.map((f: { id: string }) => f.id)).toEqual([relay.json().id]);
    expect(original.progress).toMatchObject({ read: 1, done: 1 });
    expect((await send('community_staff', instruction({ forwardOf: sent.id, recipients: { kind: 'grid_workers', regions: [COMMUNITY] } }))).statusCode).toBe(404);
  });

  it('a scheduled instruction stays out of the inboxes until its time, then is announced once', async () => {
    const sent = (await send('commander', instruction({ title: '定时：明日晨检', sendAt: inHours(1), dueAt: inHours(5), recipients: { kind: 'grid_workers', regions: [COMMUNITY] } }))).json();
    expect(sent).toMatchObject({ status: 'scheduled', receipts: grids.community });
    const inbox = async () => (await ctx.as('grid_worker')({ url: '/api/instructions/inbox' })).json().items.some((i: { id: string }) => i.id === sent.id);
    expect(await inbox()).toBe(false);
    expect((await ctx.as('grid_worker')({ url: '/api/notifications' })).json().items.some((n: { instructionId: string }) => n.instructionId === sent.id)).toBe(false);
    expect((await ctx.as('commander')({ method: 'POST', url: `/api/instructions/${sent.id}/remind`, payload: {} })).statusCode).toBe(409);
    const listed = (await ctx.as('commander')({ url: '/api/instructions?status=scheduled' })).json();
    expect(listed.items.map((i: { id: string }) => i.id)).toContain(sent.id);

    await sql`UPDATE instructions SET send_at = now() - interval '1 second', created_at = now() - interval '1 minute' WHERE id = ${sent.id}`.execute(ctx.database.db);
    await sql`UPDATE notifications SET at = now() - interval '1 second' WHERE instruction_id = ${sent.id}`.execute(ctx.database.db);
    expect(await announceDueInstructions(ctx.database)).toBeGreaterThanOrEqual(1);
    expect(await announceDueInstructions(ctx.database)).toBe(0);
    expect(await inbox()).toBe(true);
  });

  it('lists what the caller sent or receives, filtered and paged', async () => {
    const all = (await ctx.as('commander')({ url: '/api/instructions?limit=2' })).json();
    expect(all.items).toHaveLength(2);
    expect(all.nextCursor).toBeDefined();
    const urgent = (await ctx.as('commander')({ url: '/api/instructions?priority=urgent&q=排查' })).json();
    expect(urgent.items.length).toBeGreaterThan(0);
    expect(urgent.items.every((i: { priority: string; title: string }) => i.priority === 'urgent' && i.title.includes('排查'))).toBe(true);
    const community = (await ctx.as('community_staff')({ url: '/api/instructions' })).json();
    expect(community.items.every((i: { progress: { total: number } }) => i.progress.total <= grids.community)).toBe(true);
    expect((await ctx.as('commander')({ url: '/api/instructions?cursor=nonsense' })).json().error.fields).toEqual({ cursor: 'INVALID_CURSOR' });
  });

  it('marks notifications read, some or all', async () => {
    const before = (await ctx.as('grid_worker')({ url: '/api/notifications' })).json();
    expect(before.unread).toBeGreaterThan(0);
    const one = await ctx.as('grid_worker')({ method: 'POST', url: '/api/notifications/read', payload: { ids: [before.items.find((n: { readAt: string | null }) => !n.readAt).id] } });
    expect(one.json().unread).toBe(before.unread - 1);
    expect((await ctx.as('grid_worker')({ method: 'POST', url: '/api/notifications/read', payload: { all: true } })).json()).toEqual({ unread: 0 });
    expect((await ctx.as('grid_worker')({ method: 'POST', url: '/api/notifications/read', payload: { ids: ['x'] } })).statusCode).toBe(400);
  });
});
