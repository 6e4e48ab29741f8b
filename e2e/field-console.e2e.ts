import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, chinaDate } from '../common/time.ts';
import { createHousehold, createPerson, GRID_A, newIdNumber, newPhone } from '../server/test/factories.ts';
import { openBrowserSession, type BrowserSession } from './browser.ts';

/**
 * The console's field-work pages: a health officer finds a person (masked), reveals the full
 * ID number with a reason (audited), and filters the arrivals from Wuhan still under observation.
 */
let s: BrowserSession;
const idNumber = newIdNumber('19880305');
const phone = newPhone();
let personId: string;

beforeAll(async () => {
  s = await openBrowserSession();
  const household = await createHousehold(s.ctx, 'grid_worker', GRID_A);
  const person = await createPerson(s.ctx, 'grid_worker', household.id, { name: '欧阳明远', idNumber, phone });
  personId = person.id;
  const arrival = await s.ctx.as('grid_worker')({
    method: 'POST',
    url: '/api/movements',
    payload: {
      id: crypto.randomUUID(), personId, direction: 'arrival', category: 'wuhan',
      leftOn: addDays(chinaDate(new Date()), -3), arrivedOn: addDays(chinaDate(new Date()), -2), transport: 'train', healthStatus: 'normal',
    },
  });
  expect(arrival.statusCode).toBe(201);
});
afterAll(() => s?.close());

describe('field work in the console', () => {
  it('a health officer finds a person by exact ID number, masked', async () => {
    await s.login('health');
    await s.page.getByTestId('nav-persons').click();
    await s.page.waitForURL(/\/persons$/);
    await s.page.getByTestId('persons-id-filter').fill(idNumber);
    await s.page.getByTestId('persons-search').click();
    const rows = s.page.getByTestId('person-row');
    await expect.poll(() => rows.count()).toBe(1);
    const row = await rows.first().textContent();
    expect(row).toContain('欧**远');
    expect(row).not.toContain('欧阳明远');
    expect(row).toContain(`${idNumber.slice(0, 4)}*************${idNumber.slice(-1)}`);
    expect(row).not.toContain(idNumber);
    // The age, not the birth date: beside the masked number the date would give it away.
    expect(row).toContain(`${Number(chinaDate(new Date()).slice(0, 4)) - 1988}岁`);
    expect(row).not.toContain('1988-03-05');
    await s.screenshot('field-01-persons-search');
  });

  it('reveals the full numbers on the detail page with a reason, audited, and hides them again', async () => {
    await s.page.getByTestId('person-row').first().click();
    await s.page.waitForURL(new RegExp(`/persons/${personId}$`));
    await expect.poll(() => s.page.getByTestId('person-full-name').textContent()).toBe('欧阳明远');
    expect(await s.page.getByTestId('person-id-number').textContent()).not.toBe(idNumber);

    await s.page.getByTestId('reveal-button').click();
    await s.page.getByTestId('reveal-submit').click();
    // No reason, no request: the form says what is missing.
    await expect.poll(() => s.page.locator('.ant-form-item-explain-error').textContent()).toBe('请填写查看事由');
    await s.page.getByTestId('reveal-reason').fill('流调核实');
    await s.page.getByTestId('reveal-submit').click();
    await expect.poll(() => s.page.getByTestId('person-id-number').textContent()).toBe(idNumber);
    expect(await s.page.getByTestId('person-phone').textContent()).toBe(phone);
    expect(await s.page.getByTestId('person-birth').textContent()).toBe('1988-03-05');
    expect(await s.page.getByTestId('reveal-note').textContent()).toContain('本次查看已记入审计日志');
    await s.screenshot('field-02-person-revealed');

    const audit = await s.ctx.database.db.selectFrom('audit_log').selectAll()
      .where('action', '=', 'pii.reveal').where('target_id', '=', personId).execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actor_username).toBe('health');
    expect(audit[0]!.detail).toMatchObject({ reason: '流调核实' });

    // Leaving the page forgets the numbers: back on it, they are masked again.
    await s.page.getByTestId('person-back').click();
    await s.page.waitForURL(/\/persons$/);
    await s.page.getByTestId('person-row').first().click();
    await s.page.waitForURL(new RegExp(`/persons/${personId}$`));
    await expect.poll(() => s.page.getByTestId('person-id-number').textContent()).toContain('**********');
    expect(await s.page.getByTestId('reveal-note').count()).toBe(0);
  });

  it('lists the arrival from Wuhan under observation', async () => {
    await s.page.getByTestId('nav-movements').click();
    await s.page.waitForURL(/\/movements$/);
    await s.page.getByTestId('movements-category-filter').click();
    await s.page.locator('.ant-select-item-option[title="武汉"]').click();
    const rows = s.page.getByTestId('movement-row');
    await expect.poll(() => rows.count()).toBe(1);
    const row = rows.first();
    expect(await row.getByTestId('movement-person').textContent()).toBe('欧**远');
    expect(await row.getByTestId('movement-category').textContent()).toBe('武汉');
    expect(await row.getByTestId('in-observation').textContent()).toContain('观察中');
    expect(await s.page.getByTestId('movements-export').count()).toBe(1);
    await s.screenshot('field-03-movements-wuhan');
  });
});
