import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckpointView, DeclarationDaily, DeclarationSubmit } from '../common/contracts/declarations.ts';
import { chinaDate } from '../common/time.ts';
import { newPhone } from '../server/test/factories.ts';
import { openBrowserSession, type BrowserSession } from './browser.ts';

/**
 * 体征监测 in the console: residents declare at a community's checkpoints (some with a fever),
 * a street officer sees the day's count and the trend chart, finds the warnings on 预警 and
 * verifies one, and prints the community's posters (one A4 page per checkpoint, QR codes loaded).
 */
const COMMUNITY = '371502001001';
const FEVER_NAME = '郑秋高热';
let s: BrowserSession;
let expectedToday: number;
let openCheckpoints: number;

function declaration(token: string, overrides: Partial<DeclarationSubmit>): DeclarationSubmit {
  return {
    token, id: crypto.randomUUID(), name: '居民甲', phone: newPhone(), direction: 'in',
    temperature: 36.5, symptoms: [], keyAreaTravel: false, caseContact: false, ...overrides,
  };
}

beforeAll(async () => {
  s = await openBrowserSession();
  const staff = s.ctx.as('street_staff');
  const page = (await staff({ url: `/api/checkpoints?region=${COMMUNITY}&limit=200` })).json() as { items: CheckpointView[] };
  const open = page.items.filter((c) => c.active);
  expect(open.length, 'the demo gives every community checkpoints').toBeGreaterThan(0);
  openCheckpoints = open.length;
  const bodies = [
    ...['陈一', '林二', '黄三', '周四', '吴五', '徐六'].map((name, i) => declaration(open[i % open.length]!.token, { name, direction: i % 2 ? 'out' : 'in', temperature: 36.2 + i / 10 })),
    declaration(open[0]!.token, { name: FEVER_NAME, temperature: 38.7, symptoms: ['fever', 'dry_cough'] }),
    declaration(open[0]!.token, { name: '孙低热', temperature: 37.5, symptoms: ['fatigue'] }),
    declaration(open[open.length - 1]!.token, { name: '钱咳嗽', temperature: 36.6, symptoms: ['dry_cough', 'sore_throat'] }),
  ];
  for (const body of bodies) {
    const answer = await s.ctx.app.inject({ method: 'POST', url: '/api/public/declarations', payload: body });
    expect(answer.statusCode, answer.body).toBe(201);
  }
  const today = chinaDate(new Date());
  const daily = (await staff({ url: `/api/declarations/daily?from=${today}&to=${today}` })).json() as DeclarationDaily;
  expectedToday = daily.days[0]!.declarations;
  expect(expectedToday).toBeGreaterThanOrEqual(bodies.length);
  await s.login('street_staff');
});
afterAll(() => s?.close());

describe('体征监测 in the console', () => {
  it('the overview counts today\'s declarations and draws the trend chart', async () => {
    const { page } = s;
    await page.getByTestId('nav-vital-signs').click();
    await page.waitForURL(/\/vital-signs$/);
    // Rules are for city administrators only: a street officer is not offered them.
    expect(await page.getByTestId('nav-rules').count()).toBe(0);
    const stat = page.getByTestId('vital-stat-declarations');
    await expect.poll(() => stat.getAttribute('data-value')).toBe(String(expectedToday));
    expect(await stat.textContent()).toContain('今日申报人次');
    await page.locator('[data-testid="vital-chart"] canvas').first().waitFor();
    await expect.poll(async () => Number(await page.getByTestId('vital-stat-warnings').getAttribute('data-value'))).toBeGreaterThanOrEqual(3);
    await s.screenshot('vital-01-overview');
  });

  it('预警 lists the warnings, overdue first, and one is verified from its drawer', async () => {
    const { page } = s;
    await page.getByTestId('nav-warnings').click();
    await page.waitForURL(/\/warnings$/);
    const rows = page.locator('[data-testid="warning-row"]');
    await rows.first().waitFor();
    // Names are masked for staff: 郑秋高热 shows as 郑**热.
    const row = rows.filter({ hasText: '郑**热' });
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.textContent()).toContain('38.7');
    await s.screenshot('vital-02-warnings');

    await row.click();
    await page.getByTestId('warning-facts').waitFor();
    await page.getByTestId('warning-verify-outcome').getByText('转诊发热门诊').click();
    await page.getByTestId('warning-verify-note').fill('已电话联系，陪同前往发热门诊');
    await page.getByTestId('warning-verify-submit').click();
    await page.getByTestId('warning-verification').waitFor();
    expect(await page.getByTestId('warning-verification').textContent()).toContain('转诊发热门诊');
    await s.screenshot('vital-03-warning-verified');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('warnings-count-verified').getAttribute('data-value')).toBe('1');
  });

  it('a community\'s poster sheet prints one A4 page per open checkpoint, each with its QR code', async () => {
    const { page } = s;
    await page.getByTestId('nav-checkpoints').click();
    await page.getByTestId('checkpoints-table').waitFor();
    const row = page.locator('[data-testid="checkpoint-row"]').first();
    await row.waitFor();
    await row.getByTestId('community-poster-link').click();
    await page.waitForURL(new RegExp(`/checkpoints/poster\\?community=${COMMUNITY}$`));
    const posters = page.getByTestId('poster-page');
    await expect.poll(() => posters.count()).toBe(openCheckpoints);
    expect(await posters.first().textContent()).toContain('疫情防控 健康申报');
    await expect.poll(() => page.getByTestId('poster-qr').evaluateAll((imgs) => imgs.every((i) => (i as HTMLImageElement).complete && (i as HTMLImageElement).naturalWidth > 0))).toBe(true);
    await s.screenshot('vital-04-poster-sheet');

    // Printed: the console's chrome is gone and each poster is exactly one A4 page.
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
    expect(pages.length).toBe(openCheckpoints);
  });
});
