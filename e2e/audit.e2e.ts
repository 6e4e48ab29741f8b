import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, chinaDate } from '../common/time.ts';
import { GRID_A } from '../server/test/factories.ts';
import { openBrowserSession, type BrowserSession } from './browser.ts';

/** The audit log page names record changes in Chinese and shows what changed, masked. */
let s: BrowserSession;
beforeAll(async () => {
  s = await openBrowserSession();
});
afterAll(() => s?.close());

describe('audit log page', () => {
  it('reads a case entered and changed as 录入病例 / 变更病例状态 with 疑似 → 确诊, and the name masked', async () => {
    const today = chinaDate(new Date());
    const send = s.ctx.as('district_health');
    const entered = await send({
      method: 'POST', url: '/api/cases',
      payload: { id: crypto.randomUUID(), person: { name: '司马审计', gridCode: GRID_A }, status: 'suspected', statusOn: addDays(today, -2), source: '市卫健委通报' },
    });
    expect(entered.statusCode, entered.body).toBe(201);
    const changed = await send({
      method: 'POST', url: `/api/cases/${entered.json().case.id}/changes`,
      payload: { id: crypto.randomUUID(), toStatus: 'confirmed', changedOn: today, source: '定点医院报告' },
    });
    expect(changed.statusCode, changed.body).toBe(201);

    await s.login('admin');
    await s.page.goto(`${s.baseUrl}/audit`);
    const table = s.page.getByTestId('audit-table');
    await expect.poll(() => table.textContent()).toContain('变更病例状态');
    const text = (await table.textContent())!;
    expect(text).toContain('录入病例');
    expect(text).toContain('登记人员');
    expect(text).toContain('状态：疑似 → 确诊');
    expect(text).toContain('姓名：司**计');
    expect(text).not.toContain('司马审计');
    await s.screenshot('audit-record-changes');
  });
});
