import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandPanel } from '../common/contracts/dashboard.ts';
import type { CheckpointView, DeclarationSubmit } from '../common/contracts/declarations.ts';
import type { InstructionCreated } from '../common/contracts/instructions.ts';
import type { RegionDetail } from '../common/contracts/regions.ts';
import { addDays, chinaDate } from '../common/time.ts';
import { createGridWorker, createHousehold, createPerson, GRID_A, GRID_B, isoNow, newPhone, pointInGrid } from '../server/test/factories.ts';
import { TEST_PASSWORD } from '../server/test/harness.ts';
import { escalateOverdueSteps } from '../server/modules/events/escalation.ts';
import { commandRates } from '../web/lib/command-rates.ts';
import { openBrowserSession, type BrowserSession } from './browser.ts';

/**
 * The big screen at /screen on a 1920×1080 wall: a commander signs in through the console and
 * comes back, every panel shows figures without a scrollbar, a resident's new declaration
 * reaches the screen through the live stream, and a click on the map drills into a district.
 * Under the map 人员监控 and 指挥调度 take turns; the latter follows an instruction and a
 * dispatch live.
 */
const COMMUNITY = '371502001001';
const STREET = '371502001';
const LINQING = '371581';
/** Always on the stage; under the map, monitoring and command take turns. */
const PANELS = ['summary', 'incubation', 'map', 'vital', 'highIncidence', 'ticker'];
let s: BrowserSession;
let token: string;
let districts: string[];
const scriptErrors: string[] = [];

function declaration(overrides: Partial<DeclarationSubmit> = {}): DeclarationSubmit {
  return {
    token, id: crypto.randomUUID(), name: '居民乙', phone: newPhone(), direction: 'in',
    temperature: 36.5, symptoms: [], keyAreaTravel: false, caseContact: false, ...overrides,
  };
}

async function declare(overrides: Partial<DeclarationSubmit> = {}): Promise<void> {
  const answer = await s.ctx.app.inject({ method: 'POST', url: '/api/public/declarations', payload: declaration(overrides) });
  expect(answer.statusCode, answer.body).toBe(201);
}

async function reportEvent(as: string, grid: string, category: string): Promise<string> {
  const res = await s.ctx.as(as)({
    method: 'POST', url: '/api/events',
    payload: { id: crypto.randomUUID(), category, description: '大屏测试事件', occurredAt: isoNow(-60_000), location: await pointInGrid(s.ctx, grid) },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

/** An urgent instruction from the city to the grid workers of some regions (a street), due in an hour. */
async function sendInstruction(title: string, regions = [STREET]): Promise<InstructionCreated> {
  const res = await s.ctx.as('commander')({
    method: 'POST', url: '/api/instructions',
    payload: { title, body: '请各网格今日完成辖区排查并反馈', priority: 'urgent', dueAt: isoNow(3_600_000), recipients: { kind: 'grid_workers', regions }, feedbackRequired: true },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

async function dispatchEvent(id: string): Promise<void> {
  const department = (await s.ctx.as('street_staff')({ url: `/api/departments?serving=${GRID_A}` })).json().items[0];
  const res = await s.ctx.as('street_staff')({ method: 'POST', url: `/api/events/${id}/dispatch`, payload: { departmentId: department.id } });
  expect(res.statusCode, res.body).toBe(200);
}

/** Declarations, an arrival from Wuhan, cases and events in two districts: every panel has something to show. */
async function createData(): Promise<void> {
  const today = chinaDate(new Date());
  const checkpoints = (await s.ctx.as('street_staff')({ url: `/api/checkpoints?region=${COMMUNITY}&limit=200` })).json() as { items: CheckpointView[] };
  token = checkpoints.items.find((c) => c.active)!.token;
  await declare({ name: '陈一' });
  await declare({ name: '林二', direction: 'out' });
  await declare({ name: '黄三', temperature: 38.6, symptoms: ['fever', 'dry_cough'] });
  await declare({ name: '周四', symptoms: ['sore_throat'] });

  const household = await createHousehold(s.ctx, 'grid_worker', GRID_A);
  const person = await createPerson(s.ctx, 'grid_worker', household.id, { name: '欧阳返聊' });
  const arrival = await s.ctx.as('grid_worker')({
    method: 'POST', url: '/api/movements',
    payload: { id: crypto.randomUUID(), personId: person.id, direction: 'arrival', category: 'wuhan', leftOn: addDays(today, -1), arrivedOn: today, transport: 'train', healthStatus: 'normal' },
  });
  expect(arrival.statusCode, arrival.body).toBe(201);

  for (const [status, statusOn] of [['confirmed', today], ['suspected', addDays(today, -1)]] as const) {
    const res = await s.ctx.as('health')({
      method: 'POST', url: '/api/cases',
      payload: { id: crypto.randomUUID(), person: { name: `病例${status}`, gridCode: GRID_B }, status, statusOn, source: '市卫健委通报' },
    });
    expect(res.statusCode, res.body).toBe(201);
  }

  // A second district's grid worker, so the ranking has more than one district.
  const [elsewhere] = await s.ctx.database.db.selectFrom('regions').select('code').where('level', '=', 5).where('code', 'like', '371581%').orderBy('code').limit(1).execute();
  await createGridWorker(s.ctx, 'worker_linqing', elsewhere!.code);
  const suspected = await reportEvent('grid_worker', GRID_A, 'suspected_case_found');
  const disinfection = await reportEvent('grid_worker', GRID_A, 'disinfection');
  await reportEvent('grid_worker', GRID_B, 'suspected_case_found');
  await reportEvent('worker_linqing', elsewhere!.code, 'suspected_case_found');

  // The loop: one event dispatched, one past its deadline and escalated; two instructions, one signed for.
  await dispatchEvent(suspected);
  await s.ctx.database.db.updateTable('events').set({ step_due_at: new Date(Date.now() - 60_000) }).where('id', '=', disinfection).execute();
  await escalateOverdueSteps(s.ctx.database, s.ctx.services.outbound.routing);
  await sendInstruction('关于加强农贸市场疫情防控工作的通知', [STREET, LINQING]);
  const read = await s.ctx.as('grid_worker')({ method: 'POST', url: `/api/instructions/${(await sendInstruction('关于做好今日入户排查工作的通知')).id}/read` });
  expect(read.statusCode, read.body).toBe(200);

  const city = (await s.ctx.as('commander')({ url: '/api/regions/3715' })).json() as RegionDetail;
  districts = city.children.map((c) => c.name);
}

const testId = (id: string) => s.page.getByTestId(id);
const figure = async (id: string) => Number(await testId(id).getAttribute('data-value'));
/** Charts grow into place for about a second: screenshots wait for them. */
const settle = () => s.page.waitForTimeout(1500);
const scrollbars = () => s.page.evaluate(() => {
  const root = document.scrollingElement!;
  return { vertical: root.scrollHeight > window.innerHeight, horizontal: root.scrollWidth > window.innerWidth };
});

/** Panels whose figures do not fit inside their frame. */
const overflowing = () => s.page.evaluate(() => [...document.querySelectorAll('.panel')].filter((panel) => {
  const body = panel.querySelector('.panel-body')!;
  return body.scrollHeight > body.clientHeight + 1 || body.scrollWidth > body.clientWidth + 1;
}).map((panel) => panel.getAttribute('data-testid')));

/** Every panel ready, with `view` in the slot under the map. */
async function allPanelsReady(view: 'monitoring' | 'command' = 'monitoring'): Promise<void> {
  await testId(`screen-view-${view}`).click();
  for (const panel of [...PANELS, view]) {
    await expect.poll(() => testId(`screen-panel-${panel}`).getAttribute('data-ready'), { timeout: 15_000, message: panel }).toBe('true');
  }
}
const commandOf = async (region = '3715') => (await s.ctx.as('commander')({ url: `/api/dashboard/command?region=${region}` })).json() as CommandPanel;

beforeAll(async () => {
  s = await openBrowserSession();
  await s.page.setViewportSize({ width: 1920, height: 1080 });
  s.page.on('pageerror', (error) => scriptErrors.push(error.message));
  await createData();
});
afterAll(() => s?.close());

describe('the big screen', () => {
  it('sends a visitor without a session to sign in, and back to the screen afterwards', async () => {
    await s.page.goto(`${s.baseUrl}/screen`);
    await s.page.waitForURL((url) => url.pathname === '/login' && url.searchParams.get('next') === '/screen');
    await testId('login-username').fill('commander');
    await testId('login-password').fill(TEST_PASSWORD);
    await testId('login-submit').click();
    await s.page.waitForURL((url) => url.pathname === '/screen');
    await expect.poll(() => testId('screen-title').textContent()).toBe('聊城市疫情防控指挥中心');
  });

  it('shows every panel with its figures, live, with no scrollbar at 1920×1080', async () => {
    await allPanelsReady();
    expect(await figure('screen-declarations-today')).toBeGreaterThanOrEqual(4);
    expect(await figure('screen-fever-today')).toBeGreaterThanOrEqual(1);
    expect(await figure('screen-arrivals-14d')).toBeGreaterThanOrEqual(1);
    expect(await figure('screen-in-window')).toBeGreaterThanOrEqual(1);
    expect(await figure('screen-cases-confirmed')).toBeGreaterThanOrEqual(1);
    expect(await figure('screen-workers-total')).toBeGreaterThan(0);
    expect(await figure('screen-events-today')).toBeGreaterThanOrEqual(4);
    expect(await figure('screen-ranking-total')).toBeGreaterThan(0);
    expect(Number(await testId('screen-map').getAttribute('data-features'))).toBe(districts.length);
    await expect.poll(() => testId('screen-ticker-item').count()).toBeGreaterThanOrEqual(4);
    for (const chart of ['screen-map', 'screen-incubation-chart', 'screen-vital-chart', 'screen-events-chart', 'screen-workers-gauge']) {
      expect(await testId(chart).locator('canvas').count(), chart).toBeGreaterThan(0);
    }
    await expect.poll(() => testId('screen-live').getAttribute('data-connected')).toBe('true');
    expect(await testId('screen-demo').textContent()).toBe('演示数据');
    expect(await scrollbars()).toEqual({ vertical: false, horizontal: false });
    expect(await overflowing()).toEqual([]);
    await settle();
    await s.screenshot('screen-01-city');
  });

  it('counts a new declaration within seconds, without reloading the page', async () => {
    const before = await figure('screen-declarations-today');
    await s.page.evaluate(() => Object.assign(window, { sameDocument: true }));
    await declare({ name: '吴五' });
    await expect.poll(() => figure('screen-declarations-today'), { timeout: 5_000, interval: 200 }).toBeGreaterThan(before);
    expect(await s.page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    await settle();
    await s.screenshot('screen-02-live-declaration');
  });

  it('shows 指挥调度 under the map in turn with 人员监控, with the figures the API counts', async () => {
    await allPanelsReady('command');
    expect(await testId('screen-panel-monitoring').count()).toBe(0);
    const c = await commandOf();
    expect(c.instructions.length).toBe(2);
    expect(c.children.filter((r) => r.instructionReceipts > 0).map((r) => r.code).sort()).toEqual(['371502', LINQING]);
    expect(c.eventsByStep.handle).toBeGreaterThanOrEqual(1);
    expect(c.eventsEscalated).toBeGreaterThanOrEqual(1);
    for (const step of ['dispatch', 'handle', 'verify', 'close'] as const) {
      expect(await figure(`screen-command-step-${step}`), step).toBe(c.eventsByStep[step]);
    }
    expect(await figure('screen-command-open')).toBe(c.eventsOpen);
    expect(await figure('screen-command-overdue')).toBe(c.eventsOverdue);
    expect(await figure('screen-command-escalated')).toBe(c.eventsEscalated);
    expect(await figure('screen-command-receipts')).toBe(c.instructionReceipts);
    expect(await figure('screen-command-instructions-overdue')).toBe(c.instructionsOverdue);
    const rates = commandRates(c);
    expect(await testId('screen-command-read-rate').getAttribute('data-value')).toBe(String(rates.read));
    expect(await testId('screen-command-done-rate').getAttribute('data-value')).toBe(String(rates.done));
    expect(await testId('screen-command-on-time').getAttribute('data-value')).toBe(rates.closedOnTime === null ? '' : String(rates.closedOnTime));
    expect(await testId('screen-command-instruction').first().getAttribute('data-id')).toBe(c.instructions[0]!.id);
    await expect.poll(() => testId('screen-command-chart').locator('canvas').count()).toBeGreaterThan(0);
    expect(await scrollbars()).toEqual({ vertical: false, horizontal: false });
    expect(await overflowing()).toEqual([]);
    await settle();
    await s.screenshot('screen-05-command');
  });

  it('follows a new instruction and a dispatch on 指挥调度 without reloading', async () => {
    const receipts = await figure('screen-command-receipts');
    const handling = await figure('screen-command-step-handle');
    await s.page.evaluate(() => Object.assign(window, { sameDocument: true }));
    const sent = await sendInstruction('关于加强小区出入口管控的通知');
    await expect.poll(() => figure('screen-command-receipts'), { timeout: 5_000, interval: 200 }).toBe(receipts + sent.receipts);
    await expect.poll(() => testId('screen-command-instruction').first().getAttribute('data-id'), { timeout: 5_000, interval: 200 }).toBe(sent.id);
    await dispatchEvent(await reportEvent('grid_worker', GRID_A, 'publicity'));
    await expect.poll(() => figure('screen-command-step-handle'), { timeout: 5_000, interval: 200 }).toBe(handling + 1);
    expect(await s.page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
  });

  it('says so on 指挥调度 when no instruction reached the region today', async () => {
    const quiet = (await commandOf()).children.find((c) => c.instructionReceipts === 0)!;
    await s.page.goto(`${s.baseUrl}/screen?region=${quiet.code}`);
    await allPanelsReady('command');
    expect(await testId('screen-command-instruction').count()).toBe(0);
    expect(await testId('screen-panel-command').textContent()).toContain('今日暂无下发的指令');
    expect(await testId('screen-command-read-rate').textContent()).toContain('—');
    expect(await overflowing()).toEqual([]);
    await settle();
    await s.screenshot('screen-06-command-empty');
    await s.page.goto(`${s.baseUrl}/screen`);
    await allPanelsReady();
  });

  it('drills into the district clicked on the map, and back up to the city', async () => {
    const map = testId('screen-map');
    const box = (await map.boundingBox())!;
    // Liaocheng's city district lies in the middle of the map.
    await s.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(async () => districts.includes((await testId('screen-region-name').textContent())!)).toBe(true);
    expect(new URL(s.page.url()).searchParams.get('region')).toMatch(/^3715\d{2}$/);
    await expect.poll(() => map.getAttribute('data-region')).toMatch(/^3715\d{2}$/);
    await allPanelsReady();
    expect(await scrollbars()).toEqual({ vertical: false, horizontal: false });
    await settle();
    await s.screenshot('screen-03-district');

    await testId('screen-up').click();
    await expect.poll(() => testId('screen-region-name').textContent()).toBe('聊城市');
    expect(await testId('screen-up').count()).toBe(0);
  });

  it('scales the whole stage to a smaller window, still without scrollbars', async () => {
    await s.page.setViewportSize({ width: 1440, height: 900 });
    await expect.poll(() => testId('screen-stage').evaluate((el) => el.getBoundingClientRect().width)).toBe(1440);
    expect(await scrollbars()).toEqual({ vertical: false, horizontal: false });
    await allPanelsReady();
    await settle();
    await s.screenshot('screen-04-scaled-1440x900');
    expect(scriptErrors).toEqual([]);
  });
});
