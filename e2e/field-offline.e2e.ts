import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FieldSummary } from '../common/contracts/field.ts';
import { idNumberCheckChar } from '../common/identity/id-number.ts';
import { chinaDate } from '../common/time.ts';
import { openBrowserSession, type BrowserSession } from './browser.ts';
import { choose, control, fieldLogin, outboxItems, photoStored, tapGridMap } from './field-app.ts';

/**
 * The grid worker's phone loses its connection: a household, a person, the person's departure
 * and an event with a photo are recorded offline, the page is reloaded (still offline: the
 * service worker and IndexedDB bring the app and its queue back), the network returns, and
 * every record reaches the server exactly once — even when the answer to one of them is lost
 * on the way back and the phone sends it again.
 */
let s: BrowserSession;
let centroid: [number, number];

beforeAll(async () => {
  s = await openBrowserSession({ phone: true });
  const summary = await s.ctx.as('grid_worker')({ method: 'GET', url: '/api/field/summary' });
  centroid = (summary.json() as FieldSummary).grids[0]!.centroid!;
  await s.context.grantPermissions(['geolocation'], { origin: s.baseUrl });
  await s.context.setGeolocation({ longitude: centroid[0], latitude: centroid[1], accuracy: 15 });
});
afterAll(() => s?.close());

const ADDRESS = '古楼街道东关街离线测试17号';
const NAME = '离线测试员';
const ID_BASE = '37150219880301123';
const ID_NUMBER = ID_BASE + idNumberCheckChar(ID_BASE);
const DESCRIPTION = '东关街17号门口发现未清理的生活垃圾，已联系物业消杀。';

async function count(table: 'households' | 'persons' | 'movements' | 'events' | 'event_photos', column: string, value: string): Promise<number> {
  const row = await s.ctx.database.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).where(column as never, '=', value as never).executeTakeFirstOrThrow();
  return Number(row.n);
}

describe('field app offline', () => {
  it('keeps what the worker records offline through a reload and sends each record once', async () => {
    const { page, context } = s;
    const outlineCached = page.waitForResponse((r) => r.url().includes('/geometry') && r.ok()).then(() => true, () => false);
    await fieldLogin(s, 'grid_worker');
    await page.getByTestId('my-grid').waitFor();
    // Online once: the service worker has cached the app, the phone has the grid outline.
    const installed = await page.evaluate(() => Promise.race([
      navigator.serviceWorker.ready.then(() => true),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 30_000)),
    ]));
    expect(installed, 'the service worker installed (precached the app)').toBe(true);
    expect(await outlineCached, 'the grid outline was fetched while online').toBe(true);
    await s.screenshot('field-01-home-online');

    await context.setOffline(true);
    await expect.poll(() => page.getByTestId('online-indicator').first().getAttribute('data-online')).toBe('false');

    // A household, located by a tap on the grid outline.
    await page.getByTestId('quick-household').click();
    await control(page, 'input-address').fill(ADDRESS);
    await page.getByTestId('household-location-map').click();
    await tapGridMap(page);
    await page.getByTestId('map-confirm').click();
    await expect.poll(() => page.getByTestId('household-location-value').textContent()).toContain('地图选点');
    await page.locator('.map-popup').waitFor({ state: 'hidden' });
    await s.screenshot('field-02-household-form');
    await page.getByTestId('form-submit').click();
    await page.getByTestId('household-detail').waitFor();
    await expect.poll(() => page.getByTestId('household-head').textContent()).toContain('待上传');

    // A member: the ID number fills in the birth date and sex.
    await page.getByTestId('add-member').click();
    await control(page, 'input-name').fill(NAME);
    await control(page, 'input-idNumber').fill(ID_NUMBER);
    await expect.poll(() => page.getByTestId('input-birthDate').textContent()).toContain('1988-03-01');
    await choose(page, 'input-relation', '户主');
    await s.screenshot('field-03-person-form');
    await page.getByTestId('form-submit').click();
    await page.getByTestId('member-row').filter({ hasText: NAME }).waitFor();
    // The member line shows the age and the masked number, never the birth date beside it.
    const line = await page.getByTestId('member-row').filter({ hasText: NAME }).textContent();
    expect(line).toContain(`${Number(chinaDate(new Date()).slice(0, 4)) - 1988}岁`);
    expect(line).not.toContain('1988-03-01');

    // The member's departure (the departure date defaults to today).
    await page.getByTestId('member-row').filter({ hasText: NAME }).click();
    await page.getByTestId('action-departure').click();
    await page.getByTestId('movement-form').waitFor();
    await choose(page, 'input-category', '外省');
    await control(page, 'input-province').fill('北京市');
    await choose(page, 'input-transport', '火车');
    await page.getByTestId('form-submit').click();
    await page.getByTestId('member-movement').first().waitFor();
    await s.screenshot('field-04-household-offline');

    // An event with a photo, located by GPS (back home first: the detail page is where the form returned to).
    await page.locator('.page-nav .adm-nav-bar-back').click();
    await page.getByTestId('home-page').waitFor();
    await page.getByTestId('tab-report').click();
    await page.getByTestId('report-page').waitFor();
    await choose(page, 'input-category', '消杀防控');
    await control(page, 'input-description').fill(DESCRIPTION);
    const photo = await sharp({ create: { width: 1200, height: 900, channels: 3, background: { r: 40, g: 130, b: 90 } } }).jpeg().toBuffer();
    await page.getByTestId('photo-field').locator('input[type=file]').setInputFiles({ name: 'scene.jpg', mimeType: 'image/jpeg', buffer: photo });
    await photoStored(page);
    await page.getByTestId('event-location-gps').click();
    await expect.poll(() => page.getByTestId('event-location-value').textContent()).toContain('精度');
    await s.screenshot('field-05-report-offline');
    await page.getByTestId('form-submit').click();
    await page.getByTestId('home-page').waitFor();
    await expect.poll(() => page.getByTestId('home-waiting').textContent()).toContain('4');

    const queued = await outboxItems(page);
    expect(queued.map((i) => i.kind)).toEqual(['household', 'person', 'movement', 'event']);
    const ids = Object.fromEntries(queued.map((i) => [i.kind, i.id])) as Record<'household' | 'person' | 'movement' | 'event', string>;

    // Still offline, the page is reloaded: the service worker serves the app, IndexedDB the queue.
    await page.reload();
    await page.getByTestId('home-page').waitFor();
    await expect.poll(() => page.getByTestId('home-waiting').textContent()).toContain('4');
    await page.getByTestId('status-chips').first().click();
    await page.getByTestId('queue-page').waitFor();
    await expect.poll(() => page.getByTestId('queue-item').count()).toBe(4);
    await s.screenshot('field-06-queue-after-offline-reload');
    expect(await count('households', 'id', ids.household)).toBe(0);

    // The answer to the event is lost once on its way back: the server has stored it, the phone sends it again.
    // (Routing makes Chromium bypass the service worker, so it starts only now, after the offline reload.)
    const eventAnswers: number[] = [];
    await context.route('**/api/events', async (route) => {
      const response = await route.fetch();
      eventAnswers.push(response.status());
      if (eventAnswers.length === 1) await route.abort('connectionreset');
      else await route.fulfill({ response });
    });

    await context.setOffline(false);
    await expect.poll(() => page.getByTestId('queue-item').count(), { timeout: 60_000, interval: 500 }).toBe(0);
    await page.getByText('已上传', { exact: true }).click();
    await expect.poll(() => page.getByTestId('synced-item').count()).toBeGreaterThanOrEqual(4);
    await s.screenshot('field-07-queue-drained');
    expect(eventAnswers).toEqual([201, 200]);

    // Each record is on the server exactly once.
    expect(await count('households', 'id', ids.household)).toBe(1);
    expect(await count('households', 'address', ADDRESS)).toBe(1);
    expect(await count('persons', 'id', ids.person)).toBe(1);
    expect(await count('persons', 'household_id', ids.household)).toBe(1);
    expect(await count('movements', 'id', ids.movement)).toBe(1);
    expect(await count('movements', 'person_id', ids.person)).toBe(1);
    expect(await count('events', 'id', ids.event)).toBe(1);
    expect(await count('events', 'description', DESCRIPTION)).toBe(1);
    expect(await count('event_photos', 'event_id', ids.event)).toBe(1);

    const movement = await s.ctx.database.db.selectFrom('movements').selectAll().where('id', '=', ids.movement).executeTakeFirstOrThrow();
    expect(movement).toMatchObject({ direction: 'departure', category: 'other_province', place_province: '北京市', transport: 'train' });
    const household = await s.ctx.database.db.selectFrom('households').selectAll().where('id', '=', ids.household).executeTakeFirstOrThrow();
    expect(household.lon).not.toBeNull();

    // Home shows the day's work from the server now, nothing waiting.
    await page.goto(`${s.baseUrl}/m/`);
    await expect.poll(() => page.getByTestId('home-waiting').textContent()).toContain('0');
    await s.screenshot('field-08-home-synced');
  });

  it('keeps a record queued through any number of 503s while the database is away, then sends it', async () => {
    const { page, context } = s;
    const unavailable = JSON.stringify({ error: { code: 'DATABASE_UNAVAILABLE', message: 'The database is unreachable for now; try again shortly' } });
    let databaseDown = true;
    let refusedTries = 0;
    await context.route('**/api/households', async (route) => {
      if (route.request().method() !== 'POST' || !databaseDown) return route.fallback();
      refusedTries += 1;
      await route.fulfill({ status: 503, headers: { 'content-type': 'application/json', 'retry-after': '1' }, body: unavailable });
    });

    await page.goto(`${s.baseUrl}/m/`);
    await page.getByTestId('home-page').waitFor();
    await page.getByTestId('quick-household').click();
    await control(page, 'input-address').fill(`${ADDRESS}-停库`);
    await page.getByTestId('household-location-map').click();
    await tapGridMap(page);
    await page.getByTestId('map-confirm').click();
    await page.locator('.map-popup').waitFor({ state: 'hidden' });
    await page.getByTestId('form-submit').click();
    await page.getByTestId('household-detail').waitFor();
    await expect.poll(() => refusedTries).toBeGreaterThan(0);
    const [queued] = await outboxItems(page);

    // Each return of the network tries again at once: well past the 8 server failures that used to refuse a record.
    while (refusedTries < 12) {
      const before = refusedTries;
      await context.setOffline(true);
      await context.setOffline(false);
      await expect.poll(() => refusedTries, { message: `try ${before + 1}` }).toBeGreaterThan(before);
    }
    expect(await outboxItems(page)).toEqual([{ id: queued!.id, kind: 'household', state: 'pending' }]);
    await s.screenshot('field-09-queue-database-away');

    databaseDown = false;
    await context.setOffline(true);
    await context.setOffline(false);
    await expect.poll(() => outboxItems(page).then((items) => items.length), { timeout: 30_000, interval: 500 }).toBe(0);
    expect(await count('households', 'id', queued!.id)).toBe(1);
    await context.unroute('**/api/households');
  });
});
