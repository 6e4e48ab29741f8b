import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { TEST_PASSWORD } from '../server/test/harness.ts';
import type { BrowserSession } from './browser.ts';

/** Page helpers for the field PWA (web/field, served at /m/). */

/** The text control inside an antd-mobile Input/TextArea carrying `testId` (TextArea adds a hidden twin). */
export function control(page: Page, testId: string) {
  return page.getByTestId(testId).locator('input, textarea:not([readonly])').first();
}

export async function fieldLogin(s: BrowserSession, username: string, password = TEST_PASSWORD): Promise<void> {
  await s.page.goto(`${s.baseUrl}/m/`);
  // The server sends the field app (not the console) for pages under /m/.
  await s.page.getByTestId('login-page').waitFor();
  await control(s.page, 'login-username').fill(username);
  await control(s.page, 'login-password').fill(password);
  await s.page.getByTestId('login-submit').click();
  await s.page.getByTestId('home-page').waitFor();
}

/** Choices of an antd-mobile Selector (the app's SingleSelector) by their label. */
export async function choose(page: Page, testId: string, label: string): Promise<void> {
  await page.getByTestId(testId).getByText(label, { exact: true }).click();
}

/** The records the phone holds in IndexedDB (the outbox), as kind and id. */
export async function outboxItems(page: Page): Promise<{ id: string; kind: string; state: string }[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('epigrid-field');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const items = await new Promise<{ id: string; kind: string; state: string; seq: number }[]>((resolve, reject) => {
      const request = db.transaction('outbox').objectStore('outbox').getAll();
      request.onsuccess = () => resolve(request.result as { id: string; kind: string; state: string; seq: number }[]);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return items.sort((a, b) => a.seq - b.seq).map(({ id, kind, state }) => ({ id, kind, state }));
  });
}

/** Taps the middle of the grid outline in the map sheet, once the sheet has finished sliding up. */
export async function tapGridMap(page: Page): Promise<void> {
  const map = page.getByTestId('grid-map');
  await map.waitFor();
  let last = '';
  for (let i = 0; i < 50; i++) {
    const box = await map.boundingBox();
    const now = JSON.stringify(box);
    if (box && now === last) {
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      return;
    }
    last = now;
    await page.waitForTimeout(100);
  }
  throw new Error('the map sheet never settled');
}

/**
 * The uploader shows a picked photo at once, under a mask while it is shrunk and stored; only
 * then is it in the form (saving earlier is refused with 照片正在处理).
 */
export async function photoStored(page: Page): Promise<void> {
  await page.locator('[data-testid=photo-field] .adm-image-uploader-cell img').first().waitFor();
  await expect.poll(() => page.locator('[data-testid=photo-field] .adm-image-uploader-cell-mask').count()).toBe(0);
}
