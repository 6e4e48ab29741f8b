import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckpointView, DeclarationDaily, WarningPage } from '../common/contracts/declarations.ts';
import { chinaDate } from '../common/time.ts';
import { GRID_A, newPhone } from '../server/test/factories.ts';
import { openBrowserSession, type BrowserSession } from './browser.ts';
import { control, fieldLogin, outboxItems } from './field-app.ts';

/**
 * A resident declares a fever at a checkpoint of the grid worker's grid; the warning reaches
 * the worker's phone, who calls the person (the number is fetched only then, audited), loses
 * the network, records the verification (转诊发热门诊) offline — shown as 已核实（待上传）
 * — and the phone sends it when the network is back. The console's daily figures count it.
 */
let s: BrowserSession;
let warningId: string;
const NAME = '韩秋发热';
const NOTE = '已电话联系，陪同前往发热门诊，复测体温 38.3 °C';
const PHONE = newPhone();

beforeAll(async () => {
  s = await openBrowserSession({ phone: true });
  // A headless browser has no dialler: the tel: link the app opens is recorded instead of launched
  // (Chromium would otherwise hold the page's input behind its external-protocol prompt).
  await s.context.addInitScript(() => {
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      if (this.protocol === 'tel:') (window as unknown as { dialled: string[] }).dialled = [...((window as unknown as { dialled?: string[] }).dialled ?? []), this.href];
      else click.call(this);
    };
  });
  const checkpoints = (await s.ctx.as('community_staff')({ url: '/api/checkpoints' })).json() as { items: CheckpointView[] };
  const checkpoint = checkpoints.items.find((c) => c.grid.code === GRID_A && c.active);
  expect(checkpoint, 'a checkpoint in the grid worker\'s grid').toBeDefined();
  const answer = await s.ctx.app.inject({
    method: 'POST',
    url: '/api/public/declarations',
    payload: {
      token: checkpoint!.token, id: crypto.randomUUID(), name: NAME, phone: PHONE, direction: 'in',
      temperature: 38.4, symptoms: ['fever', 'dry_cough'], keyAreaTravel: false, caseContact: false,
    },
  });
  expect(answer.statusCode).toBe(201);
  expect(answer.json().result).toBe('stop');
  const row = await s.ctx.database.db.selectFrom('warnings').select(['id', 'status']).where('name', '=', NAME).executeTakeFirstOrThrow();
  expect(row.status).toBe('open');
  warningId = row.id;
});
afterAll(() => s?.close());

async function warningRow() {
  return s.ctx.database.db.selectFrom('warnings').selectAll().where('id', '=', warningId).executeTakeFirstOrThrow();
}

describe('warnings on the grid worker\'s phone', () => {
  it('the worker sees the warning, calls, verifies it offline, and it reaches the server', async () => {
    const { page, context } = s;
    const listed = (await s.ctx.as('grid_worker')({ url: '/api/warnings' })).json() as WarningPage;
    await fieldLogin(s, 'grid_worker');

    // Home: the warnings card with the server's counts.
    await expect.poll(() => page.getByTestId('home-warnings-open').textContent()).toContain(String(listed.counts.open));
    expect(await page.getByTestId('home-warnings-overdue').textContent()).toContain(String(listed.counts.overdue));
    await s.screenshot('warnings-01-home');

    // The list: the warning waits in 待核实, in Chinese words.
    await page.getByTestId('home-warnings').click();
    await page.getByTestId('warnings-page').waitFor();
    await page.getByTestId('warnings-tab-open').click();
    const row = page.getByTestId('warning-row').filter({ hasText: NAME });
    await row.waitFor();
    const text = await row.textContent();
    expect(text).toContain('38.4 °C');
    expect(text).toContain('有可疑症状');
    expect(text).toContain('重点预警');
    expect(text).toContain('剩余');
    await s.screenshot('warnings-02-list-open');

    // The detail; 拨打电话 asks the server for the number (audited), only when tapped.
    await row.click();
    await page.getByTestId('warning-detail').waitFor();
    await expect.poll(() => page.getByTestId('warning-status').first().textContent()).toBe('待核实');
    expect(await page.getByTestId('warning-facts').textContent()).toContain('138****');
    const reveals = () => s.ctx.database.db.selectFrom('audit_log').select('seq').where('action', '=', 'pii.reveal').where('target_id', '=', warningId).execute();
    expect(await reveals()).toHaveLength(0);
    const contact = page.waitForResponse((r) => r.url().endsWith(`/api/warnings/${warningId}/contact`));
    await page.getByTestId('warning-contact').click();
    expect((await contact).status()).toBe(200);
    await expect.poll(() => page.evaluate(() => (window as unknown as { dialled?: string[] }).dialled)).toEqual([`tel:${PHONE}`]);
    expect(await reveals()).toHaveLength(1);
    // The number is not kept on the phone: not in IndexedDB, not in the page.
    expect(await page.evaluate(async (phone) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('epigrid-field');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const dump: unknown[] = [];
      for (const store of Array.from(db.objectStoreNames)) {
        dump.push(await new Promise((resolve) => {
          const request = db.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result);
        }));
      }
      db.close();
      return JSON.stringify(dump).includes(phone) || document.body.innerText.includes(phone);
    }, PHONE)).toBe(false);
    await s.screenshot('warnings-03-detail');

    // Offline at the door: the verification is queued and shows at once.
    await context.setOffline(true);
    await expect.poll(() => page.getByTestId('online-indicator').first().getAttribute('data-online')).toBe('false');
    await page.getByTestId('warning-outcome-fever_clinic').click();
    await control(page, 'warning-note').fill(NOTE);
    await s.screenshot('warnings-04-form');
    await page.getByTestId('warning-verify-submit').click();
    await page.getByTestId('warning-result').waitFor();
    await expect.poll(() => page.getByTestId('warning-status').first().textContent()).toBe('已核实（待上传）');
    expect(await page.getByTestId('warning-result').textContent()).toContain('转诊发热门诊');
    expect(await outboxItems(page)).toEqual([{ id: warningId, kind: 'warningVerify', state: 'pending' }]);
    expect((await warningRow()).status).toBe('open');
    await s.screenshot('warnings-05-verified-offline');

    // The list moves it to 已核实 while offline.
    await page.locator('.page-nav .adm-nav-bar-back').click();
    await page.getByTestId('warnings-page').waitFor();
    await page.getByTestId('warnings-tab-verified').click();
    await expect.poll(() => page.getByTestId('warning-row').filter({ hasText: NAME }).getAttribute('data-status')).toBe('verified');
    await s.screenshot('warnings-06-list-verified-offline');

    // Back online: the phone sends it; the server has it verified, with the note.
    await context.setOffline(false);
    await expect.poll(async () => (await warningRow()).status, { timeout: 60_000, interval: 500 }).toBe('verified');
    const stored = await warningRow();
    expect(stored).toMatchObject({ outcome: 'fever_clinic', note: NOTE });
    expect(stored.verified_at).not.toBeNull();
    await expect.poll(() => outboxItems(page), { timeout: 30_000 }).toEqual([]);
    await page.getByTestId('warning-row').filter({ hasText: NAME }).click();
    await expect.poll(() => page.getByTestId('warning-status').first().textContent(), { timeout: 30_000 }).toBe('已核实');
    expect(await page.getByTestId('warning-result').textContent()).toContain('古城社区第1网格');
    await s.screenshot('warnings-07-verified-synced');
  });

  it('the console counts the verification', async () => {
    const today = chinaDate(new Date());
    const daily = (await s.ctx.as('street_staff')({ url: `/api/declarations/daily?from=${today}&to=${today}` })).json() as DeclarationDaily;
    expect(daily.days[0]?.warningsVerified).toBe(1);
    const warnings = (await s.ctx.as('street_staff')({ url: '/api/warnings?status=verified' })).json() as WarningPage;
    expect(warnings.items.map((w) => w.id)).toContain(warningId);
  });
});
