import crypto from 'node:crypto';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GRID_A, isoNow, pointInGrid } from '../server/test/factories.ts';
import { escalateOverdueSteps } from '../server/modules/events/escalation.ts';
import { openBrowserSession, type BrowserSession } from './browser.ts';

/**
 * Event dispatch (事件交办) in the console: a street officer dispatches a worker's report to the
 * district's CDC, the CDC's account handles it from 派给我的, the street verifies and closes it;
 * and an overdue step lands in the supervision (督办) list of the level above.
 */
let s: BrowserSession;
const CDC = '东昌府区疾病预防控制中心';

async function report(category: string, description: string): Promise<string> {
  const res = await s.ctx.as('grid_worker')({
    method: 'POST', url: '/api/events',
    payload: { id: crypto.randomUUID(), category, description, occurredAt: isoNow(-120_000), location: await pointInGrid(s.ctx, GRID_A) },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

async function signInAs(username: string) {
  if (!s.page.url().includes('/login') && s.page.url().startsWith(s.baseUrl)) {
    // Reloaded, so no drawer covers the header.
    await s.page.goto(`${s.baseUrl}/events`);
    await s.page.getByTestId('logout').click();
    await s.page.waitForURL(/\/login/);
  }
  await s.login(username);
}

async function openEvent(id: string) {
  await s.page.goto(`${s.baseUrl}/events`);
  await s.page.locator(`[data-testid="event-row"][data-row-key="${id}"]`).click();
  await s.page.getByTestId('event-progress').waitFor();
}

const drawer = () => s.page.getByTestId('event-drawer');
const stepSubmit = () => s.page.getByTestId('event-step-submit');

beforeAll(async () => {
  s = await openBrowserSession();
});
afterAll(() => s?.close());

describe('event dispatch in the console', () => {
  let eventId: string;

  it('a street officer dispatches a worker\'s report to the district CDC', async () => {
    eventId = await report('suspected_case_found', '小区内发现一名发热人员（端到端测试）');
    await signInAs('street_staff');
    await openEvent(eventId);
    await expect.poll(() => drawer().getByTestId('event-step').textContent()).toBe('立案派遣');
    expect(await drawer().getByTestId('event-deadline').textContent()).toMatch(/剩余 \d+分钟/);
    expect(await drawer().getByTestId('event-assignee').count()).toBe(0);
    await s.screenshot('dispatch-01-drawer-reported');

    await s.page.getByTestId('event-act-dispatch').click();
    await s.page.getByTestId('dispatch-department').click();
    await s.page.locator('.ant-select-item-option', { hasText: CDC }).click();
    await s.page.getByTestId('event-note').fill('请疾控中心上门核实并转运');
    await s.screenshot('dispatch-02-dispatch-modal');
    await s.page.getByTestId('dispatch-tab-person').click();
    await s.page.getByTestId('dispatch-workers').waitFor();
    await s.screenshot('dispatch-03-dispatch-modal-workers');
    await s.page.getByTestId('dispatch-tab-department').click();
    await stepSubmit().click();

    await expect.poll(() => drawer().getByTestId('event-step').textContent()).toBe('处置');
    expect(await drawer().getByTestId('event-assignee').textContent()).toContain(CDC);
    expect(await drawer().getByTestId('event-act-dispatch').count()).toBe(0);
    const row = s.page.locator(`[data-testid="event-row"][data-row-key="${eventId}"]`);
    await expect.poll(() => row.textContent()).toContain(CDC);
  });

  it('the CDC\'s account finds it under 派给我的 and handles it with a note', async () => {
    await signInAs('dept_cdc');
    await s.page.goto(`${s.baseUrl}/events`);
    await expect.poll(() => s.page.locator('.ant-segmented-item-selected').textContent()).toBe('派给我的');
    const row = s.page.locator(`[data-testid="event-row"][data-row-key="${eventId}"]`);
    await row.click();
    await s.page.getByTestId('event-act-handle').click();
    await stepSubmit().click();
    await expect.poll(() => s.page.getByTestId('event-handle-form').textContent()).toContain('请填写处置情况');
    await s.page.getByTestId('event-note').fill('已上门测温，人员已转运至定点医院');
    const photo = await sharp({ create: { width: 640, height: 480, channels: 3, background: { r: 30, g: 140, b: 90 } } }).jpeg().toBuffer();
    await s.page.getByTestId('event-handle-form').locator('input[type=file]').setInputFiles({ name: 'scene.jpg', mimeType: 'image/jpeg', buffer: photo });
    await s.screenshot('dispatch-03b-handle-modal');
    await stepSubmit().click();
    await expect.poll(() => drawer().getByTestId('event-step').textContent()).toBe('核查');
    expect(await drawer().getByTestId('event-act-handle').count()).toBe(0);
    await expect.poll(() => drawer().getByTestId('event-handle-photos').locator('img').count()).toBe(1);
  });

  it('the street verifies and closes it; the history shows every step', async () => {
    await signInAs('street_staff');
    await openEvent(eventId);
    await s.page.getByTestId('event-act-verify').click();
    await stepSubmit().click();
    await expect.poll(() => drawer().getByTestId('event-step').textContent()).toBe('结案');
    await s.page.getByTestId('event-act-close').click();
    await s.page.getByTestId('event-note').fill('办结');
    await stepSubmit().click();
    await expect.poll(() => drawer().getByTestId('event-status').first().textContent()).toBe('已结案');
    const steps = await drawer().getByTestId('event-history-step').allTextContents();
    expect(steps).toEqual([`派遣 → ${CDC}`, '处置', '核查通过', '结案']);
    const history = await drawer().getByTestId('event-history').textContent();
    for (const text of ['上报', '请疾控中心上门核实并转运', '已上门测温，人员已转运至定点医院', '办结']) expect(history).toContain(text);
    expect(await drawer().getByTestId('event-actions').count()).toBe(0);
    await s.screenshot('dispatch-04-drawer-closed');
  });

  it('an overdue step goes to the street\'s supervision (督办), with a notification', async () => {
    const id = await report('assistance', '独居老人需要送药（端到端测试）');
    await s.ctx.database.db.updateTable('events').set({ step_due_at: new Date(Date.now() - 5 * 60_000) }).where('id', '=', id).execute();
    expect(await escalateOverdueSteps(s.ctx.database, s.ctx.services.outbound.routing)).toBeGreaterThanOrEqual(1);

    await s.page.goto(`${s.baseUrl}/events`);
    await s.page.getByTestId('events-view-supervised').click();
    const row = s.page.locator(`[data-testid="event-row"][data-row-key="${id}"]`);
    await expect.poll(() => row.getByTestId('event-escalated').textContent()).toBe('督办');
    expect(await row.getByTestId('event-deadline').textContent()).toMatch(/已超期 \d+分钟/);
    expect(await s.page.locator(`[data-testid="event-row"][data-row-key="${eventId}"]`).count()).toBe(0);
    await s.screenshot('dispatch-05-supervised-list');

    await row.click();
    await expect.poll(() => drawer().getByTestId('event-escalated').textContent()).toBe('督办');
    expect(await drawer().locator('.deadline-late').count()).toBe(1);
    await s.screenshot('dispatch-06-drawer-escalated');

    const notifications = (await s.ctx.as('street_staff')({ url: '/api/notifications?limit=50' })).json();
    expect(notifications.items.filter((n: { eventId: string | null }) => n.eventId === id).map((n: { kind: string }) => n.kind)).toContain('event_escalated');
  });

  it('the district reads the statistics of the loop and drills into a street', async () => {
    await signInAs('district_staff');
    await s.page.getByTestId('nav-event-stats').click();
    await s.page.waitForURL(/\/events\/stats$/);
    await expect.poll(() => s.page.getByTestId('stats-total').textContent()).toContain('合计');
    const street = s.page.locator('[data-testid="stats-table"] tr[data-row-key="371502001"]');
    await expect.poll(() => street.textContent()).toContain('古楼街道');
    await s.screenshot('dispatch-07-stats');
    await street.getByTestId('stats-drill').click();
    await expect.poll(() => s.page.locator('[data-testid="stats-table"] tr[data-row-key="371502001001"]').count()).toBe(1);
  });
});

describe('departments and time limits', () => {
  it('the admin adds a department, and its name shows in the list', async () => {
    await signInAs('admin');
    await s.page.getByTestId('nav-departments').click();
    await s.page.waitForURL(/\/departments$/);
    await expect.poll(() => s.page.getByTestId('department-name').allTextContents()).toContain(CDC);
    await s.page.getByTestId('department-create').click();
    const region = s.page.getByTestId('department-form-region');
    // The tree's popup opens with an animation and loads its root first: pick until the choice shows.
    await expect.poll(async () => {
      if (!(await s.page.locator('.ant-select-tree-title', { hasText: '聊城市' }).first().isVisible())) await region.click();
      await s.page.locator('.ant-select-tree-title', { hasText: '聊城市' }).first().click({ timeout: 2000 }).catch(() => {});
      return region.locator('.ant-select-content, .ant-select-selection-item').first().textContent();
    }, { timeout: 15_000 }).toContain('聊城市');
    await s.page.getByTestId('department-form-name').fill('聊城市疾病预防控制中心');
    await s.page.getByTestId('department-form-submit').click();
    await expect.poll(() => s.page.getByTestId('department-form').textContent()).toContain('该区划下已有同名部门');
    await s.page.getByTestId('department-form-name').fill('聊城市应急管理局');
    await s.page.getByTestId('department-form-submit').click();
    await expect.poll(() => s.page.getByTestId('department-name').allTextContents()).toContain('聊城市应急管理局');
    await s.screenshot('dispatch-08-departments');
  });

  it('the users page shows each account\'s department and mobile number, set in the form', async () => {
    await s.page.getByTestId('nav-users').click();
    await s.page.waitForURL(/\/users$/);
    await s.page.getByTestId('users-text-filter').fill('dept_cdc');
    await s.page.getByTestId('users-search').click();
    await expect.poll(async () => (await s.page.getByTestId('user-department').allTextContents()).map((d) => d.trim())).toEqual([CDC]);
    await s.page.getByTestId('user-edit-dept_cdc').click();
    await expect.poll(() => s.page.getByTestId('user-form-department').textContent()).toContain(CDC);
    await s.page.getByTestId('user-form-phone').fill('1380013');
    await s.page.getByTestId('user-form-submit').click();
    await expect.poll(() => s.page.getByTestId('user-form').textContent()).toContain('请输入11位大陆手机号');
    await s.page.getByTestId('user-form-phone').fill('13800138000');
    await s.screenshot('dispatch-10-user-form');
    await s.page.getByTestId('user-form-submit').click();
    await expect.poll(() => s.page.getByTestId('user-phone').allTextContents()).toEqual(['138****8000']);
    expect(await s.page.getByTestId('user-department').textContent()).toContain(CDC);
    await s.screenshot('dispatch-11-users');
    await s.page.getByTestId('nav-departments').click();
    await s.page.waitForURL(/\/departments$/);
  });

  it('refuses time limits that leave a step without a default rule, on the rows concerned', async () => {
    await s.page.getByTestId('time-limits-tab').click();
    const rows = s.page.locator('[data-testid="time-limits-table"] tr.ant-table-row');
    await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(4);
    await s.page.getByTestId('limit-add').click();
    await s.page.getByTestId('limit-save').click();
    await expect.poll(() => s.page.getByTestId('limit-row-problem').textContent()).toContain('与另一条时限的适用条件相同');
    await s.screenshot('dispatch-09-time-limits');
    await s.page.getByTestId('limit-remove').last().click();
    await s.page.getByTestId('limit-save').click();
    await expect.poll(() => s.page.locator('.ant-message').textContent()).toContain('时限已保存');
  });
});
