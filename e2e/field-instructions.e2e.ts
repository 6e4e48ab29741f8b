import crypto from 'node:crypto';
import { sql } from 'kysely';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReceiptPage } from '../common/contracts/instructions.ts';
import { GRID_A } from '../server/test/factories.ts';
import { multipartBody } from '../server/test/multipart.ts';
import { openBrowserSession, type BrowserSession } from './browser.ts';
import { control, fieldLogin, outboxItems } from './field-app.ts';

/**
 * The commander sends an instruction (指令) to the grid worker's grid; it reaches the worker's
 * phone (home card, bell, list), opening it reads it on the server, the worker answers with a
 * text and the asked count, and the receipt is done. Then the same offline: opened and answered
 * in a stairwell, sent once when the network is back. Last, a task withdrawn while its answer
 * waits on the phone: the answer leaves the queue as not used, the task shows withdrawn.
 */
let s: BrowserSession;
const inHours = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();

async function send(title: string, extra: Record<string, unknown> = {}): Promise<string> {
  const id = crypto.randomUUID();
  const answer = await s.ctx.as('commander')({
    method: 'POST',
    url: '/api/instructions',
    payload: {
      id, title, body: '请于今日18时前完成本网格武汉来返人员入户排查，逐户登记，并反馈排查户数。\n发现发热人员立即上报。',
      priority: 'urgent', dueAt: inHours(6), recipients: { kind: 'grid_workers', regions: [GRID_A] }, feedbackRequired: true,
      feedbackFields: [{ key: 'households', label: '排查户数', unit: '户' }], ...extra,
    },
  });
  expect(answer.statusCode).toBe(201);
  return id;
}

async function receipt(id: string) {
  return s.ctx.database.db.selectFrom('instruction_receipts').select(['status', 'read_at', 'done_at'])
    .where('instruction_id', '=', id).where('unit_code', '=', GRID_A).executeTakeFirstOrThrow();
}

async function feedbackRows(id: string) {
  return s.ctx.database.db.selectFrom('instruction_feedback').select(['id', 'text', 'values']).where('instruction_id', '=', id).execute();
}

const taskRow = (page: Page, id: string) => page.locator(`[data-testid=task-row][data-id="${id}"]`);

async function back(page: Page): Promise<void> {
  await page.locator('.page-nav .adm-nav-bar-back').click();
}

async function answer(page: Page, count: string, text: string): Promise<void> {
  await page.getByTestId('task-answer').click();
  await page.getByTestId('task-feedback-form').waitFor();
  await control(page, 'feedback-count-households').fill(count);
  await control(page, 'feedback-text').fill(text);
  await page.getByTestId('feedback-submit').click();
  await page.getByTestId('task-detail').waitFor();
}

beforeAll(async () => {
  s = await openBrowserSession({ phone: true });
});
afterAll(() => s?.close());

describe('tasks on the grid worker\'s phone', () => {
  let urgentId: string;
  let lateId: string;

  it('the task reaches home and the bell; opening reads it; the answer completes the receipt', async () => {
    const { page } = s;
    lateId = await send('上报本周卡点值守人员名单', { priority: 'normal', feedbackRequired: false, feedbackFields: [] });
    // Past its deadline: the phone shows it first and red.
    await sql`UPDATE instructions SET send_at = now() - interval '1 day', due_at = now() - interval '2 hours' WHERE id = ${lateId}`.execute(s.ctx.database.db);
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1');
    const uploaded = await s.ctx.as('commander')({ method: 'POST', url: '/api/instructions/files', ...multipartBody([{ name: 'file', filename: '排查登记表.pdf', type: 'application/pdf', data: pdf }]) });
    expect(uploaded.statusCode).toBe(201);
    urgentId = await send('全面排查武汉来返人员', { attachments: [uploaded.json().id] });
    await fieldLogin(s, 'grid_worker');

    // Home: the card counts and lists the tasks, the overdue one first; the bell counts the notifications.
    await expect.poll(() => page.getByTestId('home-task').count()).toBeGreaterThanOrEqual(2);
    expect(await page.getByTestId('home-task').first().getAttribute('data-id')).toBe(lateId);
    expect(await page.getByTestId('home-task').first().textContent()).toContain('已逾期');
    expect(Number(await page.getByTestId('home-tasks-unread').locator('b').textContent())).toBeGreaterThanOrEqual(2);
    expect(Number(await page.getByTestId('home-tasks-overdue').locator('b').textContent())).toBeGreaterThanOrEqual(1);
    await expect.poll(async () => Number(await page.getByTestId('notification-bell').getAttribute('data-unread'))).toBeGreaterThanOrEqual(2);
    await s.screenshot('tasks-01-home');

    // The list: overdue first (red), the urgent one marked, unread.
    await page.getByTestId('home-tasks').click();
    await page.getByTestId('tasks-page').waitFor();
    const rows = page.getByTestId('task-row');
    await rows.first().waitFor();
    expect(await rows.first().getAttribute('data-id')).toBe(lateId);
    expect(await rows.first().getAttribute('data-state')).toBe('overdue');
    const urgent = taskRow(page, urgentId);
    const text = await urgent.textContent();
    expect(text).toContain('紧急');
    expect(text).toContain('未读');
    expect(text).toContain('剩余');
    const commander = await s.ctx.database.db.selectFrom('users').select('display_name').where('username', '=', 'commander').executeTakeFirstOrThrow();
    expect(text).toContain(commander.display_name);
    await s.screenshot('tasks-02-list');

    // The detail: opening it reads it, on the phone at once and on the server.
    await urgent.click();
    await page.getByTestId('task-detail').waitFor();
    expect(await page.getByTestId('task-title').textContent()).toBe('全面排查武汉来返人员');
    expect(await page.getByTestId('task-body').textContent()).toContain('发现发热人员立即上报');
    expect(await page.getByTestId('task-attachments').textContent()).toContain('排查登记表.pdf');
    await expect.poll(() => page.getByTestId('task-status').first().getAttribute('data-status')).toBe('read');
    await expect.poll(async () => (await receipt(urgentId)).status).toBe('read');
    await expect.poll(() => outboxItems(page)).toEqual([]);
    await s.screenshot('tasks-03-detail');

    // The form: the count is asked, checked on the phone with the server's rule.
    await page.getByTestId('task-answer').click();
    await page.getByTestId('task-feedback-form').waitFor();
    await control(page, 'feedback-count-households').fill('12.5');
    await page.getByTestId('feedback-submit').click();
    expect(await page.getByTestId('error-count_households').textContent()).toBe('请填写0或正整数');
    await s.screenshot('tasks-04-form');
    await control(page, 'feedback-count-households').fill('126');
    await control(page, 'feedback-text').fill('已完成入户排查，发现武汉来返人员2名，均已落实居家观察');
    await page.getByTestId('feedback-submit').click();
    await page.getByTestId('task-detail').waitFor();
    await expect.poll(() => page.getByTestId('task-status').first().getAttribute('data-status')).toBe('done');
    expect(await page.getByTestId('task-feedback').textContent()).toContain('排查户数126户');

    // The server: the receipt is done, with the answer, once.
    await expect.poll(async () => (await receipt(urgentId)).status).toBe('done');
    const stored = await feedbackRows(urgentId);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ values: { households: 126 }, text: '已完成入户排查，发现武汉来返人员2名，均已落实居家观察' });
    const done = (await s.ctx.as('commander')({ url: `/api/instructions/${urgentId}/receipts?region=${GRID_A.slice(0, 12)}&status=done` })).json() as ReceiptPage;
    expect(done.items.map((r) => r.unit.code)).toEqual([GRID_A]);
    await expect.poll(() => page.locator('[data-testid=feedback-entry][data-state=stored]').count(), { timeout: 30_000 }).toBe(1);
    await s.screenshot('tasks-05-answered');
  });

  it('the notifications: reading the task read its own; tapping another opens its task and reads it', async () => {
    const { page } = s;
    await back(page);
    await page.getByTestId('tasks-page').waitFor();
    await back(page);
    await page.getByTestId('home-page').waitFor();
    await page.getByTestId('notification-bell').click();
    await page.getByTestId('notifications-page').waitFor();
    const note = (id: string) => page.locator('[data-testid=notification-row]').filter({ hasText: id === urgentId ? '全面排查武汉来返人员' : '上报本周卡点值守人员名单' }).first();
    await expect.poll(() => note(urgentId).getAttribute('data-read')).toBe('true');
    expect(await note(lateId).getAttribute('data-read')).toBe('false');
    await s.screenshot('tasks-06-notifications');
    await note(lateId).click();
    await page.getByTestId('task-detail').waitFor();
    expect(await page.getByTestId('task-title').textContent()).toBe('上报本周卡点值守人员名单');
    // No feedback asked: reading it is doing it.
    await expect.poll(async () => (await receipt(lateId)).status).toBe('done');
    const unread = () => s.ctx.database.db.selectFrom('notifications as n').innerJoin('users as u', 'u.id', 'n.user_id').select('n.id')
      .where('u.username', '=', 'grid_worker').where('n.instruction_id', 'in', [urgentId, lateId]).where('n.read_at', 'is', null).execute();
    await expect.poll(async () => (await unread()).length).toBe(0);
  });

  it('offline: opened and answered in a stairwell, sent once when the network is back', async () => {
    const { page, context } = s;
    const id = await send('核查第1网格返聊人员健康码');
    await page.goto(`${s.baseUrl}/m/tasks`);
    await taskRow(page, id).waitFor();

    await context.setOffline(true);
    await expect.poll(() => page.getByTestId('online-indicator').first().getAttribute('data-online')).toBe('false');
    await taskRow(page, id).click();
    await page.getByTestId('task-detail').waitFor();
    await expect.poll(() => page.getByTestId('task-status').first().getAttribute('data-status')).toBe('read');
    await page.getByTestId('task-queued').waitFor();
    await answer(page, '48', '已逐户核查健康码，均为绿码');
    await expect.poll(() => page.getByTestId('task-status').first().getAttribute('data-status')).toBe('done');
    expect(await page.locator('[data-testid=feedback-entry][data-state=pending]').count()).toBe(1);
    const queued = await outboxItems(page);
    expect(queued.map((i) => [i.kind, i.state])).toEqual([['instructionRead', 'pending'], ['instructionFeedback', 'pending']]);
    expect(queued[0]!.id).toBe(id);
    expect((await receipt(id)).status).toBe('unread');
    await s.screenshot('tasks-07-offline-answered');

    // The queue names both.
    await page.getByTestId('status-chips').first().click();
    await page.getByTestId('queue-page').waitFor();
    const items = page.getByTestId('queue-item');
    expect(await items.nth(0).textContent()).toContain('任务已读');
    expect(await items.nth(0).textContent()).toContain('核查第1网格返聊人员健康码');
    expect(await items.nth(1).textContent()).toContain('排查户数 48户');
    await s.screenshot('tasks-08-queue-offline');

    await context.setOffline(false);
    await expect.poll(async () => (await receipt(id)).status, { timeout: 60_000, interval: 500 }).toBe('done');
    await expect.poll(() => outboxItems(page), { timeout: 30_000 }).toEqual([]);
    const stored = await feedbackRows(id);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ id: queued[1]!.id, values: { households: 48 }, text: '已逐户核查健康码，均为绿码' });
    expect((await receipt(id)).read_at).not.toBeNull();
  });

  it('a task withdrawn while its answer waits: the answer leaves the queue as not used, the task shows withdrawn', async () => {
    const { page, context } = s;
    const id = await send('临时：统计空置房屋');
    await page.goto(`${s.baseUrl}/m/tasks`);
    await taskRow(page, id).waitFor();
    await context.setOffline(true);
    await expect.poll(() => page.getByTestId('online-indicator').first().getAttribute('data-online')).toBe('false');
    await taskRow(page, id).click();
    await page.getByTestId('task-detail').waitFor();
    await answer(page, '3', '');
    expect((await outboxItems(page)).map((i) => i.kind)).toEqual(['instructionRead', 'instructionFeedback']);

    const withdrawn = await s.ctx.as('commander')({ method: 'POST', url: `/api/instructions/${id}/withdraw`, payload: { reason: '与区级通知重复' } });
    expect(withdrawn.statusCode).toBe(200);
    await context.setOffline(false);
    // The popup's outer box has no size of its own (its parts are fixed): its body is what shows.
    const dialog = page.locator('.adm-dialog-body').filter({ hasText: '任务已撤回' });
    await dialog.waitFor({ timeout: 60_000 });
    expect(await dialog.textContent()).toContain('临时：统计空置房屋');
    await s.screenshot('tasks-09-withdrawn-notice');
    await dialog.getByText('确定').click();
    await expect.poll(() => outboxItems(page), { timeout: 30_000 }).toEqual([]);
    expect(await feedbackRows(id)).toHaveLength(0);
    await expect.poll(() => page.getByTestId('task-status').first().getAttribute('data-status')).toBe('withdrawn');
    await page.getByTestId('task-withdrawn').waitFor();
    expect(await page.getByTestId('task-answer').count()).toBe(0);
    await s.screenshot('tasks-10-withdrawn');

    await page.getByTestId('status-chips').first().click();
    await page.getByTestId('queue-page').waitFor();
    await page.getByText('已上传', { exact: true }).click();
    await expect.poll(() => page.getByTestId('synced-withdrawn').count()).toBeGreaterThanOrEqual(1);
    await s.screenshot('tasks-11-queue-withdrawn');
  });
});
