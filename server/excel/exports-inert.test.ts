import crypto from 'node:crypto';
import type ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, chinaDate } from '../../common/time.ts';
import { createHousehold, createPerson, GRID_A, pointInGrid } from '../test/factories.ts';
import { createTestContext, type TestContext } from '../test/harness.ts';
import { loadWorkbook } from '../test/report-reader.ts';

/**
 * Every export endpoint writes what people typed (a case's source, a person's name, a region's
 * imported name) as inert text: a leading = + - @ tab or CR is quoted with ', so the cell stays
 * text after the workbook is converted to CSV and opened elsewhere.
 */
let ctx: TestContext;
const today = chinaDate(new Date());
const CALC = "=cmd|' /C calc'!A0";
const STREET = '371502001';
const STREET_NAME = '=HYPERLINK("http://evil.example","古楼街道")';

/** Every text cell of every sheet; merged cells once. */
function texts(workbook: ExcelJS.Workbook): string[] {
  const out: string[] = [];
  for (const sheet of workbook.worksheets) {
    sheet.eachRow((row) => row.eachCell((cell) => {
      if (cell.isMerged && cell.master !== cell) return;
      if (typeof cell.value === 'string') out.push(cell.value);
    }));
  }
  return out;
}

/** The workbook an export endpoint answers, after checking that none of its text would run. */
async function exported(as: string, url: string): Promise<string[]> {
  const res = await ctx.as(as)({ url });
  expect(res.statusCode, res.body).toBe(200);
  const cells = texts(await loadWorkbook(res.rawPayload));
  expect(cells.filter((t) => /^[=+\-@\t\r\n]/.test(t))).toEqual([]);
  return cells;
}

beforeAll(async () => {
  ctx = await createTestContext();
  const household = await createHousehold(ctx, 'grid_worker', GRID_A);
  const person = await createPerson(ctx, 'grid_worker', household.id, { name: '@孙立新' });
  const entered = await ctx.as('district_health')({
    method: 'POST', url: '/api/cases',
    payload: { id: crypto.randomUUID(), personId: person.id, status: 'suspected', statusOn: addDays(today, -1), source: CALC, note: '+86 来电' },
  });
  if (entered.statusCode !== 201) throw new Error(entered.body);
  const arrival = await ctx.as('grid_worker')({
    method: 'POST', url: '/api/movements',
    payload: { id: crypto.randomUUID(), personId: person.id, direction: 'arrival', category: 'other_province', province: '河北省', city: '-2+3', healthStatus: 'normal', transport: 'train', leftOn: today, arrivedOn: today },
  });
  if (arrival.statusCode !== 201) throw new Error(arrival.body);
  const event = await ctx.as('grid_worker')({
    method: 'POST', url: '/api/events',
    payload: { id: crypto.randomUUID(), category: 'disinfection', description: '消毒作业', occurredAt: new Date(Date.now() - 60_000).toISOString(), location: await pointInGrid(ctx, GRID_A) },
  });
  if (event.statusCode !== 201) throw new Error(event.body);
  // Region names come from imported grid layers: whatever the file said.
  await sql`UPDATE regions SET name = ${STREET_NAME} WHERE code = ${STREET}`.execute(ctx.database.db);
});
afterAll(() => ctx.close());

describe('exports are inert', () => {
  it('the case register: a source of =cmd|… comes out quoted', async () => {
    const cells = await exported('district_health', '/api/cases/export');
    expect(cells).toContain(`'${CALC}`);
    expect(cells).toContain("'+86 来电");
    // Names are masked in exports; the mask keeps the first character.
    expect(cells).toContain("'@**新");
  });

  it('arrivals and departures: a name starting with @ and a city starting with - come out quoted', async () => {
    const cells = await exported('street_staff', '/api/movements/export?direction=arrival');
    expect(cells).toContain("'@**新");
    expect(cells).toContain("'-2+3");
  });

  const period = `from=${addDays(today, -6)}&to=${today}`;

  it.each([['monitoring', ''], ['high-incidence', period]])('the %s panel: a region named =HYPERLINK(…) comes out quoted', async (panel, query) => {
    expect(await exported('admin', `/api/dashboard/export/${panel}.xlsx?region=371502&${query}`)).toContain(`'${STREET_NAME}`);
  });

  it.each([['summary', ''], ['incubation', period], ['vital-signs', period]])('the %s panel has no cell that would run', async (panel, query) => {
    await exported('admin', `/api/dashboard/export/${panel}.xlsx?region=${STREET}&${query}`);
  });

  it('the daily briefing: the region name comes out quoted on its sheets', async () => {
    expect(await exported('admin', '/api/dashboard/briefing.xlsx?region=371502')).toContain(`'${STREET_NAME}`);
  });

  it('the import templates have no cell that would run', async () => {
    await exported('street_staff', '/api/households/import/template');
    await exported('district_health', '/api/cases/import-template');
  });
});
