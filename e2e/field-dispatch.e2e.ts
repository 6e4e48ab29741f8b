import crypto from 'node:crypto';
import { sql } from 'kysely';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckpointView } from '../common/contracts/declarations.ts';
import type { EventView } from '../common/contracts/field.ts';
import { GRID_A, isoNow, newPhone, pointInGrid } from '../server/test/factories.ts';
import { openBrowserSession, type BrowserSession } from './browser.ts';
import { choose, control, fieldLogin, outboxItems, photoStored } from './field-app.ts';

/**
 * The street office dispatches events to the grid worker (事件派遣, one of them an emergency);
 * they reach the worker's one task list beside the instructions, the emergency first and the
 * overdue one next; the worker opens them from the list or the notification and handles them
 * with a note and a photo — online, offline (sent once when the network is back), with the
 * answer lost on the way back (sent once all the same), and after the event was voided
 * meanwhile (the handling leaves the queue as not used). Last, a report handled on the spot
 * arrives handled.
 */
let s: BrowserSession;
let workerId: string;
let centroid: [number, number];

async function report(description: string, extra: Record<string, unknown> = {}): Promise<EventView> {
  const res = await s.ctx.as('grid_worker')({
    method: 'POST', url: '/api/events',
    payload: { id: crypto.randomUUID(), category: 'assistance', description, occurredAt: isoNow(-600_000), location: await pointInGrid(s.ctx, GRID_A), ...extra },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as EventView;
}

/** A resident declares a fever at a checkpoint of the worker's grid: a warning for the worker to verify. */
async function declareFever(name: string): Promise<string> {
  const checkpoints = (await s.ctx.as('community_staff')({ url: '/api/checkpoints' })).json() as { items: CheckpointView[] };
  const checkpoint = checkpoints.items.find((c) => c.grid.code === GRID_A && c.active)!;
  const answer = await s.ctx.app.inject({
    method: 'POST', url: '/api/public/declarations',
    payload: { token: checkpoint.token, id: crypto.randomUUID(), name, phone: newPhone(), direction: 'in', temperature: 38.2, symptoms: ['fever'], keyAreaTravel: false, caseContact: false },
  });
  expect(answer.statusCode, answer.body).toBe(201);
  return (await s.ctx.database.db.selectFrom('warnings').select('id').where('name', '=', name).executeTakeFirstOrThrow()).id;
}

async function dispatch(id: string, note: string, priority?: 'urgent'): Promise<void> {
  const res = await s.ctx.as('street_staff')({ method: 'POST', url: `/api/events/${id}/dispatch`, payload: { userId: workerId, note, ...(priority ? { priority } : {}) } });
  expect(res.statusCode, res.body).toBe(200);
}

async function stored(id: string) {
  const db = s.ctx.database.db;
  const event = await db.selectFrom('events').select(['status', 'handled_on_spot']).where('id', '=', id).executeTakeFirstOrThrow();
  const handles = await db.selectFrom('event_status_changes').select(['note']).where('event_id', '=', id).where('action', '=', 'handle').execute();
  const photos = await db.selectFrom('event_photos').select(['stage']).where('event_id', '=', id).execute();
  return { status: event.status, onSpot: event.handled_on_spot, handles: handles.map((h) => h.note), handlePhotos: photos.filter((p) => p.stage.startsWith('handle')).length };
}

const eventRow = (page: Page, id: string) => page.locator(`[data-testid=event-row][data-id="${id}"]`);

async function handleWith(page: Page, note: string, photo?: Buffer): Promise<void> {
  await page.getByTestId('event-handle').click();
  await page.getByTestId('event-handle-form').waitFor();
  await control(page, 'handle-note').fill(note);
  if (photo) {
    await page.getByTestId('photo-field').locator('input[type=file]').setInputFiles({ name: 'done.jpg', mimeType: 'image/jpeg', buffer: photo });
    await photoStored(page);
  }
}

async function offline(on: boolean): Promise<void> {
  await s.context.setOffline(on);
  await expect.poll(() => s.page.getByTestId('online-indicator').first().getAttribute('data-online')).toBe(String(!on));
}

beforeAll(async () => {
  s = await openBrowserSession({ phone: true });
  workerId = ((await s.ctx.as('grid_worker')({ url: '/api/me' })).json() as { id: string }).id;
  const summary = (await s.ctx.as('grid_worker')({ url: '/api/field/summary' })).json() as { grids: { centroid: [number, number] }[] };
  centroid = summary.grids[0]!.centroid;
  await s.context.grantPermissions(['geolocation'], { origin: s.baseUrl });
  await s.context.setGeolocation({ longitude: centroid[0], latitude: centroid[1], accuracy: 12 });
});
afterAll(() => s?.close());

describe('events dispatched to the grid worker\'s phone', () => {
  let urgent: EventView;
  let late: EventView;

  it('the emergency comes first, the overdue one next, beside an instruction and a warning; the notification opens it; handled with a note and a photo', async () => {
    const { page } = s;
    const warningId = await declareFever('派遣测试居民');
    late = await report('独居老人王某需要代购降压药');
    await dispatch(late.id, '请今日上门了解情况并代购药品');
    await sql`UPDATE events SET step_due_at = now() - interval '90 minutes' WHERE id = ${late.id}`.execute(s.ctx.database.db);
    const taskId = crypto.randomUUID();
    const task = await s.ctx.as('commander')({
      method: 'POST', url: '/api/instructions',
      payload: {
        id: taskId, title: '统计本网格独居老人名单', body: '请于明日前反馈独居老人户数。', priority: 'normal', dueAt: new Date(Date.now() + 20 * 3_600_000).toISOString(),
        recipients: { kind: 'grid_workers', regions: [GRID_A] }, feedbackRequired: false, feedbackFields: [],
      },
    });
    expect(task.statusCode, task.body).toBe(201);
    urgent = await report('东关街12号院楼道发现呕吐物，需立即消杀', { category: 'disinfection' });
    await dispatch(urgent.id, '应急调度：请立即前往现场消杀并拍照反馈', 'urgent');

    await fieldLogin(s, 'grid_worker');
    // Home: the emergency first, in its own style; the overdue event counted.
    await expect.poll(() => page.getByTestId('home-task').first().getAttribute('data-id')).toBe(urgent.id);
    expect(await page.getByTestId('home-task').first().getAttribute('class')).toContain('emergency');
    expect(await page.getByTestId('home-task').first().textContent()).toContain('应急');
    expect(Number(await page.getByTestId('home-tasks-overdue').locator('b').textContent())).toBeGreaterThanOrEqual(1);
    await s.screenshot('dispatch-01-home');

    // The list: the emergency, then overdue first (the late event, 已超期 in red), the instruction among them.
    await page.getByTestId('home-tasks').locator('.card-more').click();
    await page.getByTestId('tasks-page').waitFor();
    await eventRow(page, late.id).waitFor();
    const first = page.locator('[data-testid=event-row]').first();
    expect(await first.getAttribute('data-id')).toBe(urgent.id);
    expect(await first.getAttribute('data-emergency')).toBe('true');
    expect(await eventRow(page, late.id).getAttribute('data-state')).toBe('overdue');
    expect(await eventRow(page, late.id).textContent()).toContain('已超期');
    expect(await eventRow(page, late.id).textContent()).toContain('解困帮扶');
    expect(await page.getByTestId('task-kind').allTextContents()).toEqual(expect.arrayContaining(['事件', '指令', '预警']));
    // Overdue before the instruction due tomorrow.
    const order = await page.locator('[data-testid=event-row], [data-testid=task-row], [data-testid=warning-row]').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
    expect(order.indexOf(late.id)).toBeLessThan(order.indexOf(taskId));
    expect(order).toContain(warningId);
    await s.screenshot('dispatch-02-list');
    // A warning among the tasks opens its own page.
    await page.locator(`[data-testid=warning-row][data-id="${warningId}"]`).click();
    await page.getByTestId('warning-detail').waitFor();
    await page.locator('.page-nav .adm-nav-bar-back').click();
    await page.getByTestId('tasks-page').waitFor();

    // The bell: the dispatch notification opens the event's task.
    await page.locator('.page-nav .adm-nav-bar-back').click();
    await page.getByTestId('home-page').waitFor();
    await page.getByTestId('notification-bell').click();
    await page.getByTestId('notifications-page').waitFor();
    const note = page.locator('[data-testid=notification-row][data-kind=event_dispatched]').first();
    await note.waitFor();
    await note.click();
    await page.getByTestId('event-task').waitFor();
    expect(page.url()).toContain(`/m/tasks/events/${urgent.id}`);
    expect(await page.getByTestId('event-title').textContent()).toBe('消杀防控');
    await expect.poll(() => page.getByTestId('event-dispatch-note').textContent()).toBe('应急调度：请立即前往现场消杀并拍照反馈');
    expect(await page.getByTestId('event-description').textContent()).toContain('呕吐物');
    await page.getByTestId('grid-map').waitFor();
    expect(await page.getByTestId('event-navigate').getAttribute('href')).toContain('uri.amap.com/navigation');
    await s.screenshot('dispatch-03-detail');

    const photo = await sharp({ create: { width: 1000, height: 750, channels: 3, background: { r: 30, g: 110, b: 160 } } }).jpeg().toBuffer();
    await handleWith(page, '已完成楼道消杀，张贴消杀记录', photo);
    await s.screenshot('dispatch-04-handle-form');
    await page.getByTestId('handle-submit').click();
    await page.getByTestId('event-task').waitFor();
    await expect.poll(async () => (await stored(urgent.id)).status, { timeout: 30_000 }).toBe('handled');
    expect(await stored(urgent.id)).toMatchObject({ handles: ['已完成楼道消杀，张贴消杀记录'], handlePhotos: 1 });
    await expect.poll(() => page.getByTestId('event-state').first().getAttribute('data-status'), { timeout: 30_000 }).toBe('handled');
    await expect.poll(() => page.getByTestId('event-handle-photos').count(), { timeout: 30_000 }).toBe(1);
    expect(await page.getByTestId('event-handle').count()).toBe(0);
    await s.screenshot('dispatch-05-handled');
  });

  it('offline: handled in a stairwell, sent once when the network is back', async () => {
    const { page } = s;
    await page.goto(`${s.baseUrl}/m/tasks`);
    await eventRow(page, late.id).waitFor();
    await offline(true);
    await eventRow(page, late.id).click();
    await page.getByTestId('event-task').waitFor();
    await handleWith(page, '已上门代购降压药，老人身体状况良好');
    await page.getByTestId('handle-submit').click();
    await page.getByTestId('event-task').waitFor();
    await page.getByTestId('event-queued').waitFor();
    expect(await page.getByTestId('event-state').first().getAttribute('data-state')).toBe('queued');
    const queued = await outboxItems(page);
    expect(queued).toEqual([{ id: `handle:${late.id}:0`, kind: 'eventHandle', state: 'pending' }]);
    expect((await stored(late.id)).status).toBe('dispatched');
    await s.screenshot('dispatch-06-offline-handled');

    // The list shows it handled, no longer overdue.
    await page.locator('.page-nav .adm-nav-bar-back').click();
    await page.getByTestId('tasks-page').waitFor();
    expect(await eventRow(page, late.id).getAttribute('data-state')).toBe('queued');

    await offline(false);
    await expect.poll(async () => (await stored(late.id)).status, { timeout: 60_000, interval: 500 }).toBe('handled');
    await expect.poll(() => outboxItems(page), { timeout: 30_000 }).toEqual([]);
    expect((await stored(late.id)).handles).toEqual(['已上门代购降压药，老人身体状况良好']);
  });

  it('the answer lost on the way back: sent again, stored once, and no false alarm', async () => {
    const { page } = s;
    const lost = await report('居民反映楼下垃圾桶满溢', { category: 'convenience_service' });
    await dispatch(lost.id, '请协调物业清运');
    await page.goto(`${s.baseUrl}/m/tasks/events/${lost.id}`);
    await page.getByTestId('event-handle').waitFor();
    let cut = true;
    await page.route('**/api/events/*/handle', async (route) => {
      if (!cut) return route.continue();
      cut = false;
      // The server stores it; the phone never hears back.
      await route.fetch();
      await route.abort('failed');
    });
    await handleWith(page, '已协调物业清运完毕');
    await page.getByTestId('handle-submit').click();
    await page.getByTestId('event-task').waitFor();
    await expect.poll(() => outboxItems(page), { timeout: 60_000 }).toEqual([]);
    await page.unroute('**/api/events/*/handle');
    expect(await stored(lost.id)).toMatchObject({ status: 'handled', handles: ['已协调物业清运完毕'] });
    await expect.poll(() => page.getByTestId('event-state').first().getAttribute('data-state'), { timeout: 30_000 }).toBe('done');
    expect(await page.getByTestId('event-moved').count()).toBe(0);
    expect(await page.locator('.adm-dialog-body').count()).toBe(0);
  });

  it('asks the dispatcher for more time, then gives another event back (退回), both online', async () => {
    const { page } = s;
    const slow = await report('居民需要代办慢性病药品续方');
    await dispatch(slow.id, '请协助办理');
    await page.goto(`${s.baseUrl}/m/tasks/events/${slow.id}`);
    await page.getByTestId('event-more').click();
    await page.getByTestId('event-ask-form').waitFor();
    await choose(page, 'ask-kind', '申请延期');
    await page.getByTestId('ask-submit').click();
    await page.getByTestId('error-hours').waitFor();
    await choose(page, 'ask-hours', '4小时');
    await control(page, 'ask-reason').fill('需等待社区医院开具处方');
    await s.screenshot('dispatch-09-ask-form');
    await page.getByTestId('ask-submit').click();
    await page.getByTestId('event-task').waitFor();
    await page.getByTestId('event-request-waiting').waitFor();
    const requests = await s.ctx.database.db.selectFrom('event_requests').select(['kind', 'minutes', 'reason']).where('event_id', '=', slow.id).execute();
    expect(requests).toEqual([{ kind: 'extend', minutes: 240, reason: '需等待社区医院开具处方' }]);

    const wrong = await report('隔壁网格居民反映噪音扰民', { category: 'other' });
    await dispatch(wrong.id, '请处理');
    await page.goto(`${s.baseUrl}/m/tasks/events/${wrong.id}/request`);
    await page.getByTestId('event-ask-form').waitFor();
    await choose(page, 'ask-kind', '退回派遣人');
    await control(page, 'ask-reason').fill('不属于疫情防控事项');
    await page.getByTestId('ask-submit').click();
    await page.getByTestId('tasks-page').waitFor();
    expect((await stored(wrong.id)).status).toBe('returned');
    expect(await eventRow(page, wrong.id).count()).toBe(0);
  });

  it('voided while the handling waits on the phone: it leaves the queue as not used, and the worker is told', async () => {
    const { page } = s;
    const gone = await report('独居老人李某需要帮助', {});
    await dispatch(gone.id, '请上门核实');
    await page.goto(`${s.baseUrl}/m/tasks/events/${gone.id}`);
    await page.getByTestId('event-handle').waitFor();
    await offline(true);
    await handleWith(page, '已上门，老人已由子女接走');
    await page.getByTestId('handle-submit').click();
    await page.getByTestId('event-queued').waitFor();
    // Meanwhile, asked from another phone and approved: the event is voided.
    const ask = await s.ctx.as('grid_worker')({ method: 'POST', url: `/api/events/${gone.id}/requests`, payload: { kind: 'void', reason: '重复派遣' } });
    expect(ask.statusCode, ask.body).toBe(201);
    const voided = await s.ctx.as('street_staff')({ method: 'POST', url: `/api/events/${gone.id}/requests/${ask.json().id}/decision`, payload: { approved: true } });
    expect(voided.json().status).toBe('voided');
    await offline(false);
    const dialog = page.locator('.adm-dialog-body').filter({ hasText: '处置未被采用' });
    await dialog.waitFor({ timeout: 60_000 });
    expect(await dialog.textContent()).toContain('已作废');
    await s.screenshot('dispatch-07-voided-notice');
    await dialog.getByText('确定').click();
    await expect.poll(() => outboxItems(page), { timeout: 30_000 }).toEqual([]);
    expect(await stored(gone.id)).toMatchObject({ status: 'voided', handles: [] });
    await page.getByTestId('event-moved').waitFor();
    expect(await page.getByTestId('event-handle').count()).toBe(0);
  });

  it('a report marked 已现场处置 arrives handled', async () => {
    const { page } = s;
    await page.goto(`${s.baseUrl}/m/report`);
    await page.getByTestId('report-page').waitFor();
    await choose(page, 'input-category', '防疫宣传');
    await page.getByTestId('input-handledOnSpot').click();
    await expect.poll(() => page.getByTestId('field-description').textContent()).toContain('事件及处置情况');
    await control(page, 'input-description').fill('东关街口发现未张贴防疫告示，已现场张贴并向居民讲解');
    await page.getByTestId('event-location-gps').click();
    await expect.poll(() => page.getByTestId('event-location-value').textContent()).toContain('精度');
    await page.getByTestId('field-handledOnSpot').evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await s.screenshot('dispatch-08-report-on-spot');
    await page.getByTestId('form-submit').click();
    await page.getByTestId('home-page').waitFor();
    await expect.poll(() => outboxItems(page), { timeout: 30_000 }).toEqual([]);
    const row = await s.ctx.database.db.selectFrom('events').select(['id', 'status', 'handled_on_spot'])
      .where('description', '=', '东关街口发现未张贴防疫告示，已现场张贴并向居民讲解').executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'handled', handled_on_spot: true });
  });
});
