import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowserSession, type BrowserSession } from './browser.ts';

let s: BrowserSession;
beforeAll(async () => {
  s = await openBrowserSession();
});
afterAll(() => s?.close());

describe('console', () => {
  it('refuses a wrong password with a Chinese message', async () => {
    await s.page.goto(`${s.baseUrl}/`);
    await s.page.waitForURL(/\/login/);
    await s.page.getByTestId('login-username').fill('admin');
    await s.page.getByTestId('login-password').fill('wrong-password-1');
    await s.page.getByTestId('login-submit').click();
    await expect.poll(() => s.page.getByTestId('login-error').textContent()).toContain('用户名或密码错误');
    await s.screenshot('01-login-wrong-password');
  });

  it('the demo admin drills from 聊城市 down to a grid', async () => {
    await s.login('admin');
    // Dashboard readers land on the command centre (指挥中心).
    await s.page.getByTestId('overview-page').waitFor();
    await s.screenshot('02-home-admin');

    await s.page.getByTestId('nav-regions').click();
    await s.page.waitForURL(/\/regions/);
    await s.page.getByTestId('region-children').waitFor();
    await expect.poll(() => s.page.getByTestId('count-grids').textContent()).toContain('8,129');
    await s.screenshot('03-regions-city');

    const path = ['371502', '371502001', '371502001001'];
    for (const code of path) {
      await s.page.locator(`[data-testid="region-child-row"][data-row-key="${code}"]`).click();
      await s.page.waitForURL(new RegExp(`/regions/${code}$`));
      await s.page.getByTestId(`crumb-${code}`).waitFor();
    }
    await expect.poll(() => s.page.getByTestId('region-breadcrumb').textContent()).toContain('古城社区居委会');
    await s.screenshot('04-regions-community');

    const firstGrid = s.page.locator('[data-testid="region-child-row"]').first();
    const gridCode = await firstGrid.getAttribute('data-row-key');
    expect(gridCode).toMatch(/^371502001001\d{3}$/);
    await firstGrid.click();
    await s.page.waitForURL(new RegExp(`/regions/${gridCode}$`));
    await s.page.getByTestId(`crumb-${gridCode}`).waitFor();
    const crumbs = await s.page.getByTestId('region-breadcrumb').textContent();
    for (const name of ['聊城市', '东昌府区', '古楼街道', '古城社区居委会', '古城社区第1网格']) expect(crumbs).toContain(name);
    await s.page.getByTestId('region-map').waitFor();
    await s.screenshot('05-regions-grid');

    // The tree followed the drill-down.
    await expect.poll(() => s.page.getByTestId(`region-tree-node-${gridCode}`).count()).toBe(1);
  });

  it('clicking a child on the outline map drills into it', async () => {
    await s.page.goto(`${s.baseUrl}/regions/3715`);
    await s.page.getByTestId('region-map-path-371581').click();
    await s.page.waitForURL(/\/regions\/371581$/);
    await expect.poll(() => s.page.getByTestId('region-breadcrumb').textContent()).toContain('临清市');
  });

  it('a district user sees their district only', async () => {
    await s.page.getByTestId('logout').click();
    await s.page.waitForURL(/\/login/);
    await s.login('district_staff');
    await expect.poll(() => s.page.getByTestId('header-region').textContent()).toContain('东昌府区');
    await expect.poll(() => s.page.getByTestId('nav-users').count()).toBe(0);
    await s.page.goto(`${s.baseUrl}/regions/371581`);
    await expect.poll(() => s.page.textContent('body')).toMatch(/超出您的管辖范围/);
    await s.screenshot('06-district-user-out-of-scope');
  });
});
