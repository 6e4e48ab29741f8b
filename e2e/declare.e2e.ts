import zlib from 'node:zlib';
import type { Page, Request, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckpointView } from '../common/contracts/declarations.ts';
import { newPhone } from '../server/test/factories.ts';
import { openBrowserSession, type BrowserSession } from './browser.ts';

/**
 * The residents' declaration page on a phone: open a poster's URL without any session,
 * declare, show the guard the pass/stop screen; the device remembers only the resident's own
 * details; a lost answer is retried with the same id; a rotated or closed poster says so.
 */
let s: BrowserSession;
let south: CheckpointView;
let north: CheckpointView;
const me = { name: '王芳', phone: newPhone() };
const STORAGE_KEY = 'epigrid.declare.me';
const scriptErrors: string[] = [];

beforeAll(async () => {
  s = await openBrowserSession({ phone: true });
  const list = (await s.ctx.as('community_staff')({ url: '/api/checkpoints' })).json() as { items: CheckpointView[] };
  south = list.items.find((c) => c.name === '古城社区南门')!;
  north = list.items.find((c) => c.name === '古城社区北门')!;
  expect(south && north).toBeTruthy();
  s.page.on('pageerror', (error) => scriptErrors.push(error.message));
});
afterAll(() => s?.close());

const posterUrl = (token: string) => `${s.baseUrl}/d/${token}`;
const testId = (id: string) => s.page.getByTestId(id);
const stored = () => s.page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);

interface Answers {
  name?: string;
  phone?: string;
  direction?: 'in' | 'out';
  temperature?: string;
  symptoms?: string[];
  keyAreaTravel?: boolean;
  caseContact?: boolean;
}

async function fill(page: Page, a: Answers): Promise<void> {
  if (a.name !== undefined) await page.getByTestId('in-name').fill(a.name);
  if (a.phone !== undefined) await page.getByTestId('in-phone').fill(a.phone);
  await page.getByTestId(`direction-${a.direction ?? 'in'}`).click();
  await page.getByTestId('in-temperature').fill(a.temperature ?? '36.5');
  for (const symptom of a.symptoms ?? ['none']) await page.getByTestId(`symptoms-${symptom}`).click();
  await page.getByTestId(`keyAreaTravel-${a.keyAreaTravel ? 'yes' : 'no'}`).click();
  await page.getByTestId(`caseContact-${a.caseContact ? 'yes' : 'no'}`).click();
}

async function openPoster(token: string): Promise<void> {
  await s.page.goto(posterUrl(token));
  await testId('cp-name').waitFor();
}

const declarationsAtSouth = async () => Number((await s.ctx.database.db.selectFrom('declarations')
  .select(s.ctx.database.db.fn.countAll<number>().as('n')).where('checkpoint_id', '=', south.id).executeTakeFirstOrThrow()).n);

describe('the public declaration page', () => {
  it('opens from the poster without a session, names the community and checkpoint, and loads only a few KB', async () => {
    const assets: Response[] = [];
    const collect = (response: Response) => {
      if (['script', 'stylesheet'].includes(response.request().resourceType())) assets.push(response);
    };
    s.page.on('response', collect);
    await openPoster(south.token);
    s.page.off('response', collect);
    expect(await testId('cp-name').textContent()).toBe('古城社区南门');
    // No framework, no console or field code: the page's own scripts and CSS, well under the 100 KB budget.
    const urls = assets.map((r) => new URL(r.url()).pathname);
    expect(urls.filter((u) => /framework|console|field|antd|react/.test(u))).toEqual([]);
    const gzipped = (await Promise.all(assets.map(async (r) => zlib.gzipSync(await r.body()).length))).reduce((a, b) => a + b, 0);
    expect(gzipped).toBeLessThan(30 * 1024);
    expect(await testId('cp-community').textContent()).toContain('古城社区居委会');
    expect(await s.context.cookies()).toEqual([]);
    await s.screenshot('declare-01-form');
  });

  it('checks the fields on the phone with the shared rules, and sends nothing until they are right', async () => {
    const before = await declarationsAtSouth();
    await testId('submit').click();
    await expect.poll(() => testId('err-name').textContent()).toBe('请填写姓名');
    expect(await testId('err-phone').textContent()).toBe('请填写手机号');
    expect(await testId('err-symptoms').textContent()).toContain('没有请选“无”');
    await fill(s.page, { name: me.name, phone: '1380013', temperature: '43' });
    await testId('in-idNumber').fill('110105194912310021');
    await testId('submit').click();
    await expect.poll(() => testId('err-phone').textContent()).toBe('请输入11位大陆手机号（仅数字，可加+86，不含空格或横线）');
    expect(await testId('err-idNumber').textContent()).toBe('身份证号校验位不正确');
    expect(await testId('err-temperature').textContent()).toBe('体温应在 35.0–42.0 °C 之间');
    expect(await testId('err-name').isVisible()).toBe(false);
    await s.screenshot('declare-02-field-errors');
    expect(await declarationsAtSouth()).toBe(before);
  });

  it('refuses a name with a control or direction character, and a phone with spaces, in Chinese; nothing is sent', async () => {
    await openPoster(south.token);
    const before = await declarationsAtSouth();
    await fill(s.page, { name: '王芳\u0007', phone: '138 0013 8000' });
    await testId('submit').click();
    await expect.poll(() => testId('err-name').textContent()).toBe('不能包含换行、制表符等控制字符');
    expect(await testId('err-phone').textContent()).toBe('请输入11位大陆手机号（仅数字，可加+86，不含空格或横线）');
    await s.screenshot('declare-02b-text-rule');
    await testId('in-name').fill('\u202E芳王');
    await testId('submit').click();
    await expect.poll(() => testId('err-name').textContent()).toBe('不能包含文字方向控制符');
    await testId('in-name').fill('\u200B\u200B');
    await testId('submit').click();
    await expect.poll(() => testId('err-name').textContent()).toBe('不能只包含空白或不可见字符');
    expect(await declarationsAtSouth()).toBe(before);
  });

  it('a fever with a dry cough gets the stop screen, and a warning for the checkpoint\'s grid', async () => {
    await openPoster(south.token);
    await fill(s.page, { name: me.name, phone: me.phone, temperature: '38.2', symptoms: ['dry_cough'] });
    await testId('remember').click();
    const sent = s.page.waitForRequest('**/api/public/declarations');
    await testId('submit').click();
    const { id } = (await sent).postDataJSON() as { id: string };
    await testId('result').waitFor();
    expect(await testId('result').getAttribute('data-result')).toBe('stop');
    const text = await testId('result').textContent();
    expect(text).toContain('请稍候');
    expect(text).toContain('工作人员将为您测温核实');
    expect(await testId('result-checkpoint').textContent()).toContain('古城社区南门');
    expect(await testId('result-name').textContent()).toBe('王*');
    expect(await testId('result-time').textContent()).toMatch(/^\d{2}:\d{2}:\d{2}\d{4}-\d{2}-\d{2}$/);
    // Nothing personal beyond the masked name: not the full name, the number or the temperature.
    expect(text).not.toContain(me.name);
    expect(text).not.toContain(me.phone);
    expect(text).not.toContain('38.2');
    await s.screenshot('declare-03-stop');

    const declaration = await s.ctx.database.db.selectFrom('declarations').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(declaration).toMatchObject({ checkpoint_id: south.id, grid_code: south.grid.code, result: 'stop', symptoms: ['dry_cough'] });
    expect(Number(declaration.temperature)).toBe(38.2);
    const warning = await s.ctx.database.db.selectFrom('warnings').selectAll()
      .where('id', '=', declaration.warning_id!).where('checkpoint_id', '=', south.id).where('grid_code', '=', south.grid.code).executeTakeFirstOrThrow();
    expect(warning).toMatchObject({ status: 'open', name: me.name, last_declaration_id: id });
    expect([...warning.reasons]).toEqual(expect.arrayContaining(['temperature', 'symptom']));
    // The resident asked to be remembered: their own details, and nothing else.
    expect(JSON.parse((await stored())!)).toEqual({ name: me.name, phone: me.phone, idNumber: '' });
  });

  it('declares for a family member on a fresh form: nothing prefilled, nothing remembered, a pass', async () => {
    await testId('for-family').click();
    await testId('family-note').waitFor();
    expect(await testId('in-name').inputValue()).toBe('');
    expect(await testId('in-phone').inputValue()).toBe('');
    expect(await testId('remember').count()).toBe(0);
    await fill(s.page, { name: '王小明', phone: newPhone(), direction: 'out', temperature: '36.4' });
    await testId('submit').click();
    await testId('result').waitFor();
    expect(await testId('result').getAttribute('data-result')).toBe('pass');
    expect(await testId('result').textContent()).toContain('通行');
    expect(await testId('result-name').textContent()).toBe('王*明');
    expect(await testId('result-checkpoint').textContent()).toContain('外出');
    await s.screenshot('declare-04-pass');
    expect(JSON.parse((await stored())!)).toEqual({ name: me.name, phone: me.phone, idNumber: '' });
  });

  it('the next scan starts with the resident\'s own details, and 清除 forgets them', async () => {
    await openPoster(north.token);
    expect(await testId('in-name').inputValue()).toBe(me.name);
    expect(await testId('in-phone').inputValue()).toBe(me.phone);
    await testId('forget').click();
    expect(await testId('in-name').inputValue()).toBe('');
    expect(await stored()).toBeNull();
  });

  it('a lost answer is retried with the same id, automatically and then by the retry button, and stored once', async () => {
    await openPoster(south.token);
    const phone = newPhone();
    await fill(s.page, { name: '赵六', phone, temperature: '36.6' });
    const ids: string[] = [];
    const idOf = (request: Request) => (request.postDataJSON() as { id: string }).id;
    // The first request reaches the server and is stored, but its answer is lost; the retries fail outright.
    await s.page.route('**/api/public/declarations', async (route) => {
      ids.push(idOf(route.request()));
      if (ids.length === 1) await route.fetch();
      await route.abort('internetdisconnected');
    });
    await testId('submit').click();
    await expect.poll(() => testId('retry').isVisible(), { timeout: 30_000 }).toBe(true);
    expect(ids).toHaveLength(3);
    expect(await testId('failure').textContent()).toContain('网络不佳');
    await s.screenshot('declare-05-network-failed');
    // The lost first try was stored.
    const storedBefore = await s.ctx.database.db.selectFrom('declarations').select('id').where('id', '=', ids[0]!).execute();
    expect(storedBefore).toHaveLength(1);

    await s.page.unroute('**/api/public/declarations');
    const answered = s.page.waitForRequest('**/api/public/declarations');
    await testId('retry').click();
    ids.push(idOf(await answered));
    await testId('result').waitFor();
    expect(await testId('result').getAttribute('data-result')).toBe('pass');
    expect(new Set(ids).size).toBe(1);
    const rows = await s.ctx.database.db.selectFrom('declarations').select(['id', 'result']).where('id', '=', ids[0]!).execute();
    expect(rows).toEqual([{ id: ids[0], result: 'pass' }]);
  });

  it('after the token is rotated, the old poster says it was replaced and the new one works', async () => {
    const rotated = await s.ctx.as('community_staff')({ method: 'POST', url: `/api/checkpoints/${south.id}/rotate-token` });
    expect(rotated.statusCode).toBe(200);
    const fresh = rotated.json() as CheckpointView;
    expect(fresh.token).not.toBe(south.token);

    await s.page.goto(posterUrl(south.token));
    await testId('blocked').waitFor();
    expect(await testId('blocked').getAttribute('data-code')).toBe('TOKEN_ROTATED');
    expect(await testId('blocked').textContent()).toContain('二维码已更换');
    expect(await testId('blocked').textContent()).toContain('请扫描卡点张贴的新二维码');
    expect(await s.page.locator('form').count()).toBe(0);
    await s.screenshot('declare-06-rotated');

    await openPoster(fresh.token);
    expect(await testId('cp-name').textContent()).toBe('古城社区南门');
  });

  it('an unknown token and a closed checkpoint get a clear message and no form', async () => {
    await s.page.goto(posterUrl('AAAAAAAAAAAAAAAAAAAAAAAA'));
    await testId('blocked').waitFor();
    expect(await testId('blocked').getAttribute('data-code')).toBe('TOKEN_UNKNOWN');
    expect(await testId('blocked').textContent()).toContain('二维码无效');
    await s.screenshot('declare-07-unknown');

    const closed = await s.ctx.as('community_staff')({ method: 'PATCH', url: `/api/checkpoints/${north.id}`, payload: { active: false } });
    expect(closed.statusCode).toBe(200);
    await s.page.goto(posterUrl(north.token));
    await testId('blocked').waitFor();
    expect(await testId('blocked').getAttribute('data-code')).toBe('CHECKPOINT_CLOSED');
    expect(await testId('blocked').textContent()).toContain('该卡点已停用');
    expect(await s.page.locator('form').count()).toBe(0);
  });

  it('ran without a script error', () => {
    expect(scriptErrors).toEqual([]);
  });
});
