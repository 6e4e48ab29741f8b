import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GRID_A, newIdNumber, newPhone } from '../server/test/factories.ts';
import { openBrowserSession, type BrowserSession } from './browser.ts';

/**
 * The console's household register import: a street's staff member downloads the template,
 * uploads a register with a bad ID number (refused row by row, nothing stored), then a valid
 * one, and finds the new households in the list. A role without `field.import` sees neither action.
 */
const HEADERS = ['户号', '地址', '网格编码', '经度', '纬度', '坐标系', '姓名', '身份证号', '手机号', '性别', '出生日期', '与户主关系'];
const BAD_ID = '110105194912310021';
/** Addresses no other test uses, so "nothing stored" and "now listed" are about these files only. */
const tag = crypto.randomBytes(3).toString('hex').toUpperCase();
const BAD_ADDRESS = `光岳路登记表${tag}-甲号`;
const ADDRESS_1 = `光岳路登记表${tag}-1号`;
const ADDRESS_2 = `光岳路登记表${tag}-2号`;

let s: BrowserSession;
let dir: string;
let invalidFile: string;
let validFile: string;

async function writeWorkbook(file: string, rows: (string | number | null)[][]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('登记表');
  sheet.addRow(HEADERS);
  for (const r of rows) sheet.addRow(r);
  await wb.xlsx.writeFile(file);
}

async function storedAt(addresses: string[]): Promise<{ households: number; persons: number }> {
  const db = s.ctx.database.db;
  const households = await db.selectFrom('households').select('id').where('address', 'in', addresses).execute();
  if (households.length === 0) return { households: 0, persons: 0 };
  const persons = await db.selectFrom('persons').select('id').where('household_id', 'in', households.map((h) => h.id)).execute();
  return { households: households.length, persons: persons.length };
}

async function totals(): Promise<number[]> {
  const db = s.ctx.database.db;
  return Promise.all((['households', 'persons'] as const).map(async (table) =>
    Number((await db.selectFrom(table).select(db.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n)));
}

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'epigrid-register-'));
  invalidFile = path.join(dir, '住户登记表-有误.xlsx');
  validFile = path.join(dir, '住户登记表.xlsx');
  await writeWorkbook(invalidFile, [
    ['X1', BAD_ADDRESS, GRID_A, null, null, null, '赵建国', newIdNumber('19700101'), newPhone(), null, null, '户主'],
    ['X1', BAD_ADDRESS, GRID_A, null, null, null, '钱秀英', BAD_ID, null, null, null, '配偶'],
  ]);
  await writeWorkbook(validFile, [
    ['A1', ADDRESS_1, GRID_A, null, null, null, '孙立新', newIdNumber('19750315'), newPhone(), null, null, '户主'],
    // Sex and birth date may be left empty when the ID number gives them.
    ['A1', ADDRESS_1, GRID_A, null, null, null, '李慧芳', newIdNumber('19780820'), null, null, null, '配偶'],
    ['A2', ADDRESS_2, GRID_A, null, null, null, '周文博', null, null, '男', '1990-05-05', '户主'],
  ]);
  s = await openBrowserSession();
});
afterAll(async () => {
  await s?.close();
  if (dir) await fs.rm(dir, { recursive: true, force: true });
});

describe('household register import in the console', () => {
  it('street staff download the template from the households page', async () => {
    await s.login('street_staff');
    await s.page.getByTestId('nav-households').click();
    await s.page.waitForURL(/\/households$/);
    await s.page.getByTestId('households-table').waitFor();
    const [download] = await Promise.all([s.page.waitForEvent('download'), s.page.getByTestId('register-template').click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const saved = path.join(dir, 'template.xlsx');
    await download.saveAs(saved);
    const template = new ExcelJS.Workbook();
    await template.xlsx.readFile(saved);
    const headers = (template.worksheets[0]!.getRow(1).values as unknown[]).filter((v) => v !== undefined && v !== null);
    expect(headers).toEqual(HEADERS);
    await s.screenshot('register-01-households-actions');
  });

  it('refuses a register with a bad ID number row by row and stores nothing', async () => {
    await s.page.getByTestId('register-import').click();
    const submit = s.page.getByTestId('register-submit');
    await submit.waitFor();
    expect(await submit.isDisabled()).toBe(true);
    // The format, column by column, as the template's note sheet has it.
    await s.page.getByText('各列填写说明').click();
    await s.page.locator('.register-columns tbody tr').last().waitFor();
    await expect.poll(() => s.page.locator('.register-columns [class*="motion"]').count()).toBe(0);
    expect(await s.page.locator('.register-columns tbody tr').count()).toBe(12);
    await s.screenshot('register-02-format');
    await s.page.getByText('各列填写说明').click();
    await s.page.getByTestId('register-file').locator('input[type="file"]').setInputFiles(invalidFile);
    await expect.poll(() => s.page.getByTestId('register-file').textContent()).toContain('住户登记表-有误.xlsx');
    const before = await totals();
    await submit.click();

    const errors = s.page.getByTestId('register-errors');
    await errors.waitFor();
    expect(await s.page.getByTestId('register-failed').textContent()).toContain('登记表有误，未导入任何内容');
    const rows = errors.locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(1);
    const cells = await rows.first().locator('td').allTextContents();
    expect(cells).toEqual(['3', '身份证号', '身份证号校验位不正确']);
    await s.screenshot('register-03-invalid-file');

    // All or nothing: not even the valid first row was stored.
    expect(await storedAt([BAD_ADDRESS])).toEqual({ households: 0, persons: 0 });
    expect(await totals()).toEqual(before);
  });

  it('imports a valid register and lists the new households', async () => {
    await s.page.getByTestId('register-file').locator('input[type="file"]').setInputFiles(validFile);
    // Choosing another file clears the previous refusal.
    await expect.poll(() => s.page.getByTestId('register-errors').count()).toBe(0);
    await s.page.getByTestId('register-submit').click();
    const result = s.page.getByTestId('register-result');
    await result.waitFor();
    expect(await result.textContent()).toContain('导入成功：新增 2 户、3 人');
    expect(await s.page.getByTestId('register-submit').isDisabled()).toBe(true);
    await s.screenshot('register-04-imported');
    expect(await storedAt([ADDRESS_1, ADDRESS_2])).toEqual({ households: 2, persons: 3 });

    await s.page.getByRole('button', { name: '关闭' }).last().click();
    await s.page.getByTestId('register-submit').waitFor({ state: 'detached' });
    // The list was refreshed without reloading the page.
    await expect.poll(() => s.page.getByTestId('households-table').textContent()).toContain(ADDRESS_1);
    expect(await s.page.getByTestId('households-table').textContent()).toContain(ADDRESS_2);
    await s.screenshot('register-05-households-listed');
  });

  it('a role without field.import sees neither action', async () => {
    await s.page.getByTestId('logout').click();
    await s.page.waitForURL(/\/login/);
    await s.login('health');
    await s.page.goto(`${s.baseUrl}/households`);
    await s.page.getByTestId('households-table').waitFor();
    expect(await s.page.getByTestId('register-import').count()).toBe(0);
    expect(await s.page.getByTestId('register-template').count()).toBe(0);
  });
});
