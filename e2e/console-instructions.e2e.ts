import crypto from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Inbox, InstructionCreated } from '../common/contracts/instructions.ts';
import { GRID_A } from '../server/test/factories.ts';
import { openBrowserSession, type BrowserSession } from './browser.ts';

/**
 * 指令通知 in the console at 1440×900: the city commander sends an instruction to the grid
 * workers of 东昌府区 with a count asked back; a grid worker reads and answers it (through the
 * API, as the field app would); the open progress view follows live, drills into the district
 * and a street, reminds and withdraws. Then a district office receives one by the bell, answers
 * and forwards it down to its streets.
 */
const DISTRICT = '371502';
const STREET = '371502001';
const TITLE = '关于开展武汉来返人员入户排查的紧急通知';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1');
let s: BrowserSession;
let districtGrids: number;

beforeAll(async () => {
  // The deadline picker shows the browser's time; the pages print China time, as users in China see both.
  s = await openBrowserSession({ timezoneId: 'Asia/Shanghai' });
  const { rows } = await sql<{ n: number }>`SELECT count(*) AS n FROM regions WHERE level = 5 AND code LIKE ${`${DISTRICT}%`}`.execute(s.ctx.database.db);
  districtGrids = Number(rows[0]!.n);
});
afterAll(() => s?.close());

const testId = (id: string) => s.page.getByTestId(id);
const text = (id: string) => testId(id).first().textContent();
/** What antd's message toasts say just now (each stays three seconds). */
const messages = () => s.page.locator('.ant-message').textContent();

/** The problem shown under a form's field. */
const fieldError = (field: string) => s.page.locator('.ant-form-item', { has: testId(field) }).locator('.ant-form-item-explain-error');

/** Picks a region in the open recipients tree: expands its parents by name, then the region. */
async function pickRegion(parents: string[], name: string): Promise<void> {
  await testId('compose-regions').locator('.ant-select').click();
  const tree = s.page.locator('.ant-select-dropdown:visible');
  for (const parent of parents) {
    await tree.locator('.ant-select-tree-treenode', { hasText: parent }).first().locator('.ant-select-tree-switcher').click();
  }
  await tree.locator('.ant-select-tree-node-content-wrapper', { hasText: name }).first().click();
  await s.page.keyboard.press('Escape');
}

describe('console instructions', () => {
  let id: string;

  it('the commander composes an instruction; the shared rules name what is missing under each field', async () => {
    await s.login('commander');
    await testId('nav-instructions').click();
    await s.page.waitForURL(/\/instructions$/);
    await testId('instructions-table').waitFor();

    await testId('instruction-compose').click();
    await testId('compose-drawer').waitFor();
    await testId('compose-submit').click();
    await expect.poll(() => testId('compose-form').textContent()).toContain('必填');
    expect(await testId('compose-form').textContent()).toContain('请选择接收区域');
    await s.screenshot('instructions-02-compose-problems');

    await testId('compose-title').fill(TITLE);
    await expect.poll(() => fieldError('compose-title').count()).toBe(0);
    expect(await fieldError('compose-body').textContent()).toBe('必填');
    await testId('compose-body').fill('请各网格于明日18时前完成辖区内武汉来返人员入户排查，并反馈排查户数。');
    await testId('compose-priority').getByText('紧急').click();
    await pickRegion(['聊城市'], '东昌府区');
    await testId('compose-add-field').click();
    await testId('compose-field-label-0').fill('排查户数');
    await testId('compose-field-unit-0').fill('户');
    await expect.poll(() => fieldError('compose-regions').count()).toBe(0);
    // An attachment goes up as soon as it is picked.
    await testId('compose-drawer').locator('input[type=file]').setInputFiles({ name: '排查方案.pdf', mimeType: 'application/pdf', buffer: PDF });
    await expect.poll(() => testId('compose-drawer').locator('.ant-upload-list-item-done').count()).toBe(1);
    await s.screenshot('instructions-02-compose');

    await testId('compose-submit').dblclick();
    await testId('compose-sent').waitFor();
    expect(await text('compose-receipts')).toContain(districtGrids.toLocaleString('zh-CN'));
    const sent = await s.ctx.database.db.selectFrom('instructions').select(['id', 'receipts']).where('title', '=', TITLE).execute();
    expect(sent).toHaveLength(1);
    expect(sent[0]!.receipts).toBe(districtGrids);
    id = sent[0]!.id;

    await testId('compose-open-sent').click();
    await s.page.waitForURL(new RegExp(`/instructions/${id}$`));
    await expect.poll(() => text('progress-total')).toContain(districtGrids.toLocaleString('zh-CN'));
    expect(await text('progress-read')).toContain('0');
    expect(await text('instruction-attachments')).toContain('排查方案.pdf');
    const href = await testId('instruction-attachments').locator('a').getAttribute('href');
    const file = await s.page.request.get(`${s.baseUrl}${href}`);
    expect(file.headers()['content-type']).toBe('application/pdf');
  });

  it('follows a grid worker\'s reading and answer live, without a reload', async () => {
    const worker = s.ctx.as('grid_worker');
    const inbox = (await worker({ url: '/api/instructions/inbox' })).json() as Inbox;
    const item = inbox.items.find((i) => i.id === id)!;
    expect(item.feedbackFields).toEqual([{ key: 'f1', label: '排查户数', unit: '户' }]);

    expect((await worker({ method: 'POST', url: `/api/instructions/${id}/read` })).statusCode).toBe(200);
    await expect.poll(() => text('progress-read')).toMatch(/^已签收1$/);
    expect(await text('progress-done')).toMatch(/^已完成0$/);

    const answer = await worker({ method: 'POST', url: `/api/instructions/${id}/feedback`, payload: { id: crypto.randomUUID(), text: '已完成入户排查', values: { f1: 12 } } });
    expect(answer.statusCode, answer.body).toBe(201);
    await expect.poll(() => text('progress-done')).toMatch(/^已完成1$/);
    await s.screenshot('instructions-03-detail');
  });

  it('drills into the district and a street, and lists the receipts there by status', async () => {
    await s.page.locator(`[data-testid="progress-child-row"][data-row-key="${DISTRICT}"]`).click();
    await testId(`progress-crumb-${DISTRICT}`).waitFor();
    await s.page.locator(`[data-testid="progress-child-row"][data-row-key="${STREET}"]`).click();
    await expect.poll(() => testId('progress-breadcrumb').textContent()).toContain('古楼街道');

    await testId('receipts-filter').getByText('已反馈').click();
    const done = s.page.locator(`[data-testid="receipt-row"][data-row-key="${GRID_A}"]`);
    await expect.poll(() => done.textContent()).toContain('排查户数 12户；已完成入户排查');
    await expect.poll(() => s.page.locator('[data-testid="receipt-row"]').count()).toBe(1);
    await s.screenshot('instructions-04-drilled');

    await testId(`progress-crumb-${DISTRICT}`).click();
    await expect.poll(() => testId('progress-breadcrumb').textContent()).not.toContain('古楼街道');
  });

  it('reminds the open receipts once in five minutes, telling when again', async () => {
    await testId('instruction-remind').click();
    await testId('remind-confirm').click();
    await expect.poll(messages).toMatch(/已催办 [\d,]+ 份未完成回执/);
    await testId('instruction-remind').click();
    await testId('remind-confirm').click();
    await expect.poll(messages).toMatch(/5分钟内已催办过，\d{4}-\d{2}-\d{2} \d{2}:\d{2} 后可再次催办/);
  });

  it('withdraws it with a reason', async () => {
    await testId('instruction-withdraw').click();
    await testId('withdraw-confirm').click();
    await expect.poll(() => testId('withdraw-modal').textContent()).toContain('必填');
    await testId('withdraw-reason').fill('内容有误，将重新下发');
    await testId('withdraw-confirm').click();
    await expect.poll(() => text('instruction-status')).toBe('已撤回');
    expect(await text('instruction-withdrawn')).toContain('内容有误，将重新下发');
    expect(await testId('instruction-remind').count()).toBe(0);

    await testId('instruction-back').click();
    const row = s.page.locator(`[data-testid="instruction-row"][data-row-key="${id}"]`);
    await expect.poll(() => row.textContent()).toContain('已撤回');
  });

  it('a district office hears of an instruction by the bell, answers it and forwards it to its streets', async () => {
    const staffOnly = await s.ctx.as('commander')({
      method: 'POST', url: '/api/instructions',
      payload: {
        id: crypto.randomUUID(), title: '关于报送隔离点床位情况的通知', body: '请各区县统计并报送可用隔离床位数。', priority: 'normal',
        dueAt: new Date(Date.now() + 86_400_000).toISOString(), recipients: { kind: 'staff', regions: ['3715'], level: 2 }, feedbackRequired: true,
        feedbackFields: [{ key: 'beds', label: '可用床位', unit: '张' }],
      },
    });
    expect(staffOnly.statusCode, staffOnly.body).toBe(201);
    const sentId = (staffOnly.json() as InstructionCreated).id;

    await testId('logout').click();
    await s.page.waitForURL(/\/login/);
    await s.login('district_staff');
    await expect.poll(() => testId('notification-unread').textContent()).toMatch(/[1-9]/);
    await testId('notification-bell').click();
    await testId('notification-panel').waitFor();
    await s.screenshot('instructions-05-bell');
    await testId('notification-panel').getByText('关于报送隔离点床位情况的通知').first().click();
    await s.page.waitForURL(new RegExp(`/instructions/${sentId}$`));
    await expect.poll(() => testId('office-receipt').textContent()).toContain('已读');

    await testId('feedback-submit').click();
    await expect.poll(() => testId('feedback-form').textContent()).toContain('请填写此项');
    await testId('feedback-value-beds').fill('120');
    await testId('feedback-submit').click();
    await expect.poll(() => testId('office-receipt').textContent()).toContain('可用床位 120张');

    await testId('instruction-forward').click();
    await testId('compose-drawer').waitFor();
    expect(await testId('compose-title').inputValue()).toBe('关于报送隔离点床位情况的通知');
    expect(await text('compose-original')).toContain('请各区县统计并报送可用隔离床位数。');
    await testId('compose-body').fill('各街道请于今日17时前报送。');
    await s.screenshot('instructions-06-forward');
    await testId('compose-submit').click();
    await testId('compose-sent').waitFor();
    const { rows } = await sql<{ n: number }>`SELECT count(*) AS n FROM regions WHERE level = 3 AND code LIKE ${`${DISTRICT}%`}`.execute(s.ctx.database.db);
    expect(await text('compose-receipts')).toContain(String(rows[0]!.n));
    const forwarded = await s.ctx.database.db.selectFrom('instructions').select(['forward_of', 'body']).where('forward_of', '=', sentId).execute();
    expect(forwarded).toEqual([{ forward_of: sentId, body: '各街道请于今日17时前报送。' }]);

    await testId('compose-close').click();
    await testId('instruction-back').click();
    await expect.poll(() => s.page.locator('[data-testid="instruction-row"]').count()).toBe(3);
    await expect.poll(() => testId('instructions-table').locator('.ant-spin-spinning').count()).toBe(0);
    // The rows fade back in from the loading state.
    await s.page.waitForTimeout(600);
    await s.screenshot('instructions-01-list');
    await testId('instructions-tab-received').click();
    await expect.poll(() => s.page.locator('[data-testid="inbox-row"]').count()).toBe(1);
    await s.screenshot('instructions-07-received');
  });

  it('speaks English too', async () => {
    await testId('language-switch').click();
    await testId('inbox-row').first().click();
    await testId('progress-panel').waitFor();
    await expect.poll(() => testId('progress-panel').textContent()).toContain('Read and done');
    expect(await testId('office-receipt').textContent()).toContain('My office\'s receipt');
    await s.screenshot('instructions-08-detail-en');
  });
});
