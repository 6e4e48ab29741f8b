import crypto from 'node:crypto';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FieldSummary } from '../common/contracts/field.ts';
import { OBSERVATION_DAYS } from '../common/field/vocabulary.ts';
import { addDays, chinaDate } from '../common/time.ts';
import { openBrowserSession, type BrowserSession } from './browser.ts';
import { choose, control, fieldLogin, outboxItems, photoStored } from './field-app.ts';

/**
 * What a new grid worker hit in the field app: a required choice tapped empty, a photo that
 * could not be read dropped without a word, the same door registered twice, and an arrival
 * whose 观察期 did not show on the member row. One server for all of it.
 */
let s: BrowserSession;
let gridCode: string;

beforeAll(async () => {
  s = await openBrowserSession({ phone: true });
  const summary = (await s.ctx.as('grid_worker')({ method: 'GET', url: '/api/field/summary' })).json() as FieldSummary;
  const grid = summary.grids[0]!;
  gridCode = grid.code;
  await s.context.grantPermissions(['geolocation'], { origin: s.baseUrl });
  await s.context.setGeolocation({ longitude: grid.centroid![0], latitude: grid.centroid![1], accuracy: 15 });
  await fieldLogin(s, 'grid_worker');
});
afterAll(() => s?.close());

async function apiHousehold(address: string): Promise<string> {
  const res = await s.ctx.as('grid_worker')({ method: 'POST', url: '/api/households', payload: { id: crypto.randomUUID(), address, gridCode } });
  expect(res.statusCode).toBe(201);
  return res.json().id;
}

async function apiPerson(householdId: string, name: string): Promise<string> {
  const res = await s.ctx.as('grid_worker')({ method: 'POST', url: '/api/persons', payload: { id: crypto.randomUUID(), householdId, name, relation: 'head' } });
  expect(res.statusCode).toBe(201);
  return res.json().id;
}

const householdsAt = async (address: string) => s.ctx.database.db.selectFrom('households').select('id').where('address', '=', address).execute();
const selected = (testId: string) => s.page.getByTestId(testId).locator('.adm-selector-item-active').allTextContents();

describe('field app fixes', () => {
  it('a tap on the preselected 情况正常 keeps it chosen and the visit saves', async () => {
    const { page } = s;
    const householdId = await apiHousehold('东关街走访测试1号');
    await page.goto(`${s.baseUrl}/m/households/${householdId}/visits/new`);
    await page.getByTestId('visit-form').waitFor();
    expect(await selected('input-outcome')).toEqual(['情况正常']);
    await choose(page, 'input-outcome', '情况正常');
    expect(await selected('input-outcome')).toEqual(['情况正常']);
    // Another option still replaces it.
    await choose(page, 'input-outcome', '无人在家');
    expect(await selected('input-outcome')).toEqual(['无人在家']);
    await choose(page, 'input-outcome', '情况正常');
    await page.getByTestId('form-submit').click();
    await page.getByTestId('household-detail').waitFor();
    expect(await page.getByTestId('error-outcome').count()).toBe(0);
    await expect.poll(async () => (await s.ctx.database.db.selectFrom('visits').select('outcome').where('household_id', '=', householdId).execute()).map((v) => v.outcome)).toEqual(['normal']);
  });

  it('after an arrival the member row shows its 观察期, from the server too', async () => {
    const { page } = s;
    const householdId = await apiHousehold('东关街观察测试2号');
    await apiPerson(householdId, '周返乡');
    // A member whose arrival was recorded elsewhere (another phone, the console): only the server knows it.
    const other = await apiPerson(householdId, '吴先到');
    const today = chinaDate(new Date());
    const arrival = await s.ctx.as('grid_worker')({
      method: 'POST', url: '/api/movements',
      payload: { id: crypto.randomUUID(), personId: other, direction: 'arrival', category: 'in_province', leftOn: today, arrivedOn: today, healthStatus: 'normal' },
    });
    expect(arrival.statusCode).toBe(201);

    await page.goto(`${s.baseUrl}/m/households/${householdId}`);
    const row = (name: string) => page.getByTestId('member-row').filter({ hasText: name });
    const until = `观察期至 ${addDays(today, OBSERVATION_DAYS)}`;
    await expect.poll(() => row('吴先到').getByTestId('member-observation').textContent()).toBe(until);
    expect(await row('周返乡').getByTestId('member-observation').count()).toBe(0);

    await row('周返乡').click();
    await page.getByTestId('action-arrival').click();
    await page.getByTestId('movement-form').waitFor();
    await choose(page, 'input-category', '省内');
    // The preselected 正常 stays chosen when tapped.
    await choose(page, 'input-healthStatus', '正常');
    expect(await selected('input-healthStatus')).toEqual(['正常']);
    await page.getByTestId('form-submit').click();
    await page.getByTestId('household-detail').waitFor();
    await expect.poll(() => outboxItems(page).then((items) => items.length), { timeout: 30_000 }).toBe(0);
    await expect.poll(() => row('周返乡').getByTestId('member-observation').textContent()).toBe(until);
    // A reload later, from the server's answer.
    await page.reload();
    await expect.poll(() => row('周返乡').getByTestId('member-observation').textContent()).toBe(until);
    await s.screenshot('field-fixes-01-observation');
  });

  it('a photo that cannot be read is marked on its tile and keeps the report from saving until it is removed', async () => {
    const { page } = s;
    const description = '东关街口堆放垃圾，照片测试。';
    await page.goto(`${s.baseUrl}/m/report`);
    await page.getByTestId('report-page').waitFor();
    await choose(page, 'input-category', '消杀防控');
    await control(page, 'input-description').fill(description);
    await page.getByTestId('event-location-gps').click();
    await expect.poll(() => page.getByTestId('event-location-value').textContent()).toContain('精度');

    const input = page.getByTestId('photo-field').locator('input[type=file]');
    await input.setInputFiles({ name: 'broken.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('this is not a photo at all') });
    await expect.poll(() => page.getByTestId('photo-failed').textContent()).toContain('无法读取这张图片');
    await expect.poll(() => page.getByTestId('error-photos').textContent()).toContain('有照片无法读取');
    await s.screenshot('field-fixes-02-photo-unreadable');
    await page.getByTestId('form-submit').click();
    await page.waitForTimeout(500);
    expect(await page.getByTestId('report-page').count()).toBe(1);
    expect(await outboxItems(page)).toEqual([]);

    // Removed and replaced by a real photo: the report goes, with it.
    await page.getByTestId('photo-failed').locator('.adm-image-uploader-cell-delete').click();
    await expect.poll(() => page.getByTestId('error-photos').count()).toBe(0);
    const photo = await sharp({ create: { width: 800, height: 600, channels: 3, background: { r: 60, g: 120, b: 200 } } }).jpeg().toBuffer();
    await input.setInputFiles({ name: 'scene.jpg', mimeType: 'image/jpeg', buffer: photo });
    await photoStored(page);
    await page.getByTestId('form-submit').click();
    await page.getByTestId('home-page').waitFor();
    await expect.poll(async () => {
      const event = await s.ctx.database.db.selectFrom('events').select('id').where('description', '=', description).executeTakeFirst();
      if (!event) return -1;
      return (await s.ctx.database.db.selectFrom('event_photos').select('id').where('event_id', '=', event.id).execute()).length;
    }, { timeout: 30_000 }).toBe(1);
  });

  it('registering a household at an address the grid has warns and offers the existing one', async () => {
    const { page } = s;
    const existing = await apiHousehold('东关街重复测试17号');
    await apiPerson(existing, '郑户主');
    const fillAddress = async (address: string) => {
      await page.goto(`${s.baseUrl}/m/households/new`);
      await page.getByTestId('household-form').waitFor();
      await control(page, 'input-address').fill(address);
      await page.getByTestId('form-submit').click();
    };

    // Written with full-width digits and a space, it is still that door: open the existing household.
    await fillAddress('东关街重复测试 １７号');
    await page.getByTestId('same-address-dialog').waitFor();
    await expect.poll(() => page.getByTestId('same-address-match').textContent()).toContain('户主 郑户主');
    await page.waitForTimeout(400); // the dialog's fade-in
    await s.screenshot('field-fixes-03-same-address');
    await page.getByTestId('same-address-open').click();
    await page.waitForURL(new RegExp(`/m/households/${existing}$`));
    await expect.poll(() => page.getByTestId('member-row').textContent()).toContain('郑户主');

    // Going back leaves the form as it was; a second household at the door on purpose is registered.
    await fillAddress('东关街重复测试17号');
    await page.getByTestId('same-address-cancel').click();
    expect(await page.getByTestId('household-form').count()).toBe(1);
    await page.getByTestId('form-submit').click();
    await page.getByTestId('same-address-create').click();
    await page.getByTestId('household-detail').waitFor();
    await expect.poll(async () => (await householdsAt('东关街重复测试17号')).length, { timeout: 30_000 }).toBe(2);
  });

  it('a duplicate the phone could not know of is refused on send and resolved in the queue', async () => {
    const { page, context } = s;
    const address = '东关街离线重复9号';
    // The phone cannot ask the server (the lookup fails) and its lists predate the other household.
    await context.route('**/api/households/same-address**', (route) => route.abort('internetdisconnected'));
    const existing = await apiHousehold(address);
    await page.goto(`${s.baseUrl}/m/households/new`);
    await page.getByTestId('household-form').waitFor();
    await control(page, 'input-address').fill(address);
    await page.getByTestId('form-submit').click();
    await page.getByTestId('household-detail').waitFor();
    const duplicate = new URL(page.url()).pathname.split('/').pop()!;
    await expect.poll(() => outboxItems(page).then((items) => items.find((i) => i.id === duplicate)?.state), { timeout: 30_000 }).toBe('rejected');

    // A member recorded meanwhile waits for the household.
    await page.getByTestId('add-member').click();
    await control(page, 'input-name').fill('冯新人');
    await page.getByTestId('form-submit').click();
    await page.getByTestId('member-row').filter({ hasText: '冯新人' }).waitFor();

    await page.goto(`${s.baseUrl}/m/queue/${duplicate}`);
    await page.getByTestId('existing-household').waitFor();
    await expect.poll(() => page.getByTestId('queue-reason').textContent()).toContain('本网格已有相同地址的住户');
    await s.screenshot('field-fixes-04-queue-duplicate');
    await page.getByTestId('use-existing-household').click();
    await page.waitForURL(new RegExp(`/m/households/${existing}$`));
    await expect.poll(async () => (await s.ctx.database.db.selectFrom('persons').select('household_id').where('name', '=', '冯新人').execute()).map((p) => p.household_id), { timeout: 30_000 })
      .toEqual([existing]);
    expect((await householdsAt(address)).map((h) => h.id)).toEqual([existing]);
    await context.unroute('**/api/households/same-address**');
  });
});
