import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, chinaDate } from '../../../common/time.ts';
import { createHousehold, createPerson, GRID_A, GRID_B, newIdNumber, newPhone, pointInGrid } from '../../test/factories.ts';
import { createTestContext, type TestContext } from '../../test/harness.ts';
import { multipartBody } from '../../test/multipart.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

const HEADERS = ['姓名', '身份证号', '手机号', '网格编码', '经度', '纬度', '坐标系', '状态', '日期', '信息来源', '备注'];
const today = chinaDate(new Date());

async function workbook(rows: (string | number | null)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('病例');
  sheet.addRow(HEADERS);
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const upload = (as: string, data: Buffer) =>
  ctx.as(as)({ method: 'POST', url: '/api/cases/import', ...multipartBody([{ name: 'file', filename: 'cases.xlsx', type: 'application/octet-stream', data }]) });

const counts = async () => Promise.all((['cases', 'case_changes', 'persons', 'daily_counts'] as const).map(async (t) =>
  Number((await ctx.database.db.selectFrom(t).select(ctx.database.db.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n)));

describe('case register import', () => {
  it('stores every row of a good file: new people by grid or coordinates, a known ID number as that person', async () => {
    const household = await createHousehold(ctx, 'grid_worker', GRID_A);
    const knownId = newIdNumber('19580808');
    const known = await createPerson(ctx, 'grid_worker', household.id, { name: '钱守义', idNumber: knownId });
    const point = await pointInGrid(ctx, GRID_B);
    const before = await counts();
    const file = await workbook([
      ['冯春生', newIdNumber('19800101'), newPhone(), GRID_A, null, null, null, '确诊', addDays(today, -3), '市卫健委通报', '外地返聊'],
      ['陈晓', null, null, null, point.lon, point.lat, 'WGS84', '疑似', addDays(today, -1).replaceAll('-', '/'), '发热门诊报告', null],
      ['钱守义', knownId, null, GRID_A, null, null, null, 'suspected', today, '密接排查', null],
    ]);
    const res = await upload('district_health', file);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ cases: 3, newPersons: 2 });
    const after = await counts();
    expect(after.slice(0, 3)).toEqual([before[0]! + 3, before[1]! + 3, before[2]! + 2]);
    const list = (await ctx.as('district_health')({ url: `/api/cases?from=${addDays(today, -3)}` })).json();
    expect(list.items.map((c: { personId: string }) => c.personId)).toContain(known.id);
    expect(list.items.find((c: { name: string }) => c.name === '陈*')).toMatchObject({ status: 'suspected', statusOn: addDays(today, -1), grid: { code: GRID_B } });
    const audit = await ctx.database.db.selectFrom('audit_log').select(['detail', 'actor_username']).where('action', '=', 'import.cases').execute();
    expect(audit).toEqual([{ detail: { cases: 3, newPersons: 2 }, actor_username: 'district_health' }]);
  });

  it('reports every bad row and stores nothing', async () => {
    const before = await counts();
    const good = newIdNumber('19700303');
    const wrongCheck = good.slice(0, 17) + (good[17] === '1' ? '2' : '1');
    const twice = newIdNumber('19610101');
    const file = await workbook([
      ['合格', good, null, GRID_A, null, null, null, '确诊', today, '市卫健委通报', null],
      ['校验错', wrongCheck, null, GRID_A, null, null, null, '确诊', today, '市卫健委通报', null],
      ['治愈者', null, null, GRID_A, null, null, null, '治愈', null, '市卫健委通报', null],
      ['未来', null, '123', GRID_A, null, null, null, '疑似', addDays(today, 2), null, null],
      ['无位置', null, null, null, null, null, null, '阳性', today, '市卫健委通报', null],
      ['重复甲', twice, null, GRID_A, null, null, null, '疑似', today, '市卫健委通报', null],
      ['重复乙', twice, null, GRID_A, null, null, null, '疑似', today, '市卫健委通报', null],
      ['越权', null, null, '371581001001001', null, null, null, '疑似', today, '市卫健委通报', null],
    ]);
    const res = await upload('district_health', file);
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('INVALID_REGISTER');
    const problems = res.json().rows.map((r: { row: number; column: string; problem: string }) => `${r.row}:${r.column}:${r.problem}`);
    expect(problems).toEqual([
      '3:身份证号:ID_NUMBER_CHECKSUM', '4:状态:CASE_START', '4:日期:REQUIRED',
      '5:手机号:PHONE_INVALID', '5:日期:FUTURE_DATE', '5:信息来源:REQUIRED',
      '6:状态:UNKNOWN_VALUE', '6:网格编码:PLACE_REQUIRED', '8:身份证号:DUPLICATE_IN_FILE', '9:网格编码:OUT_OF_SCOPE',
    ]);
    expect(res.json().rows.every((r: { message: string }) => /[\u4e00-\u9fa5]/.test(r.message))).toBe(true);
    expect(await counts()).toEqual(before);
  });

  it('refuses a person already in the register, a non-workbook and missing columns; only health staff may import', async () => {
    const id = newIdNumber('19750505');
    expect((await upload('district_health', await workbook([['先到', id, null, GRID_A, null, null, null, '疑似', today, '通报', null]]))).statusCode).toBe(200);
    const again = await upload('district_health', await workbook([['先到', id, null, GRID_A, null, null, null, '确诊', today, '通报', null]]));
    expect(again.json().rows).toEqual([expect.objectContaining({ row: 2, column: '身份证号', problem: 'ALREADY_IN_REGISTER', message: expect.stringContaining('已在病例登记中') })]);
    expect((await upload('district_health', Buffer.from('姓名,状态\n张三,确诊'))).json().rows[0].problem).toBe('NOT_A_WORKBOOK');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('x').addRow(['姓名', '状态']);
    const missing = await upload('district_health', Buffer.from(await wb.xlsx.writeBuffer()));
    expect(missing.json().rows[0]).toMatchObject({ problem: 'MISSING_COLUMN', message: expect.stringContaining('信息来源') });
    expect((await upload('street_staff', await workbook([]))).statusCode).toBe(403);
    expect((await upload('grid_worker', await workbook([]))).statusCode).toBe(403);
  });

  it('offers a template that imports as it is', async () => {
    const res = await ctx.as('health')({ url: '/api/cases/import-template' });
    expect(res.statusCode).toBe(200);
    const imported = await upload('health', res.rawPayload);
    expect(imported.statusCode, imported.body).toBe(200);
    expect(imported.json()).toEqual({ cases: 2, newPersons: 2 });
  });
});
