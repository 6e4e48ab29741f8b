import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckpointView, DeclarationSubmit } from '../common/contracts/declarations.ts';
import type { MapAggregates, MapPoints } from '../common/contracts/map.ts';
import { maskName } from '../common/identity/mask.ts';
import { bboxOf } from '../common/geo/geojson.ts';
import { addDays, chinaDate } from '../common/time.ts';
import { createGridWorker, createHousehold, createPerson, GRID_A, GRID_B, isoNow, newPhone, pointInGrid } from '../server/test/factories.ts';
import { listWithGeometry } from '../server/modules/regions/store.ts';
import { TEST_PASSWORD } from '../server/test/harness.ts';
import { openBrowserSession, type BrowserSession } from './browser.ts';

/**
 * 网格地图 in the console, offline (no base map configured): a city commander sees the
 * districts' bubbles with the seeded counts, clicks down district → street → community → grid,
 * sees the grid's points, opens the list behind a bubble's number and a person from it, whose
 * trajectory is drawn on the map. The page asks nothing of any other host.
 */
const DISTRICT = '371502';
const STREET = '371502001';
const COMMUNITY = '371502001001';
const TRAVELLER = '司马远行';
let s: BrowserSession;
let today: string;
let origin: string;
const foreignRequests: string[] = [];
/** Map and region requests the server refused: none expected (no region above the viewer's, no `to` before `from`). */
const refused: string[] = [];

type Spot = { lon: number; lat: number };

/** Distinct points inside a grid, so that its map shows them apart (pointInGrid gives one point). */
async function spotsInGrid(grid: string, count: number): Promise<Spot[]> {
  const [region] = await listWithGeometry(s.ctx.database.db, { codes: [grid] });
  const [minX, minY, maxX, maxY] = bboxOf(region!.geometry!);
  const spots: Spot[] = [];
  for (let i = 1; spots.length < count && i < 2000; i++) {
    // A low-discrepancy sequence: spread evenly over the box.
    const lon = minX + ((i * 0.7548776662) % 1) * (maxX - minX);
    const lat = minY + ((i * 0.5698402910) % 1) * (maxY - minY);
    if (s.ctx.services.locator.locate(lon, lat).gridCode === grid) spots.push({ lon, lat });
  }
  return spots;
}

async function reportEvent(worker: string, grid: string, category: string, location?: Spot): Promise<void> {
  const res = await s.ctx.as(worker)({
    method: 'POST', url: '/api/events',
    payload: { id: crypto.randomUUID(), category, description: '地图测试事件', occurredAt: isoNow(-60_000), location: location ?? await pointInGrid(s.ctx, grid) },
  });
  expect(res.statusCode, res.body).toBe(201);
}

async function arrive(worker: string, grid: string, name: string, phone = newPhone(), location?: Spot): Promise<string> {
  const household = await createHousehold(s.ctx, worker, grid, location ? { location } : {});
  const person = await createPerson(s.ctx, worker, household.id, { name, phone });
  const res = await s.ctx.as(worker)({
    method: 'POST', url: '/api/movements',
    payload: { id: crypto.randomUUID(), personId: person.id, direction: 'arrival', category: 'wuhan', leftOn: addDays(today, -1), arrivedOn: today, transport: 'train', healthStatus: 'normal' },
  });
  expect(res.statusCode, res.body).toBe(201);
  return person.id as string;
}

/** Declarations with the traveller's phone at two checkpoints: two more stops of their trajectory. */
async function declareAt(checkpoints: CheckpointView[], name: string, phone: string): Promise<void> {
  for (const checkpoint of checkpoints) {
    const body: DeclarationSubmit = {
      token: checkpoint.token, id: crypto.randomUUID(), name, phone, direction: 'in',
      temperature: 36.5, symptoms: [], keyAreaTravel: false, caseContact: false,
    };
    const answer = await s.ctx.app.inject({ method: 'POST', url: '/api/public/declarations', payload: body });
    expect(answer.statusCode, answer.body).toBe(201);
  }
}

/** Arrivals and events in two districts (so they differ), a case, and a traveller who declared at checkpoints. */
async function createData(): Promise<void> {
  const [elsewhere] = await s.ctx.database.db.selectFrom('regions').select('code').where('level', '=', 5).where('code', 'like', '371581%').orderBy('code').limit(1).execute();
  await createGridWorker(s.ctx, 'worker_linqing', elsewhere!.code);
  const spots = await spotsInGrid(GRID_A, 8);
  const phone = newPhone();
  await arrive('grid_worker', GRID_A, TRAVELLER, phone, spots[0]);
  await arrive('grid_worker', GRID_A, '欧阳返聊', newPhone(), spots[1]);
  await arrive('grid_worker', GRID_A, '诸葛归乡', newPhone(), spots[2]);
  await arrive('worker_linqing', elsewhere!.code, '临清来客');
  const categories = ['suspected_case_found', 'disinfection', 'publicity', 'convenience_service'];
  for (const [i, category] of categories.entries()) await reportEvent('grid_worker', GRID_A, category, spots[4 + i]);
  await reportEvent('worker_linqing', elsewhere!.code, 'danger');
  const confirmed = await s.ctx.as('health')({
    method: 'POST', url: '/api/cases',
    payload: { id: crypto.randomUUID(), person: { name: '病例甲', gridCode: GRID_B }, status: 'confirmed', statusOn: today, source: '市卫健委通报' },
  });
  expect(confirmed.statusCode, confirmed.body).toBe(201);
  // Two checkpoints of the traveller's street, nearest their community first: a short trip to draw.
  const checkpoints = (await s.ctx.as('street_staff')({ url: `/api/checkpoints?region=${STREET}&limit=200` })).json() as { items: CheckpointView[] };
  const active = checkpoints.items.filter((c) => c.active).sort((a, b) => Number(b.community.code === COMMUNITY) - Number(a.community.code === COMMUNITY));
  expect(active.length).toBeGreaterThanOrEqual(2);
  await declareAt(active.slice(0, 2), TRAVELLER, phone);
}

const testId = (id: string) => s.page.getByTestId(id);
const value = async (id: string) => Number(await testId(id).getAttribute('data-value'));
const aggregates = async (region: string, layer: string) => (await s.ctx.as('commander')({ url: `/api/map/aggregates?region=${region}&layer=${layer}` })).json() as MapAggregates;
/** Bubbles and the map's fly-to animation settle before a screenshot. */
const settle = () => s.page.waitForTimeout(1200);

/** Drills into a child region by its bubble (the card, or the dot it folds into when crowded). */
async function openBubble(code: string): Promise<void> {
  const bubble = testId(`map-bubble-${code}`);
  await bubble.waitFor();
  const card = bubble.locator('.map-bubble-card');
  await (await card.isVisible() ? card : bubble.locator('.map-bubble-dot')).click();
  await s.page.waitForURL((url) => url.searchParams.get('region') === code);
}

async function breadcrumb(): Promise<string> {
  return (await testId('overview-breadcrumb').textContent()) ?? '';
}

/** Turns the mouse wheel a notch at a time, each zoom left to come to rest, until the view has moved where expected. */
async function wheelUntil(deltaY: number, arrived: (url: URL) => boolean): Promise<void> {
  for (let notch = 0; notch < 20 && !arrived(new URL(s.page.url())); notch++) {
    await s.page.mouse.wheel(0, deltaY);
    await s.page.waitForTimeout(400);
  }
  expect(arrived(new URL(s.page.url())), 'the view moved with the zoom').toBe(true);
}

/** Where a bubble points: its marker's bottom centre, which the map keeps on the region's label point. */
async function bubbleTip(code: string): Promise<{ x: number; y: number }> {
  const box = (await s.page.locator('.maplibregl-marker', { has: testId(`map-bubble-${code}`) }).boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height };
}

beforeAll(async () => {
  s = await openBrowserSession();
  origin = s.baseUrl;
  s.page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreignRequests.push(url);
  });
  s.page.on('response', (response) => {
    const { pathname, search } = new URL(response.url());
    if (response.status() >= 400 && /^\/api\/(map|regions)\//.test(pathname)) refused.push(`${response.status()} ${pathname}${search}`);
  });
  today = chinaDate(new Date());
  await createData();
  await s.login('commander');
});
afterAll(() => s?.close());

describe('网格地图 grid map', () => {
  it('opens on the city with a bubble per district, counting what was seeded', async () => {
    await testId('nav-map').click();
    await s.page.waitForURL((url) => url.pathname === '/map');
    await expect.poll(() => testId('map-canvas').getAttribute('data-ready')).toBe('true');
    const [arrivals, events] = await Promise.all([aggregates('3715', 'arrivals'), aggregates('3715', 'events')]);
    expect(arrivals.children).toHaveLength(8);
    for (const child of arrivals.children) {
      await expect.poll(() => value(`map-count-${child.code}-arrivals`), { message: child.name }).toBe(child.count);
    }
    for (const child of events.children) {
      await expect.poll(() => value(`map-count-${child.code}-events`), { message: child.name }).toBe(child.count);
    }
    expect(await value(`map-count-${DISTRICT}-arrivals`)).toBeGreaterThanOrEqual(2);
    expect(await value(`map-count-${DISTRICT}-events`)).toBeGreaterThanOrEqual(2);
    expect(await value('map-total-arrivals')).toBe(arrivals.count);
    expect(await value('map-total-cases')).toBeGreaterThanOrEqual(1);
    // The checkpoints and grid-worker layers say they are live, whatever the period.
    expect(await testId('map-layer-workers').textContent()).toContain('实时');
    expect(await breadcrumb()).toContain('聊城市');
    await settle();
    await s.screenshot('map-01-city');
    // Marks the map's canvas: drilling down moves this map rather than making another.
    await s.page.evaluate(() => {
      (window as unknown as { firstCanvas: Element | null }).firstCanvas = document.querySelector('[data-testid="map-canvas"] canvas');
    });
  });

  it('zooms with the wheel into a district, keeping the camera the user chose, and back out to the city', async () => {
    // Just below the district's label point: the wheel zooms around the pointer, which stays over the district.
    const tip = await bubbleTip(DISTRICT);
    await s.page.mouse.move(tip.x, tip.y + 12);
    await wheelUntil(-200, (url) => url.searchParams.get('region') === DISTRICT);
    await expect.poll(breadcrumb).toContain('东昌府区');
    await testId(`map-bubble-${STREET}`).waitFor();
    const street = await bubbleTip(STREET);
    await settle();
    const later = await bubbleTip(STREET);
    expect(Math.hypot(later.x - street.x, later.y - street.y), 'the map did not fly to frame the district').toBeLessThan(2);
    await s.screenshot('map-01b-zoomed-into-district');

    await wheelUntil(200, (url) => !url.searchParams.has('region'));
    await expect.poll(breadcrumb).not.toContain('东昌府区');
    await testId(`map-bubble-${DISTRICT}`).waitFor();
  });

  it('clicks down district → street → community → grid, where the points appear', async () => {
    await openBubble(DISTRICT);
    await expect.poll(breadcrumb).toContain('东昌府区');
    await expect.poll(() => value(`map-count-${STREET}-arrivals`)).toBe((await aggregates(DISTRICT, 'arrivals')).children.find((c) => c.code === STREET)!.count);
    await settle();
    await s.screenshot('map-02-district');

    await openBubble(STREET);
    await testId(`map-bubble-${COMMUNITY}`).waitFor();
    await settle();
    await s.screenshot('map-03-street');

    await openBubble(COMMUNITY);
    await expect.poll(() => value(`map-count-${GRID_A}-arrivals`)).toBeGreaterThanOrEqual(3);
    await settle();
    await s.screenshot('map-04-community');

    const grid = (await aggregates(COMMUNITY, 'arrivals')).children.find((c) => c.code === GRID_A)!;
    await openBubble(GRID_A);
    await expect.poll(breadcrumb).toContain(grid.name);
    // The arrivals (each also in the 14-day window) at their households and the events where reported.
    const located = await Promise.all(['arrivals', 'in_window', 'events', 'cases'].map(async (layer) => (
      (await s.ctx.as('commander')({ url: `/api/map/points?region=${GRID_A}&layer=${layer}` })).json() as MapPoints).points.length));
    expect(located[0]).toBeGreaterThanOrEqual(3);
    expect(located[2]).toBeGreaterThanOrEqual(4);
    await expect.poll(() => testId('map-canvas').getAttribute('data-points').then(Number)).toBe(located.reduce((a, b) => a + b, 0));
    expect(await testId('map-legend').textContent()).toContain('武汉');
    await settle();
    await s.screenshot('map-05-grid-points');
    expect(await s.page.evaluate(() => {
      const first = (window as unknown as { firstCanvas: Element | null }).firstCanvas;
      return first !== null && first === document.querySelector('[data-testid="map-canvas"] canvas');
    }), 'the map made on the city is the one showing the grid').toBe(true);
    // The layer panel folds away from the grid, and back.
    await testId('map-layers-fold').click();
    expect(await testId('map-layer-arrivals').count()).toBe(0);
    await s.screenshot('map-05b-grid-panel-folded');
    await testId('map-layers-fold').click();
    await testId('map-layer-arrivals').waitFor();
  });

  it('climbs back with Back, opens the list behind a bubble\'s number and a person with their trajectory', async () => {
    await s.page.goBack();
    await s.page.waitForURL((url) => url.searchParams.get('region') === COMMUNITY);
    const expected = await value(`map-count-${GRID_A}-arrivals`);
    await testId(`map-count-${GRID_A}-arrivals`).click();
    await testId('map-list-drawer').waitFor();
    const rows = s.page.locator('[data-testid="map-list-row"]');
    await expect.poll(() => rows.count()).toBe(expected);
    const traveller = rows.filter({ hasText: maskName(TRAVELLER) });
    expect(await traveller.count()).toBe(1);
    await settle();
    await s.screenshot('map-06-list');

    await traveller.click();
    await testId('map-person').waitFor();
    expect(await testId('map-person-drawer').textContent()).toContain(TRAVELLER);
    // Arrived and registered at home, then declared at two checkpoints: four stops.
    await expect.poll(() => s.page.locator('[data-testid="map-trajectory-stop"]').count()).toBeGreaterThanOrEqual(4);
    await expect.poll(() => testId('map-canvas').getAttribute('data-stops').then(Number)).toBeGreaterThanOrEqual(4);
    expect(await testId('map-legend').textContent()).toContain('活动轨迹');
    await settle();
    await s.screenshot('map-07-person-trajectory');
  });

  it('closes the person and the list when another region is shown', async () => {
    await s.page.goForward();
    await s.page.waitForURL((url) => url.searchParams.get('region') === GRID_A);
    await expect.poll(() => testId('map-person-drawer').isVisible()).toBe(false);
    await expect.poll(() => testId('map-list-drawer').isVisible()).toBe(false);
    await expect.poll(() => testId('map-canvas').getAttribute('data-stops')).toBe('0');
    await s.page.goBack();
    await s.page.waitForURL((url) => url.searchParams.get('region') === COMMUNITY);
    await testId(`map-bubble-${GRID_A}`).waitFor();
  });

  it('plays the period day by day', async () => {
    await testId('map-period-7').click();
    await s.page.waitForURL((url) => url.searchParams.get('from') === addDays(today, -6));
    await testId('map-play').click();
    await expect.poll(() => testId('map-asof').textContent()).toContain(addDays(today, -6));
    await expect.poll(() => testId('map-asof').textContent(), { timeout: 10_000 }).toContain(addDays(today, -5));
    await s.screenshot('map-08-playing');
    await testId('map-play').click();
    // Paused on a day before today: another period starts over, never asking for that day.
    await testId('map-period-1').click();
    await s.page.waitForURL((url) => !url.searchParams.has('from'));
    await expect.poll(() => testId('map-loading').count()).toBe(0);
    expect(await testId('map-error').count()).toBe(0);
  });

  it('asked nothing of any host but its own (offline), and nothing it was refused', () => {
    expect(foreignRequests).toEqual([]);
    expect(refused).toEqual([]);
  });

  it('hides the grid-worker layer from health staff, who may not read it', async () => {
    await s.context.clearCookies();
    await s.login('health');
    await s.page.goto(`${origin}/map`);
    await testId('map-layer-arrivals').waitFor();
    expect(await testId('map-layer-workers').count()).toBe(0);
    expect(await testId('map-layer-checkpoints').count()).toBe(1);
  });

  it('shows a staff member bound to a grid their grid alone, asking nothing above it', async () => {
    const created = await s.ctx.as('admin')({
      method: 'POST', url: '/api/users',
      payload: { username: 'grid_staff', displayName: '网格工作人员', role: 'staff', regionCode: GRID_A, password: TEST_PASSWORD },
    });
    expect(created.statusCode, created.body).toBe(201);
    await s.context.clearCookies();
    await s.login('grid_staff');
    await s.page.goto(`${origin}/map`);
    await expect.poll(() => testId('map-canvas').getAttribute('data-ready')).toBe('true');
    await expect.poll(() => testId('map-canvas').getAttribute('data-points').then(Number)).toBeGreaterThanOrEqual(7);
    await expect.poll(() => testId('map-loading').count()).toBe(0);
    expect(await testId('map-error').count()).toBe(0);
    expect(await value('map-total-arrivals')).toBeGreaterThanOrEqual(3);
    expect(refused).toEqual([]);
    await settle();
    await s.screenshot('map-09-own-grid');
  });
});
