import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GRID_A, newIdNumber, newPhone, pointInGrid } from '../../test/factories.ts';
import { createTestContext, type TestContext } from '../../test/harness.ts';
import { multipartBody } from '../../test/multipart.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

const HEADERS = ['户号', '地址', '网格编码', '经度', '纬度', '坐标系', '姓名', '身份证号', '手机号', '性别', '出生日期', '与户主关系'];

async function workbook(rows: (string | number | null)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('登记表');
  sheet.addRow(HEADERS);
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const upload = (as: string, data: Buffer) =>
  ctx.as(as)({ method: 'POST', url: '/api/households/import', ...multipartBody([{ name: 'file', filename: 'register.xlsx', type: 'application/octet-stream', data }]) });

const counts = async () => Promise.all((['households', 'persons'] as const).map(async (t) => Number((await ctx.database.db.selectFrom(t).select(ctx.database.db.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n)));

describe('household register import', () => {
  it('imports households and their members by grid code or by coordinates', async () => {
    const point = await pointInGrid(ctx, GRID_A);
    const file = await workbook([
      ['A1', '光岳路1号', GRID_A, null, null, null, '张三', newIdNumber('19800101'), newPhone(), null, null, '户主'],
      ['A1', '光岳路1号', GRID_A, null, null, null, '李梅', newIdNumber('19820202'), null, '女', null, '配偶'],
      ['A2', '光岳路2号', null, point.lon, point.lat, 'WGS84', '王五', null, null, '男', '1990-05-05', 'head'],
    ]);
    const res = await upload('street_staff', file);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ households: 2, persons: 3 });
    const list = (await ctx.as('street_staff')({ url: '/api/households?q=光岳路' })).json();
    expect(list.items.map((h: { memberCount: number }) => h.memberCount).sort()).toEqual([1, 2]);
    const audit = await ctx.database.db.selectFrom('audit_log').select('detail').where('action', '=', 'import.households').execute();
    expect(audit[0]!.detail).toEqual({ households: 2, persons: 3 });
  });

  it('reports every bad row and stores nothing', async () => {
    const before = await counts();
    const good = newIdNumber('19700101');
    const wrongCheck = good.slice(0, 17) + (good[17] === '1' ? '2' : '1');
    const dup = newIdNumber('19600101');
    const file = await workbook([
      ['B1', '东关街1号', GRID_A, null, null, null, '合格', newIdNumber('19700303'), null, null, null, '户主'],
      ['B2', '东关街2号', GRID_A, null, null, null, '校验错', wrongCheck, null, null, null, '户主'],
      ['B3', '东关街3号', GRID_A, null, null, null, null, null, '123', null, null, '舅舅'],
      ['B4', '东关街4号', null, null, null, null, '无位置', null, null, null, null, null],
      ['B5', '东关街5号', GRID_A, null, null, null, '重复甲', dup, null, null, null, null],
      ['B5', '东关街5号', GRID_A, null, null, null, '重复乙', dup, null, null, null, null],
      ['B6', '临清某村', '371581001001001', null, null, null, '越权', null, null, null, null, null],
    ]);
    const res = await upload('street_staff', file);
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('INVALID_REGISTER');
    const problems = res.json().rows.map((r: { row: number; column: string; problem: string }) => `${r.row}:${r.column}:${r.problem}`);
    expect(problems).toEqual([
      '3:身份证号:ID_NUMBER_CHECKSUM', '4:与户主关系:UNKNOWN_VALUE', '4:姓名:REQUIRED', '4:手机号:PHONE_INVALID',
      '5:网格编码:PLACE_REQUIRED', '7:身份证号:DUPLICATE_IN_FILE', '8:网格编码:OUT_OF_SCOPE',
    ]);
    expect(res.json().rows[0].message).toMatch(/[\u4e00-\u9fa5]/);
    expect(await counts()).toEqual(before);
  });

  it('refuses grids outside the importer\'s region, row by row', async () => {
    const before = await counts();
    const res = await upload('street_staff', await workbook([['C1', '临清某村', '371581001001001', null, null, null, '越权', null, null, null, null, null]]));
    expect(res.statusCode).toBe(422);
    expect(res.json().rows).toEqual([expect.objectContaining({ row: 2, column: '网格编码', problem: 'OUT_OF_SCOPE' })]);
    expect(await counts()).toEqual(before);
  });

  it('refuses a file that is not a workbook or lacks columns, and people who are already registered', async () => {
    const notXlsx = await upload('street_staff', Buffer.from('name,id\n张三,1'));
    expect(notXlsx.statusCode).toBe(422);
    expect(notXlsx.json().rows[0].problem).toBe('NOT_A_WORKBOOK');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('x').addRow(['户号', '姓名']);
    const missing = await upload('street_staff', Buffer.from(await wb.xlsx.writeBuffer()));
    expect(missing.json().rows[0]).toMatchObject({ problem: 'MISSING_COLUMN' });
    expect(missing.json().rows[0].message).toContain('地址');
    const id = newIdNumber('19550505');
    expect((await upload('street_staff', await workbook([['D1', '西关街1号', GRID_A, null, null, null, '先到', id, null, null, null, null]]))).statusCode).toBe(200);
    const again = await upload('street_staff', await workbook([['D2', '西关街2号', GRID_A, null, null, null, '后到', id, null, null, null, null]]));
    expect(again.json().rows).toEqual([expect.objectContaining({ row: 2, problem: 'PERSON_EXISTS' })]);
    expect((await upload('grid_worker', await workbook([]))).statusCode).toBe(403);
  });

  it('offers a template that imports as it is', async () => {
    const res = await ctx.as('street_staff')({ url: '/api/households/import/template' });
    expect(res.statusCode).toBe(200);
    const imported = await upload('street_staff', res.rawPayload);
    expect(imported.statusCode, imported.body).toBe(200);
    expect(imported.json()).toEqual({ households: 1, persons: 2 });
  });
});
