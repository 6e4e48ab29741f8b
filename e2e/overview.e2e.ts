import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import type { CommandPanel, SummaryPanel } from '../common/contracts/dashboard.ts';
import type { CheckpointView, DeclarationDaily, DeclarationSubmit } from '../common/contracts/declarations.ts';
import type { InstructionCreated } from '../common/contracts/instructions.ts';
import { maskName } from '../common/identity/mask.ts';
import { addDays, chinaDate } from '../common/time.ts';
import { createGridWorker, createHousehold, createPerson, GRID_A, GRID_B, isoNow, newPhone, pointInGrid } from '../server/test/factories.ts';
import { escalateOverdueSteps } from '../server/modules/events/escalation.ts';
import { commandRates } from '../web/lib/command-rates.ts';
import { openBrowserSession, SCREENSHOT_DIR, type BrowserSession } from './browser.ts';

/**
 * 指挥中心 in the console at 1920×1080: a city commander lands on the overview, every panel shows
 * the seeded figures, a figure opens the list behind it, a row of the region table drills the
 * page into a district, and a resident's new declaration reaches the open page live. 指挥调度
 * follows an instruction sent to a street's grids and the events through their steps.
 */
const COMMUNITY = '371502001001';
const DISTRICT = '371502';
const STREET = '371502001';
const ARRIVER = '欧阳返聊';
const PANELS = ['summary', 'incubation', 'vital', 'monitoring', 'command', 'highIncidence', 'activity'];
let s: BrowserSession;
let token: string;
let today: string;

async function declare(name: string): Promise<void> {
  const body: DeclarationSubmit = {
    token, id: crypto.randomUUID(), name, phone: newPhone(), direction: 'in',
    temperature: 36.5, symptoms: [], keyAreaTravel: false, caseContact: false,
  };
  const answer = await s.ctx.app.inject({ method: 'POST', url: '/api/public/declarations', payload: body });
  expect(answer.statusCode, answer.body).toBe(201);
}

async function arriveFromWuhan(worker: string, grid: string, name: string): Promise<void> {
  const household = await createHousehold(s.ctx, worker, grid);
  const person = await createPerson(s.ctx, worker, household.id, { name });
  const res = await s.ctx.as(worker)({
    method: 'POST', url: '/api/movements',
    payload: { id: crypto.randomUUID(), personId: person.id, direction: 'arrival', category: 'wuhan', leftOn: addDays(today, -1), arrivedOn: today, transport: 'train', healthStatus: 'normal' },
  });
  expect(res.statusCode, res.body).toBe(201);
}

async function reportEvent(worker: string, grid: string, category: string): Promise<string> {
  const res = await s.ctx.as(worker)({
    method: 'POST', url: '/api/events',
    payload: { id: crypto.randomUUID(), category, description: '指挥中心测试事件', occurredAt: isoNow(-60_000), location: await pointInGrid(s.ctx, grid) },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

/** An urgent instruction from the city to the grid workers of a street, due in an hour. */
async function sendInstruction(title: string): Promise<InstructionCreated> {
  const res = await s.ctx.as('commander')({
    method: 'POST', url: '/api/instructions',
    payload: { title, body: '请各网格今日完成辖区排查并反馈', priority: 'urgent', dueAt: isoNow(3_600_000), recipients: { kind: 'grid_workers', regions: [STREET] }, feedbackRequired: true },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

async function dispatchEvent(id: string): Promise<void> {
  const department = (await s.ctx.as('street_staff')({ url: `/api/departments?serving=${GRID_A}` })).json().items[0];
  const res = await s.ctx.as('street_staff')({ method: 'POST', url: `/api/events/${id}/dispatch`, payload: { departmentId: department.id } });
  expect(res.statusCode, res.body).toBe(200);
}

/** Arrivals from Wuhan and events in two districts (so the city and 东昌府区 differ), declarations and a new case. */
async function createData(): Promise<void> {
  const checkpoints = (await s.ctx.as('street_staff')({ url: `/api/checkpoints?region=${COMMUNITY}&limit=200` })).json() as { items: CheckpointView[] };
  token = checkpoints.items.find((c) => c.active)!.token;
  for (const name of ['陈一', '林二', '黄三']) await declare(name);

  const [elsewhere] = await s.ctx.database.db.selectFrom('regions').select('code').where('level', '=', 5).where('code', 'like', '371581%').orderBy('code').limit(1).execute();
  await createGridWorker(s.ctx, 'worker_linqing', elsewhere!.code);
  await arriveFromWuhan('grid_worker', GRID_A, ARRIVER);
  await arriveFromWuhan('worker_linqing', elsewhere!.code, '临清来客');
  const suspected = await reportEvent('grid_worker', GRID_A, 'suspected_case_found');
  const disinfection = await reportEvent('grid_worker', GRID_A, 'disinfection');
  await reportEvent('worker_linqing', elsewhere!.code, 'suspected_case_found');
  await reportEvent('grid_worker', GRID_A, 'assistance');
  // One event dispatched, one past its deadline and escalated (督办); an instruction the grid has signed for.
  await dispatchEvent(suspected);
  await s.ctx.database.db.updateTable('events').set({ step_due_at: new Date(Date.now() - 60_000) }).where('id', '=', disinfection).execute();
  await escalateOverdueSteps(s.ctx.database, s.ctx.services.outbound.routing);
  const sent = await sendInstruction('关于做好今日入户排查工作的通知');
  const read = await s.ctx.as('grid_worker')({ method: 'POST', url: `/api/instructions/${sent.id}/read` });
  expect(read.statusCode, read.body).toBe(200);
  const confirmed = await s.ctx.as('health')({
    method: 'POST', url: '/api/cases',
    payload: { id: crypto.randomUUID(), person: { name: '病例甲', gridCode: GRID_B }, status: 'confirmed', statusOn: today, source: '市卫健委通报' },
  });
  expect(confirmed.statusCode, confirmed.body).toBe(201);
}

const testId = (id: string) => s.page.getByTestId(id);
const figure = async (id: string) => Number(await testId(id).first().getAttribute('data-value'));
const summaryOf = async (region: string) => (await s.ctx.as('commander')({ url: `/api/dashboard/summary?region=${region}` })).json() as SummaryPanel;
const commandOf = async () => (await s.ctx.as('commander')({ url: '/api/dashboard/command' })).json() as CommandPanel;
const rate = async (id: string) => (await testId(id).getAttribute('data-value')) || null;
/** The whole panel, with the sticky header (which would cover its top) hidden meanwhile. */
const panelShot = (name: string) => testId('overview-panel-command').screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), style: '.app-header { visibility: hidden; }' });
/** Charts grow into place for about a second: screenshots wait for them. */
const settle = () => s.page.waitForTimeout(1200);

async function allPanelsReady(): Promise<void> {
  for (const panel of PANELS) {
    await expect.poll(() => testId(`overview-panel-${panel}`).getAttribute('data-ready'), { message: panel }).toBe('true');
  }
}

beforeAll(async () => {
  s = await openBrowserSession();
  await s.page.setViewportSize({ width: 1920, height: 1080 });
  today = chinaDate(new Date());
  await createData();
  await s.login('commander');
});
afterAll(() => s?.close());

describe('指挥中心 overview', () => {
  it('is the commander\'s landing page and shows every panel with the seeded figures', async () => {
    await testId('overview-page').waitFor();
    await allPanelsReady();
    const city = await summaryOf('3715');
    expect(city.arrivals.wuhan.today).toBeGreaterThanOrEqual(2);
    expect(await figure('overview-arrivals-wuhan-today')).toBe(city.arrivals.wuhan.today);
    expect(await figure('overview-arrivals-all-last14Days')).toBe(city.arrivalsAll.last14Days);
    expect(await figure('overview-in-window')).toBeGreaterThanOrEqual(2);
    expect(await figure('overview-cases-confirmed')).toBe(city.cases.current.confirmed);
    expect(city.cases.current.confirmed - city.cases.previous.confirmed).toBeGreaterThanOrEqual(1);
    expect(await figure('overview-cases-confirmed-change')).toBe(city.cases.current.confirmed - city.cases.previous.confirmed);
    expect(await figure('overview-events-today')).toBeGreaterThanOrEqual(3);
    expect(await figure('overview-rank-total')).toBeGreaterThanOrEqual(2);
    const daily = (await s.ctx.as('commander')({ url: `/api/declarations/daily?from=${today}&to=${today}` })).json() as DeclarationDaily;
    await expect.poll(() => testId('vital-stat-declarations').getAttribute('data-value')).toBe(String(daily.days[0]!.declarations));
    await expect.poll(() => testId('overview-activity-item').count()).toBeGreaterThanOrEqual(5);
    expect(await testId('overview-child-row').count()).toBe(8);
    for (const chart of ['overview-incubation-chart', 'overview-vital-chart', 'overview-warnings-chart', 'overview-events-chart']) {
      await expect.poll(() => testId(chart).locator('canvas').count(), { message: chart }).toBeGreaterThan(0);
    }
    await expect.poll(() => testId('overview-live').getAttribute('data-state')).toBe('live');
    expect(await testId('overview-breadcrumb').textContent()).toContain('聊城市');
    await settle();
    await s.screenshot('overview-01-city');
    await testId('overview-panel-monitoring').scrollIntoViewIfNeeded();
    await settle();
    await s.screenshot('overview-02-city-lower');
  });

  it('opens the arrivals from Wuhan of today, with the seeded row, from their figure', async () => {
    const expected = await figure('overview-arrivals-wuhan-today');
    await testId('overview-arrivals-wuhan-today').click();
    await s.page.waitForURL((url) => url.pathname === '/movements');
    const rows = s.page.locator('[data-testid="movement-row"]');
    await expect.poll(() => rows.count()).toBe(expected);
    expect(await rows.filter({ hasText: maskName(ARRIVER) }).count()).toBe(1);
    expect(await testId('movements-category-filter').textContent()).toContain('武汉');
    expect(await testId('movements-direction-filter').textContent()).toContain('来（返）聊');
    await s.screenshot('overview-03-movements-wuhan-today');
    await s.page.goBack();
    await testId('overview-page').waitFor();
  });

  it('drills into a district from its row of the region table', async () => {
    await allPanelsReady();
    const cityFigure = await figure('overview-arrivals-wuhan-today');
    const district = await summaryOf(DISTRICT);
    expect(district.arrivals.wuhan.today).toBeLessThan(cityFigure);
    // The region's name: a click on one of the row's figures opens that figure's list instead.
    await s.page.locator(`[data-testid="overview-child-row"][data-row-key="${DISTRICT}"] td`).first().click();
    await s.page.waitForURL((url) => url.searchParams.get('region') === DISTRICT);
    await expect.poll(() => testId('overview-breadcrumb').textContent()).toContain('东昌府区');
    await allPanelsReady();
    await expect.poll(() => figure('overview-arrivals-wuhan-today')).toBe(district.arrivals.wuhan.today);
    // One level down: the district's streets.
    await expect.poll(async () => (await testId('overview-child-row').first().getAttribute('data-row-key'))?.length).toBe(9);
    await s.page.evaluate(() => window.scrollTo(0, 0));
    await settle();
    await s.screenshot('overview-04-district');

    // The breadcrumb climbs back to the city.
    await testId('overview-crumb-3715').click();
    await s.page.waitForURL((url) => !url.searchParams.has('region'));
    await expect.poll(() => testId('overview-breadcrumb').textContent()).not.toContain('东昌府区');
    await allPanelsReady();
    await expect.poll(() => figure('overview-arrivals-wuhan-today')).toBe(cityFigure);
  });

  it('counts a declaration posted while the page is open, without a reload', async () => {
    const before = await figure('vital-stat-declarations');
    await s.page.evaluate(() => Object.assign(window, { sameDocument: true }));
    await declare('吴五');
    await expect.poll(() => figure('vital-stat-declarations'), { timeout: 5_000, interval: 200 }).toBe(before + 1);
    expect(await s.page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    await testId('overview-panel-vital').scrollIntoViewIfNeeded();
    await settle();
    await s.screenshot('overview-05-live-declaration');
  });

  it('指挥调度 shows the day\'s instructions and the events by step as the API counts them', async () => {
    await allPanelsReady();
    const c = await commandOf();
    expect(c.instructionReceipts).toBeGreaterThan(0);
    expect(c.eventsByStep.handle).toBeGreaterThanOrEqual(1);
    expect(c.eventsEscalated).toBeGreaterThanOrEqual(1);
    expect(await figure('overview-command-receipts')).toBe(c.instructionReceipts);
    expect(await figure('overview-command-instructions-overdue')).toBe(c.instructionsOverdue);
    const rates = commandRates(c);
    expect(await rate('overview-command-read-rate')).toBe(String(rates.read));
    expect(await rate('overview-command-done-rate')).toBe(String(rates.done));
    for (const step of ['dispatch', 'handle', 'verify', 'close'] as const) {
      expect(await figure(`overview-command-step-${step}`), step).toBe(c.eventsByStep[step]);
    }
    expect(await figure('overview-command-events-overdue')).toBe(c.eventsOverdue);
    expect(await figure('overview-command-escalated')).toBe(c.eventsEscalated);
    expect(await figure('overview-command-closed')).toBe(c.eventsClosed);
    expect(await testId('overview-command-instruction').count()).toBe(c.instructions.length);
    expect(await testId('overview-command-instruction').first().getAttribute('data-id')).toBe(c.instructions[0]!.id);
    expect(await testId('overview-command-child-row').count()).toBe(c.children.length);
    const district = c.children.find((r) => r.code === DISTRICT)!;
    const row = s.page.locator(`[data-testid="overview-command-child-row"][data-row-key="${DISTRICT}"]`);
    expect(Number(await row.getByTestId('overview-command-child-receipts').getAttribute('data-value'))).toBe(district.instructionReceipts);
    expect(Number(await row.getByTestId('overview-command-child-open').getAttribute('data-value'))).toBe(district.eventsOpen);

    await s.page.setViewportSize({ width: 1440, height: 900 });
    await testId('overview-panel-command').scrollIntoViewIfNeeded();
    await settle();
    await s.screenshot('overview-09-command-1440x900');
    await panelShot('overview-10-command-panel');
    await s.page.setViewportSize({ width: 1920, height: 1080 });
  });

  it('opens the events being handled, and those under supervision, from their figures', async () => {
    const handling = await figure('overview-command-step-handle');
    await testId('overview-command-step-handle').click();
    await s.page.waitForURL((url) => url.pathname === '/events');
    await expect.poll(() => s.page.locator('[data-testid="event-row"]').count()).toBe(handling);
    expect(await s.page.locator('[data-testid="event-row"]').filter({ hasText: '已派遣' }).count()).toBe(handling);
    await s.page.goBack();
    await allPanelsReady();

    const supervised = await figure('overview-command-escalated');
    await testId('overview-command-escalated').click();
    await s.page.waitForURL((url) => url.pathname === '/events');
    await expect.poll(() => s.page.locator('[data-testid="event-row"]').count()).toBe(supervised);
    await s.page.goBack();
    await allPanelsReady();
  });

  it('opens an instruction of today\'s list', async () => {
    const first = testId('overview-command-instruction').first();
    const title = await first.locator('.command-instruction-title').textContent();
    await first.locator('a.command-instruction-title').click();
    await s.page.waitForURL((url) => url.pathname.startsWith('/instructions/'));
    await expect.poll(() => testId('instruction-title').textContent()).toBe(title);
    await s.page.goBack();
    await allPanelsReady();
  });

  it('follows a new instruction and a dispatch live, without a reload', async () => {
    const receipts = await figure('overview-command-receipts');
    const handling = await figure('overview-command-step-handle');
    await s.page.evaluate(() => Object.assign(window, { sameDocument: true }));
    const sent = await sendInstruction('关于加强小区出入口管控的通知');
    await expect.poll(() => figure('overview-command-receipts'), { timeout: 5_000, interval: 200 }).toBe(receipts + sent.receipts);
    await expect.poll(() => testId('overview-command-instruction').first().getAttribute('data-id'), { timeout: 5_000, interval: 200 }).toBe(sent.id);
    const waiting = await reportEvent('grid_worker', GRID_A, 'publicity');
    await dispatchEvent(waiting);
    await expect.poll(() => figure('overview-command-step-handle'), { timeout: 5_000, interval: 200 }).toBe(handling + 1);
    expect(await s.page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
  });

  it('says so when no instruction reached a region today', async () => {
    await s.page.goto(`${s.baseUrl}/?region=371581`);
    await allPanelsReady();
    expect(await testId('overview-command-instruction').count()).toBe(0);
    expect(await testId('overview-panel-command').textContent()).toContain('今日暂无下发的指令');
    expect(await testId('overview-command-read-rate').textContent()).toBe('—');
    await s.page.setViewportSize({ width: 1440, height: 900 });
    await testId('overview-panel-command').scrollIntoViewIfNeeded();
    await settle();
    await panelShot('overview-11-command-empty');
    await s.page.setViewportSize({ width: 1920, height: 1080 });
    await s.page.goto(s.baseUrl);
    await allPanelsReady();
  });

  it('fits a 1366×768 laptop screen', async () => {
    await s.page.setViewportSize({ width: 1366, height: 768 });
    await s.page.evaluate(() => window.scrollTo(0, 0));
    await allPanelsReady();
    const overflow = await s.page.evaluate(() => document.scrollingElement!.scrollWidth > window.innerWidth);
    expect(overflow).toBe(false);
    await settle();
    await s.screenshot('overview-06-1366x768');
    await testId('overview-panel-monitoring').scrollIntoViewIfNeeded();
    await settle();
    await s.screenshot('overview-07-1366x768-monitoring');
  });

  it('speaks English too', async () => {
    await s.page.setViewportSize({ width: 1920, height: 1080 });
    await s.page.evaluate(() => window.scrollTo(0, 0));
    await testId('language-switch').click();
    await expect.poll(() => s.page.locator('.page-title h1').textContent()).toBe('Command centre');
    expect(await testId('overview-panel-summary').textContent()).toContain('Arrivals by origin');
    expect(await testId('overview-panel-command').textContent()).toContain('To dispatch');
    await settle();
    await s.screenshot('overview-08-english');
    await testId('language-switch').click();
  });
});
