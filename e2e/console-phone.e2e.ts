import crypto from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaDate } from '../common/time.ts';
import { createMovement, GRID_A, isoNow, pointInGrid } from '../server/test/factories.ts';
import { openBrowserSession, type BrowserSession } from './browser.ts';

/**
 * The console on a phone (390×844, an iPhone 12–15): every page fits the width — nothing
 * scrolls sideways but a table inside its card — and 退出, the language switch and the menu
 * stay on screen. The big screen (/screen) is a fixed 1920×1080 stage scaled to fit and is
 * not part of this.
 */
const WIDTH = 390;
let s: BrowserSession;
let personId: string;
let checkpointId: string;

beforeAll(async () => {
  s = await openBrowserSession();
  await s.page.setViewportSize({ width: WIDTH, height: 844 });
  // Rows in the lists, so that the tables are as wide as real ones.
  const today = chinaDate(new Date());
  personId = (await createMovement(s.ctx, 'grid_worker', GRID_A, { category: 'wuhan', day: today, name: '欧阳返聊' })).id;
  await createMovement(s.ctx, 'grid_worker', GRID_A, { category: 'other_province', day: today, direction: 'departure' });
  const event = await s.ctx.as('grid_worker')({
    method: 'POST', url: '/api/events',
    payload: { id: crypto.randomUUID(), category: 'disinfection', description: '东关街口堆放垃圾，已联系物业消杀处理。', occurredAt: isoNow(-60_000), location: await pointInGrid(s.ctx, GRID_A) },
  });
  expect(event.statusCode).toBe(201);
  checkpointId = (await s.ctx.as('admin')({ url: '/api/checkpoints' })).json().items[0].id;
});
afterAll(() => s?.close());

/** The page has drawn its data: no spinner or skeleton left, then a moment for charts and maps to lay out. */
async function settled(page: Page): Promise<void> {
  await page.waitForTimeout(300);
  await expect.poll(() => page.locator('.ant-spin-spinning, .ant-skeleton-active').count(), { timeout: 30_000 }).toBe(0);
  await page.waitForTimeout(500);
}

interface Overflow {
  route: string;
  scrollWidth: number;
  /** The widest elements that reach past the right edge (tag.class), to say what to fix. */
  culprits: string[];
}

async function overflowOf(page: Page, route: string): Promise<Overflow | null> {
  const result = await page.evaluate((width) => {
    const scrollWidth = document.documentElement.scrollWidth;
    if (scrollWidth <= width) return null;
    const culprits: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      const r = el.getBoundingClientRect();
      if (r.right > width + 1 && r.width > 0 && getComputedStyle(el).position !== 'fixed') {
        culprits.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')} [${Math.round(r.left)}–${Math.round(r.right)}]`);
      }
      if (culprits.length >= 8) break;
    }
    return { scrollWidth, culprits };
  }, WIDTH);
  return result && { route, ...result };
}

async function onScreen(page: Page, testId: string): Promise<boolean> {
  const box = await page.getByTestId(testId).first().boundingBox();
  return box !== null && box.x >= 0 && box.x + box.width <= WIDTH && box.y >= 0 && box.y + box.height <= 844;
}

async function visit(route: string, shot: string): Promise<Overflow | null> {
  await s.page.goto(`${s.baseUrl}${route}`);
  await s.page.getByTestId('app-title').waitFor();
  await settled(s.page);
  await s.screenshot(`phone-${shot}`);
  expect(await onScreen(s.page, 'logout'), `退出 on screen at ${route}`).toBe(true);
  expect(await onScreen(s.page, 'language-switch'), `language switch on screen at ${route}`).toBe(true);
  expect(await onScreen(s.page, 'nav-open'), `menu button on screen at ${route}`).toBe(true);
  return overflowOf(s.page, route);
}

describe('the console at phone width', () => {
  it('the login page fits', async () => {
    await s.page.goto(`${s.baseUrl}/login`);
    await s.page.getByTestId('login-submit').waitFor();
    await s.screenshot('phone-00-login');
    expect(await overflowOf(s.page, '/login')).toBeNull();
    expect(await onScreen(s.page, 'language-switch')).toBe(true);
  });

  it('every page of an admin fits the width, with 退出, the language switch and the menu on screen', async () => {
    await s.login('admin');
    const routes: [string, string][] = [
      ['/', '01-overview'], ['/map', '02-map'], ['/briefing', '03-briefing'], ['/regions', '04-regions'], ['/regions/371502001001', '05-regions-community'],
      ['/households', '06-households'], ['/persons', '07-persons'], [`/persons/${personId}`, '08-person'], ['/movements', '09-movements'],
      ['/events', '10-events'], ['/workers', '11-workers'], ['/vital-signs', '12-vital-signs'], ['/warnings', '13-warnings'],
      ['/checkpoints', '14-checkpoints'], ['/vital-signs/rules', '15-rules'], ['/checkpoints/poster?community=371502001001', '16-community-poster'],
      [`/checkpoints/${checkpointId}/poster`, '17-checkpoint-poster'], ['/cases', '18-cases'], ['/users', '19-users'], ['/audit', '20-audit'],
      ['/events/stats', '22-event-stats'], ['/departments', '23-departments'], ['/no-such-page', '21-not-found'],
    ];
    const overflows: Overflow[] = [];
    for (const [route, shot] of routes) {
      const overflow = await visit(route, shot);
      if (overflow) overflows.push(overflow);
    }
    expect(overflows).toEqual([]);
  });

  it('the menu opens from its button and leads to a page', async () => {
    await s.page.goto(`${s.baseUrl}/`);
    await s.page.getByTestId('nav-open').click();
    await s.page.getByTestId('nav-households').waitFor();
    await s.page.waitForTimeout(400);
    await s.screenshot('phone-22-menu');
    expect(await onScreen(s.page, 'nav-households')).toBe(true);
    await s.page.getByTestId('nav-households').click();
    await s.page.waitForURL(/\/households$/);
    await expect.poll(() => s.page.locator('.ant-drawer-open').count()).toBe(0);
  });

  it('drawers and dialogs fit the screen', async () => {
    await s.page.goto(`${s.baseUrl}/events`);
    await settled(s.page);
    await s.page.locator('.ant-table-row').first().click();
    await s.page.locator('.ant-drawer-open .ant-drawer-section').waitFor();
    await settled(s.page);
    await s.screenshot('phone-23-event-drawer');
    const drawer = await s.page.locator('.ant-drawer-open .ant-drawer-content-wrapper').boundingBox();
    expect(drawer!.x).toBeGreaterThanOrEqual(0);
    expect(drawer!.x + drawer!.width).toBeLessThanOrEqual(WIDTH);
    await s.page.keyboard.press('Escape');
    await expect.poll(() => s.page.locator('.ant-drawer-open').count()).toBe(0);

    await s.page.goto(`${s.baseUrl}/users`);
    await settled(s.page);
    await s.page.getByTestId('user-create').click();
    await s.page.locator('.ant-modal-container').first().waitFor();
    await s.page.waitForTimeout(400);
    await s.screenshot('phone-24-user-modal');
    const modal = await s.page.locator('.ant-modal-container').first().boundingBox();
    expect(modal!.x).toBeGreaterThanOrEqual(0);
    expect(modal!.x + modal!.width).toBeLessThanOrEqual(WIDTH);
    expect(await overflowOf(s.page, '/users + modal')).toBeNull();
    await s.page.keyboard.press('Escape');
  });

  it('a grid worker\'s home page fits too', async () => {
    await s.page.getByTestId('logout').click();
    await s.page.waitForURL(/\/login/);
    await s.login('grid_worker');
    expect(await visit('/', '25-home-grid-worker')).toBeNull();
  });
});
