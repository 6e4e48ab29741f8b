import ExcelJS from 'exceljs';
import { sql, type KyselyPlugin } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maskName } from '../../../common/identity/mask.ts';
import { chinaDate } from '../../../common/time.ts';
import { inertText } from '../../excel/inert.ts';
import { createHousehold, createPerson, GRID_A, GRID_B } from '../../test/factories.ts';
import { createTestContext, type TestContext } from '../../test/harness.ts';
import { EXPORT_BATCH_ROWS } from './list-export.ts';

/**
 * The list exports stream: more rows than one batch come out whole, in order, masked and
 * inert; an export over the limit is refused from a bounded count before any row is read.
 * The limit is lowered here so that a few thousand rows cross it.
 */
const MAX_ROWS = 3_000;
const IN_GRID_A = EXPORT_BATCH_ROWS + 500;
const IN_GRID_B = MAX_ROWS - IN_GRID_A + 100;
const NAME = '=王小明';
const CITY = '+1 城';
let ctx: TestContext;

/** Movements for one person; 25 share each instant, so the walk must order by id within one. */
async function addMovements(personId: string, gridCode: string, n: number): Promise<void> {
  await sql`INSERT INTO movements (id, person_id, grid_code, direction, category, place_city, moved_on, arrived_on, health_status, observation_ends_on, created_by, created_at)
    SELECT gen_random_uuid(), ${personId}, ${gridCode}, 'arrival', 'abroad', ${CITY}, current_date, current_date, 'normal', current_date + 14,
      (SELECT id FROM users WHERE username = 'grid_worker'), now() - (s / 25) * interval '1.000001 second'
    FROM generate_series(1, ${n}) s`.execute(ctx.database.db);
}

/** Every result the export's queries hand back, by its row count. */
function recordResults(sizes: number[]): KyselyPlugin {
  return {
    transformQuery: ({ node }) => node,
    transformResult: async ({ result }) => {
      sizes.push(result.rows.length);
      return result;
    },
  };
}

beforeAll(async () => {
  ctx = await createTestContext({ env: { EPIGRID_EXPORT_MAX_ROWS: String(MAX_ROWS) } });
  const inA = await createHousehold(ctx, 'grid_worker', GRID_A);
  await addMovements((await createPerson(ctx, 'grid_worker', inA.id, { name: NAME })).id, GRID_A, IN_GRID_A);
  const worker = await ctx.database.db.selectFrom('users').select('id').where('username', '=', 'grid_worker').executeTakeFirstOrThrow();
  await sql`UPDATE users SET region_code = ${GRID_B} WHERE id = ${worker.id}`.execute(ctx.database.db);
  const inB = await createHousehold(ctx, 'grid_worker', GRID_B);
  await addMovements((await createPerson(ctx, 'grid_worker', inB.id, { name: '李四' })).id, GRID_B, IN_GRID_B);
});
afterAll(() => ctx.close());

describe('streamed list exports', () => {
  it('writes more rows than one batch: each once, newest first, names masked, text inert', async () => {
    const res = await ctx.as('street_staff')({ url: `/api/movements/export?region=${GRID_A}` });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toMatch(/spreadsheetml/);
    expect(res.headers['content-disposition']).toBe(`attachment; filename="movements-${chinaDate(new Date())}.xlsx"`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('人员流动');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getRow(1).getCell(1).value).toBe('方向');
    expect(sheet.getRow(1).font?.bold).toBe(true);
    const rows: ExcelJS.Row[] = [];
    sheet.eachRow((row, n) => { if (n > 1 && row.getCell(13).value) rows.push(row); });
    expect(rows).toHaveLength(IN_GRID_A);
    expect(new Set(rows.map((r) => r.getCell(2).value))).toEqual(new Set([inertText(maskName(NAME))]));
    expect(new Set(rows.map((r) => r.getCell(5).value))).toEqual(new Set([inertText(CITY)]));
    const registered = rows.map((r) => r.getCell(14).value as string);
    expect(registered).toEqual([...registered].sort().reverse());
    expect(sheet.getRow(IN_GRID_A + 3).getCell(1).value).toMatch(new RegExp(`共 ${IN_GRID_A} 条`));
    const audit = await ctx.database.db.selectFrom('audit_log').selectAll().where('action', '=', 'export.movements').execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor_username: 'street_staff', region_code: GRID_A, detail: { rows: IN_GRID_A } });
  });

  it('refuses an export over the limit from a bounded count, reading no rows and recording nothing', async () => {
    const sizes: number[] = [];
    const { database } = ctx.services;
    ctx.services.database = { ...database, db: database.db.withPlugin(recordResults(sizes)) };
    try {
      const res = await ctx.as('street_staff')({ url: '/api/movements/export' });
      expect(res.statusCode).toBe(400);
      expect(res.json().error).toMatchObject({ code: 'VALIDATION_FAILED', fields: { region: 'TOO_MANY_ROWS' } });
    } finally {
      ctx.services.database = database;
    }
    expect(sizes.length).toBeGreaterThan(0);
    expect(sizes.every((n) => n <= 1)).toBe(true);
    const audit = await ctx.database.db.selectFrom('audit_log').selectAll().where('action', '=', 'export.movements').execute();
    expect(audit).toHaveLength(1);
  });

  it('a failure after the first batch cuts the download short', async () => {
    let batches = 0;
    const failing: KyselyPlugin = {
      transformQuery: ({ node }) => node,
      transformResult: async ({ result }) => {
        if (result.rows.length > 1 && ++batches === 2) throw new Error('connection lost');
        return result;
      },
    };
    const { database } = ctx.services;
    ctx.services.database = { ...database, db: database.db.withPlugin(failing) };
    try {
      // Headers and the first rows are out: the client sees the response end before completion.
      await expect(ctx.as('street_staff')({ url: `/api/movements/export?region=${GRID_A}` })).rejects.toThrow(/destroyed before completion/);
      expect(batches).toBe(2);
    } finally {
      ctx.services.database = database;
    }
  });

  it('the case register streams the same way', async () => {
    const res = await ctx.as('district_health')({ url: `/api/cases/export?region=${GRID_B}` });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-disposition']).toBe(`attachment; filename="cases-${chinaDate(new Date())}.xlsx"`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets[0]!.getRow(1).getCell(1).value).toBe('姓名');
  });
});
