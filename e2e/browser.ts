import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { createTestContext, TEST_PASSWORD, type TestContext } from '../server/test/harness.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SCREENSHOT_DIR = path.join(root, 'test-results', 'screenshots');

export interface BrowserSession {
  ctx: TestContext;
  baseUrl: string;
  browser: Browser;
  /** The page's own context (cookies, storage, service workers, network emulation). */
  context: BrowserContext;
  page: Page;
  /** Viewport screenshot (the fixed header makes full-page captures misleading). */
  screenshot(name: string): Promise<string>;
  login(username: string, password?: string): Promise<void>;
  close(): Promise<void>;
}

export interface BrowserSessionOptions {
  /**
   * A phone (the field app): a 360×740 touch screen with mobile emulation. Its context may
   * also be given a position and the geolocation permission.
   */
  phone?: boolean;
  geolocation?: { latitude: number; longitude: number; accuracy?: number };
  /** The browser's time zone (the machine's unless given), e.g. China's for pickers of a time of day. */
  timezoneId?: string;
}

/** A 360×740 Android phone, the size the field app is designed for. */
export const PHONE: BrowserContextOptions = { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

/**
 * The real app (fresh database copy, built web apps) listening on a free port, and Debian's
 * Chromium driven by playwright-core, in a fresh browser context (a desktop window unless
 * `phone`). Screenshots land in test-results/screenshots/.
 */
export async function openBrowserSession(options: BrowserSessionOptions = {}): Promise<BrowserSession> {
  const ctx = await createTestContext({ webDist: path.join(root, 'dist', 'web') });
  await ctx.app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = ctx.app.server.address() as { port: number };
  const baseUrl = `http://127.0.0.1:${port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const context = await browser.newContext({
    ...(options.phone ? PHONE : { viewport: { width: 1440, height: 900 } }),
    locale: 'zh-CN',
    ...(options.geolocation ? { geolocation: options.geolocation, permissions: ['geolocation'] } : {}),
    ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}),
  });
  const page = await context.newPage();
  await fs.mkdir(SCREENSHOT_DIR, { recursive: true });
  return {
    ctx,
    baseUrl,
    browser,
    context,
    page,
    async screenshot(name) {
      const file = path.join(SCREENSHOT_DIR, `${name}.png`);
      await page.screenshot({ path: file });
      return file;
    },
    async login(username, password = TEST_PASSWORD) {
      await page.goto(`${baseUrl}/login`);
      await page.getByTestId('login-username').fill(username);
      await page.getByTestId('login-password').fill(password);
      await page.getByTestId('login-submit').click();
      await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    },
    async close() {
      await browser.close();
      await ctx.close();
    },
  };
}
