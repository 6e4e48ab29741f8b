import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GRID_A, isoNow, pointInGrid } from '../../test/factories.ts';
import { createTestContext, TEST_PASSWORD, type TestContext } from '../../test/harness.ts';
import { multipartBody } from '../../test/multipart.ts';
import { escalateOverdueSteps } from './escalation.ts';

let ctx: TestContext;
let uploads: string;
let cdc: string;
let urban: string;
let linqingPolice: string;

async function createAccount(username: string, role: string, regionCode: string, departmentId?: string) {
  const res = await ctx.as('admin')({
    method: 'POST', url: '/api/users',
    payload: { username, displayName: `${username} 工作人员`, role, regionCode, password: TEST_PASSWORD, ...(departmentId ? { departmentId } : {}) },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

async function createDepartment(as: string, body: Record<string, unknown>) {
  return ctx.as(as)({ method: 'POST', url: '/api/departments', payload: body });
}

beforeAll(async () => {
  uploads = await fs.mkdtemp(path.join(os.tmpdir(), 'epigrid-dispatch-'));
  ctx = await createTestContext({ uploadsDir: uploads });
  cdc = (await createDepartment('admin', { regionCode: '371502', kind: 'cdc', name: '测试区疾控中心' })).json().id;
  urban = (await createDepartment('admin', { regionCode: '371502', kind: 'urban_management', name: '测试区城管局' })).json().id;
  linqingPolice = (await createDepartment('admin', { regionCode: '371581', kind: 'police', name: '测试临清公安' })).json().id;
  await createAccount('t_cdc', 'health', '371502', cdc);
  await createAccount('t_urban', 'staff', '371502', urban);
});
afterAll(async () => {
  await ctx.close();
  await fs.rm(uploads, { recursive: true, force: true });
});

async function report(overrides: Record<string, unknown> = {}) {
  const body = { id: crypto.randomUUID(), category: 'suspected_case_found', description: '发现一名发热人员', occurredAt: isoNow(-60_000), location: await pointInGrid(ctx, GRID_A), ...overrides };
  const res = await ctx.as('grid_worker')({ method: 'POST', url: '/api/events', payload: body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

const step = (as: string, id: string, action: string, payload: Record<string, unknown> = {}) =>
  ctx.as(as)({ method: 'POST', url: `/api/events/${id}/${action}`, payload });

const minutesFromNow = (iso: string) => (new Date(iso).getTime() - Date.now()) / 60_000;

async function notificationsOf(username: string, eventId: string) {
  const list = (await ctx.as(username)({ url: '/api/notifications?limit=50' })).json();
  return list.items.filter((n: { eventId: string | null }) => n.eventId === eventId).map((n: { kind: string }) => n.kind);
}

describe('departments', () => {
  it('are created in the admin\'s region, once per name, with every bad field named', async () => {
    expect((await createDepartment('admin', { regionCode: '371502', kind: 'cdc', name: '测试区疾控中心' })).json().error.code).toBe('DEPARTMENT_EXISTS');
    expect((await createDepartment('district_admin', { regionCode: '371581', kind: 'cdc', name: '越界' })).statusCode).toBe(403);
    expect((await createDepartment('admin', { regionCode: '371502', kind: 'cdc', name: '坏\u0000名' })).json().error.fields).toEqual({ name: 'CONTROL_CHARACTER' });
    expect((await createDepartment('admin', { regionCode: GRID_A, kind: 'cdc', name: '网格疾控' })).json().error.fields).toEqual({ regionCode: 'LEVEL_TOO_LOW' });
    expect((await createDepartment('admin', { regionCode: '371502999', kind: 'cdc', name: '无此街道' })).json().error.fields).toEqual({ regionCode: 'REGION_NOT_FOUND' });
    expect((await createDepartment('admin', { regionCode: '371502', kind: 'astrology', name: 'x' })).statusCode).toBe(400);
    expect((await createDepartment('street_staff', { regionCode: '371502001', kind: 'cdc', name: 'x' })).statusCode).toBe(403);
  });

  it('are listed for a grid: those above it that serve it, never another district\'s', async () => {
    const serving = (await ctx.as('street_staff')({ url: `/api/departments?serving=${GRID_A}` })).json().items.map((d: { id: string }) => d.id);
    expect(serving).toEqual(expect.arrayContaining([cdc, urban]));
    expect(serving).not.toContain(linqingPolice);
    const linqing = (await ctx.as('linqing_staff')({ url: '/api/departments' })).json().items.map((d: { id: string }) => d.id);
    expect(linqing).toContain(linqingPolice);
    expect(linqing).not.toContain(cdc);
  });

  it('bind accounts of their own region only', async () => {
    const res = await ctx.as('admin')({
      method: 'POST', url: '/api/users',
      payload: { username: 't_wrong', displayName: '错位账号', role: 'staff', regionCode: '371502001', password: TEST_PASSWORD, departmentId: cdc },
    });
    expect(res.json().error.fields).toEqual({ departmentId: 'DEPARTMENT_REGION_MISMATCH' });
    const users = (await ctx.as('admin')({ url: '/api/users?q=t_cdc' })).json().items;
    expect(users.find((u: { username: string }) => u.username === 't_cdc').department).toEqual({ id: cdc, name: '测试区疾控中心' });
  });

  it('are named in the signed-in account\'s own answer, so its console opens on what is dispatched to it', async () => {
    expect((await ctx.as('t_cdc')({ url: '/api/me' })).json().department).toEqual({ id: cdc, name: '测试区疾控中心' });
    expect((await ctx.as('dept_community')({ url: '/api/me' })).json().department).toMatchObject({ name: '古城社区居委会' });
    expect((await ctx.as('street_staff')({ url: '/api/me' })).json().department).toBeNull();
  });
});

describe('the dispatch loop', () => {
  it('runs reported → dispatched → handled → reworked → handled → verified → closed, each step on its clock', async () => {
    const event = await report();
    expect(event).toMatchObject({ status: 'reported', step: 'dispatch', overdue: false, assignee: null, priority: 'normal', source: 'field' });
    expect(minutesFromNow(event.dueAt)).toBeGreaterThan(29);
    expect(minutesFromNow(event.dueAt)).toBeLessThanOrEqual(30);

    expect((await step('street_staff', event.id, 'dispatch', { departmentId: cdc, userId: crypto.randomUUID() })).json().error.fields).toEqual({ departmentId: 'ONE_ASSIGNEE' });
    expect((await step('street_staff', event.id, 'dispatch', { departmentId: linqingPolice })).json().error.fields).toEqual({ departmentId: 'NOT_SERVING' });
    expect((await step('grid_worker', event.id, 'dispatch', { departmentId: cdc })).statusCode).toBe(403);
    expect((await step('linqing_staff', event.id, 'dispatch', { departmentId: cdc })).statusCode).toBe(404);

    const dispatched = (await step('street_staff', event.id, 'dispatch', { departmentId: cdc, note: '请疾控核实' })).json();
    expect(dispatched).toMatchObject({ status: 'dispatched', step: 'handle', assignee: { kind: 'department', id: cdc, name: '测试区疾控中心' } });
    // 发现疑似感染者: handled within 2 hours.
    expect(minutesFromNow(dispatched.dueAt)).toBeGreaterThan(119);
    expect(await notificationsOf('t_cdc', event.id)).toEqual(['event_dispatched']);
    const mine = (await ctx.as('t_cdc')({ url: '/api/events?assigned=me' })).json();
    expect(mine.items.map((e: { id: string }) => e.id)).toContain(event.id);
    expect(mine.items.find((e: { id: string }) => e.id === event.id).canAct).toEqual(expect.arrayContaining(['handle', 'return', 'request']));

    expect((await step('grid_worker', event.id, 'handle', { note: '我来处理' })).json().error.code).toBe('NOT_ASSIGNEE');
    expect((await step('t_urban', event.id, 'handle', { note: '不是我的' })).json().error.code).toBe('NOT_ASSIGNEE');
    expect((await step('t_cdc', event.id, 'handle', {})).statusCode).toBe(400);
    const photo = await sharp({ create: { width: 400, height: 300, channels: 3, background: { r: 10, g: 120, b: 40 } } }).jpeg().toBuffer();
    const handled = await ctx.as('t_cdc')({
      method: 'POST', url: `/api/events/${event.id}/handle`,
      ...multipartBody([{ name: 'handle', value: JSON.stringify({ note: '已转运至定点医院' }) }, { name: 'photos', filename: 'h.jpg', type: 'image/jpeg', data: photo }]),
    });
    expect(handled.statusCode, handled.body).toBe(200);
    expect(handled.json()).toMatchObject({ status: 'handled', step: 'verify' });
    expect(handled.json().handlePhotos).toHaveLength(1);
    expect(await notificationsOf('street_staff', event.id)).toContain('event_handled');

    expect((await step('grid_worker', event.id, 'verify', { passed: false })).json().error.fields).toEqual({ note: 'NOTE_REQUIRED' });
    const reworked = (await step('grid_worker', event.id, 'verify', { passed: false, note: '人员仍在小区' })).json();
    expect(reworked).toMatchObject({ status: 'dispatched', step: 'handle', reworks: 1, handlePhotos: [] });
    expect(await notificationsOf('t_cdc', event.id)).toContain('event_rework');

    expect((await step('t_cdc', event.id, 'handle', { note: '已再次上门转运' })).json().status).toBe('handled');
    expect((await step('street_staff', event.id, 'verify', { passed: true })).json()).toMatchObject({ status: 'verified', step: 'close' });
    expect((await step('street_staff', event.id, 'close', { note: '办结' })).json()).toMatchObject({ status: 'closed', step: null, dueAt: null, overdue: false, canAct: [] });
    expect((await step('street_staff', event.id, 'close')).json().error.code).toBe('INVALID_TRANSITION');

    const detail = (await ctx.as('street_staff')({ url: `/api/events/${event.id}` })).json();
    expect(detail.history.map((h: { action: string }) => h.action)).toEqual(['dispatch', 'handle', 'verify', 'handle', 'verify', 'close']);
    expect(detail.history[0]).toMatchObject({ from: 'reported', to: 'dispatched', note: '请疾控核实', assignee: '测试区疾控中心' });
    const audit = await ctx.database.db.selectFrom('audit_log').select('action').where('target_id', '=', event.id).orderBy('seq').execute();
    expect(audit.map((a) => a.action)).toEqual(['event.dispatch', 'event.handle', 'event.verify', 'event.handle', 'event.verify', 'event.close']);
  });

  it('accepts, returns to the dispatcher, re-dispatches to a person, and rejects what is not an event', async () => {
    const event = await report({ category: 'disinfection', description: '楼道消杀', priority: 'urgent' });
    // Urgent: dispatched within 10 minutes.
    expect(minutesFromNow(event.dueAt)).toBeLessThanOrEqual(10);
    expect((await step('community_staff', event.id, 'accept', { note: '立案' })).json()).toMatchObject({ status: 'accepted', step: 'dispatch', dueAt: event.dueAt });
    await step('community_staff', event.id, 'dispatch', { departmentId: urban });
    expect((await step('t_urban', event.id, 'return', {})).statusCode).toBe(400);
    const returned = (await step('t_urban', event.id, 'return', { reason: '不属于城管职责' })).json();
    expect(returned).toMatchObject({ status: 'returned', step: 'dispatch', returns: 1 });
    expect(await notificationsOf('community_staff', event.id)).toContain('event_returned');
    const worker = (await ctx.as('admin')({ url: '/api/users?q=grid_worker' })).json().items.find((u: { username: string }) => u.username === 'grid_worker');
    const toWorker = (await step('community_staff', event.id, 'dispatch', { userId: worker.id, priority: 'normal' })).json();
    expect(toWorker).toMatchObject({ status: 'dispatched', assignee: { kind: 'user', id: worker.id }, priority: 'normal' });
    // 消杀 is handled within 24 hours.
    expect(minutesFromNow(toWorker.dueAt)).toBeGreaterThan(1439);

    const junk = await report({ category: 'other', description: '重复上报' });
    expect((await step('street_staff', junk.id, 'reject', {})).statusCode).toBe(400);
    expect((await step('street_staff', junk.id, 'reject', { note: '重复上报' })).json()).toMatchObject({ status: 'rejected', step: null });
    expect((await step('street_staff', junk.id, 'dispatch', { departmentId: cdc })).json().error.code).toBe('INVALID_TRANSITION');
  });

  it('lets the assignee ask for more time, a suspension or a void, each decided by the dispatcher', async () => {
    const event = await report({ category: 'danger', description: '围墙坍塌' });
    const dispatched = (await step('street_staff', event.id, 'dispatch', { departmentId: urban })).json();
    const ask = (payload: Record<string, unknown>) => ctx.as('t_urban')({ method: 'POST', url: `/api/events/${event.id}/requests`, payload });
    expect((await ask({ kind: 'extend', reason: '需要调派机械' })).json().error.fields).toEqual({ minutes: 'MINUTES_REQUIRED' });
    expect((await ask({ kind: 'void', reason: 'x', minutes: 5 })).json().error.fields).toEqual({ minutes: 'MINUTES_NOT_ALLOWED' });
    expect((await ctx.as('t_cdc')({ method: 'POST', url: `/api/events/${event.id}/requests`, payload: { kind: 'void', reason: '不是我' } })).json().error.code).toBe('NOT_ASSIGNEE');
    const extension = await ask({ kind: 'extend', reason: '需要调派机械', minutes: 120 });
    expect(extension.statusCode, extension.body).toBe(201);
    expect((await ask({ kind: 'suspend', reason: '再来一个' })).json().error.code).toBe('REQUEST_PENDING');
    const decide = (requestId: string, payload: Record<string, unknown>, as = 'street_staff') =>
      ctx.as(as)({ method: 'POST', url: `/api/events/${event.id}/requests/${requestId}/decision`, payload });
    expect((await decide(extension.json().id, { approved: true }, 'grid_worker')).statusCode).toBe(403);
    const extended = (await decide(extension.json().id, { approved: true })).json();
    expect(new Date(extended.dueAt).getTime() - new Date(dispatched.dueAt).getTime()).toBe(120 * 60_000);
    expect((await decide(extension.json().id, { approved: true })).json().error.code).toBe('REQUEST_NOT_FOUND');

    const suspension = (await ask({ kind: 'suspend', reason: '等待物资' })).json();
    const suspended = (await decide(suspension.id, { approved: true })).json();
    expect(suspended).toMatchObject({ suspended: true, dueAt: null, overdue: false });
    expect(suspended.canAct).toContain('resume');
    expect((await step('t_urban', event.id, 'handle', { note: '处理中' })).statusCode).toBe(409);
    const resumed = (await step('street_staff', event.id, 'resume')).json();
    expect(resumed.suspended).toBe(false);
    expect(Math.abs(new Date(resumed.dueAt).getTime() - new Date(extended.dueAt).getTime())).toBeLessThan(60_000);

    const voiding = (await ask({ kind: 'void', reason: '误报' })).json();
    expect((await decide(voiding.id, { approved: false })).json().error.fields).toEqual({ note: expect.any(String) });
    expect((await decide(voiding.id, { approved: false, note: '请继续处置' })).json().status).toBe('dispatched');
    const again = (await ask({ kind: 'void', reason: '现场核实为误报' })).json();
    expect((await decide(again.id, { approved: true })).json()).toMatchObject({ status: 'voided', step: null });
    const detail = (await ctx.as('street_staff')({ url: `/api/events/${event.id}` })).json();
    expect(detail.requests.map((r: { kind: string; approved: boolean }) => [r.kind, r.approved])).toEqual([['extend', true], ['suspend', true], ['void', false], ['void', true]]);
  });

  it('lets a worker handle a minor event on the spot; someone else verifies it', async () => {
    const event = await report({ category: 'publicity', description: '张贴防疫海报', handledOnSpot: true });
    expect(event).toMatchObject({ status: 'handled', step: 'verify', handledOnSpot: true });
    expect((await step('grid_worker', event.id, 'verify', { passed: true })).statusCode).toBe(403);
    expect((await step('community_staff', event.id, 'verify', { passed: true })).json().status).toBe('verified');
  });

  it('escalates an overdue step once to the supervision of the level above, keeping its assignee', async () => {
    const event = await report({ category: 'assistance', description: '独居老人需要帮助' });
    await ctx.database.db.updateTable('events').set({ step_due_at: new Date(Date.now() - 60_000) }).where('id', '=', event.id).execute();
    expect(await escalateOverdueSteps(ctx.database, ctx.services.outbound.routing)).toBeGreaterThanOrEqual(1);
    expect(await escalateOverdueSteps(ctx.database, ctx.services.outbound.routing)).toBe(0);
    const escalated = (await ctx.as('street_staff')({ url: `/api/events/${event.id}` })).json().event;
    // Not dispatched yet: the community must act, so its street supervises.
    expect(escalated).toMatchObject({ overdue: true, escalated: true, supervisionRegion: '371502001' });
    expect(await notificationsOf('street_staff', event.id)).toContain('event_escalated');
    const queue = (await ctx.as('street_staff')({ url: '/api/events?supervised=true' })).json().items.map((e: { id: string }) => e.id);
    expect(queue).toContain(event.id);
    expect((await ctx.as('community_staff')({ url: '/api/events?supervised=true' })).json().items.map((e: { id: string }) => e.id)).not.toContain(event.id);
    expect((await ctx.as('street_staff')({ url: '/api/events?overdue=true' })).json().items.map((e: { id: string }) => e.id)).toContain(event.id);

    const dispatched = (await step('district_staff', event.id, 'dispatch', { departmentId: urban })).json();
    expect(dispatched).toMatchObject({ overdue: false, escalated: false, assignee: { id: urban } });
    await ctx.database.db.updateTable('events').set({ step_due_at: new Date(Date.now() - 60_000) }).where('id', '=', event.id).execute();
    await escalateOverdueSteps(ctx.database, ctx.services.outbound.routing);
    // Dispatched by the district: the city supervises; the assignee is told it is late.
    expect((await ctx.as('district_staff')({ url: `/api/events/${event.id}` })).json().event).toMatchObject({ escalated: true, supervisionRegion: '3715', assignee: { id: urban } });
    expect(await notificationsOf('t_urban', event.id)).toContain('event_overdue');
    const handled = (await step('t_urban', event.id, 'handle', { note: '已上门' })).json();
    expect(handled.escalated).toBe(false);
    const row = await ctx.database.db.selectFrom('events').select(['late_steps', 'dispatch_on_time', 'handle_on_time']).where('id', '=', event.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ late_steps: 2, dispatch_on_time: false, handle_on_time: false });
  });

  it('refuses generated bad dispatch bodies field by field, changing nothing', async () => {
    const event = await report({ category: 'other', description: '测试生成输入' });
    const anyValue = fc.oneof(fc.string({ maxLength: 20 }), fc.integer(), fc.constant(null), fc.boolean(), fc.uuid(), fc.array(fc.string(), { maxLength: 2 }));
    await fc.assert(fc.asyncProperty(fc.dictionary(fc.constantFrom('departmentId', 'userId', 'note', 'priority', 'extra'), anyValue, { maxKeys: 4 }), async (body) => {
      const res = await step('street_staff', event.id, 'dispatch', body);
      if (res.statusCode === 200) {
        await ctx.database.db.updateTable('events').set({ status: 'reported', assigned_department_id: null, assigned_user_id: null }).where('id', '=', event.id).execute();
        return;
      }
      expect(res.statusCode).toBeLessThan(500);
      expect(res.json().error.code).toMatch(/VALIDATION_FAILED|BAD_REQUEST/);
      const row = await ctx.database.db.selectFrom('events').select(['status', 'assigned_department_id']).where('id', '=', event.id).executeTakeFirstOrThrow();
      expect(row).toEqual({ status: 'reported', assigned_department_id: null });
    }), { numRuns: 40 });
  });
});

describe('emergency dispatch', () => {
  it('lists the grid workers nearest to an event, on duty first, with distance and the age of their fix', async () => {
    const at = await pointInGrid(ctx, GRID_A);
    const shift = { id: crypto.randomUUID(), checkpointName: '古城社区东门', startedAt: isoNow(-120_000), location: at };
    expect((await ctx.as('grid_worker')({ method: 'POST', url: '/api/duty/shifts', payload: shift })).statusCode).toBe(201);
    await ctx.as('grid_worker')({ method: 'POST', url: '/api/heartbeats', payload: { id: crypto.randomUUID(), shiftId: shift.id, at: isoNow(-30_000), location: at } });
    const event = await report({ category: 'suspected_case_outing', description: '疑似人员外出' });
    const nearby = (await ctx.as('street_staff')({ url: `/api/events/${event.id}/nearby-workers` })).json();
    expect(nearby.items[0]).toMatchObject({ name: '古城社区第1网格网格员', onDuty: true, grid: { code: GRID_A } });
    expect(nearby.items[0].distanceM).toBeLessThan(2_000);
    expect(nearby.items[0].fixAgeS).toBeGreaterThanOrEqual(0);
    expect((await ctx.as('grid_worker')({ url: `/api/events/${event.id}/nearby-workers` })).statusCode).toBe(403);
    expect((await ctx.as('linqing_staff')({ url: `/api/events/${event.id}/nearby-workers` })).statusCode).toBe(404);
  });
});

describe('statistics and time limits', () => {
  it('count the loop by region, department and category, inside the caller\'s region only', async () => {
    const stats = (await ctx.as('district_staff')({ url: '/api/events/stats?by=category' })).json();
    const found = stats.rows.find((r: { key: string }) => r.key === 'suspected_case_found');
    expect(found).toMatchObject({ name: '发现疑似感染者' });
    expect(found.closed).toBeGreaterThanOrEqual(1);
    expect(found.reworked).toBeGreaterThanOrEqual(1);
    expect(stats.total.reported).toBe(stats.rows.reduce((n: number, r: { reported: number }) => n + r.reported, 0));
    expect(stats.total.rates.closed).toBeCloseTo(stats.total.closed / stats.total.dueToClose, 3);
    const byDepartment = (await ctx.as('district_staff')({ url: '/api/events/stats?by=department' })).json();
    expect(byDepartment.rows.find((r: { key: string }) => r.key === cdc)).toMatchObject({ name: '测试区疾控中心', dispatched: 1, handled: 1, closed: 1 });
    // Grouped by the last assignee: the event 城管 returned went on to a grid worker.
    expect(byDepartment.rows.find((r: { key: string }) => r.key === '')).toMatchObject({ name: '个人' });
    expect(byDepartment.rows.find((r: { key: string }) => r.key === '').returned).toBeGreaterThanOrEqual(1);
    expect((await ctx.as('linqing_staff')({ url: '/api/events/stats?region=371502' })).statusCode).toBe(403);
    expect((await ctx.as('grid_worker')({ url: '/api/events/stats' })).statusCode).toBe(403);
    expect((await ctx.as('district_staff')({ url: '/api/events/stats?from=2020-03-01&to=2020-02-01' })).json().error.fields).toEqual({ from: 'DATE_ORDER' });
  });

  it('are replaced whole by an administrator, never leaving a step without a rule', async () => {
    const { rules } = (await ctx.as('street_staff')({ url: '/api/event-time-limits' })).json();
    expect(rules.length).toBeGreaterThanOrEqual(4);
    const put = (as: string, body: Record<string, unknown>) => ctx.as(as)({ method: 'PUT', url: '/api/event-time-limits', payload: body });
    expect((await put('street_staff', { rules })).statusCode).toBe(403);
    const withoutClose = rules.filter((r: { step: string }) => r.step !== 'close');
    expect((await put('admin', { rules: withoutClose })).json().error.fields).toEqual({ 'rules.close': 'NO_DEFAULT_RULE' });
    expect((await put('admin', { rules: [...rules, rules[0]] })).json().error.fields).toEqual({ [`rules.${rules.length}`]: 'DUPLICATE_RULE' });
    expect((await put('admin', { rules: [{ ...rules[0], minutes: 0 }] })).statusCode).toBe(400);
    const faster = rules.map((r: { step: string; minutes: number }) => (r.step === 'close' ? { ...r, minutes: 15 } : r));
    expect((await put('admin', { rules: faster })).json().rules.find((r: { step: string }) => r.step === 'close').minutes).toBe(15);
    expect((await put('admin', { rules })).statusCode).toBe(200);
  });
});
