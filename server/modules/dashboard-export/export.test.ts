import crypto from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASE_STATUS } from '../../../common/cases/vocabulary.ts';
import type { HighIncidencePanel, IncubationPanel, MonitoringPanel, SummaryPanel } from '../../../common/contracts/dashboard.ts';
import type { Briefing } from '../../../common/contracts/dashboard-export.ts';
import type { DeclarationDaily } from '../../../common/contracts/declarations.ts';
import { SYMPTOM } from '../../../common/declarations/vocabulary.ts';
import { EVENT_CATEGORY, ORIGIN_CATEGORY } from '../../../common/field/vocabulary.ts';
import { addDays, chinaDate } from '../../../common/time.ts';
import { createHousehold, createPerson, GRID_A, newPhone, pointInGrid } from '../../test/factories.ts';
import { createTestContext, type TestContext } from '../../test/harness.ts';
import { loadWorkbook, readTable, sheetRows } from '../../test/report-reader.ts';

/**
 * Every panel's workbook and the daily briefing hold, cell for cell, the figures of the panels'
 * JSON endpoints; exports keep to the caller's scope and are audited. The fixture is made
 * through the API: arrivals around the 14-day edge, events this week and last, declarations.
 */
let ctx: TestContext;
const today = chinaDate(new Date());
const OTHER_STREET_GRID = '371502002004001';
const LINQING_GRID = '371581001001001';
const origin = (c: (typeof ORIGIN_CATEGORY.codes)[number]) => ORIGIN_CATEGORY.labels[c].zh;

async function arrival(as: string, grid: string, category: string, daysAgo: number, direction = 'arrival') {
  const household = await createHousehold(ctx, as, grid);
  const person = await createPerson(ctx, as, household.id, { name: '钱导出' });
  const day = addDays(today, -daysAgo);
  const province = ({ wuhan: {}, hubei_other: { province: '湖北省' }, abroad: { province: '韩国' } } as Record<string, object>)[category] ?? { province: '河北省' };
  const res = await ctx.as(as)({
    method: 'POST', url: '/api/movements',
    payload: { id: crypto.randomUUID(), personId: person.id, direction, category, healthStatus: 'normal', transport: 'train', ...province, leftOn: day, ...(direction === 'arrival' ? { arrivedOn: day } : {}) },
  });
  if (res.statusCode !== 201) throw new Error(`movement: ${res.body}`);
}

async function event(as: string, grid: string, category: string, occurredAt: string) {
  const res = await ctx.as(as)({ method: 'POST', url: '/api/events', payload: { id: crypto.randomUUID(), category, description: '导出测试记录', occurredAt, location: await pointInGrid(ctx, grid) } });
  if (res.statusCode !== 201) throw new Error(`event: ${res.body}`);
}

async function declare(token: string, temperature: number, symptoms: string[]) {
  const res = await ctx.app.inject({
    method: 'POST', url: '/api/public/declarations',
    payload: { token, id: crypto.randomUUID(), name: '孙申报', phone: newPhone(), direction: 'in', temperature, symptoms, keyAreaTravel: false, caseContact: false },
  });
  if (res.statusCode !== 201) throw new Error(`declaration: ${res.body}`);
}

const json = async <T>(as: string, url: string): Promise<T> => {
  const res = await ctx.as(as)({ url });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as T;
};

async function workbookOf(as: string, url: string) {
  const res = await ctx.as(as)({ url });
  expect(res.statusCode, res.body).toBe(200);
  expect(res.headers['content-type']).toMatch(/spreadsheetml/);
  return { res, workbook: await loadWorkbook(res.rawPayload) };
}

const auditCount = async (action: string) => (await ctx.database.db.selectFrom('audit_log').select('seq').where('action', '=', action).execute()).length;

beforeAll(async () => {
  ctx = await createTestContext({ env: { EPIGRID_DECLARATIONS_PER_IP_PER_MINUTE: '1000' } });
  await arrival('grid_worker', GRID_A, 'wuhan', 0);
  await arrival('grid_worker', GRID_A, 'hubei_other', 13);
  await arrival('grid_worker', GRID_A, 'other_province', 14);
  await arrival('grid_worker', GRID_A, 'abroad', 20);
  await arrival('grid_worker', GRID_A, 'other_province', 0, 'departure');
  await arrival('admin', OTHER_STREET_GRID, 'wuhan', 2);
  await arrival('admin', LINQING_GRID, 'wuhan', 0);
  const recent = new Date(Math.max(Date.now() - 60_000, Date.parse(`${today}T00:01:00+08:00`))).toISOString();
  await event('grid_worker', GRID_A, 'disinfection', recent);
  await event('grid_worker', GRID_A, 'publicity', recent);
  await event('grid_worker', GRID_A, 'disinfection', `${addDays(today, -8)}T12:00:00+08:00`);
  await event('admin', OTHER_STREET_GRID, 'disinfection', `${addDays(today, -1)}T12:00:00+08:00`);
  await event('admin', OTHER_STREET_GRID, 'disinfection', `${addDays(today, -2)}T12:00:00+08:00`);
  const checkpoints = (await ctx.as('community_staff')({ url: '/api/checkpoints' })).json() as { items: { token: string }[] };
  const token = checkpoints.items[0]!.token;
  await declare(token, 36.5, []);
  await declare(token, 38.6, ['fever', 'dry_cough']);
  await declare(token, 36.7, ['sore_throat']);
});
afterAll(() => ctx.close());

describe('panel workbooks', () => {
  it('数据汇总: arrivals by origin with totals, cases against the day before, a title block and a Chinese file name', async () => {
    const panel = await json<SummaryPanel>('street_staff', '/api/dashboard/summary');
    const { res, workbook } = await workbookOf('street_staff', '/api/dashboard/export/summary.xlsx');
    const disposition = String(res.headers['content-disposition']);
    expect(disposition).toContain(`filename="summary-371502001-${today}.xlsx"`);
    expect(disposition).toContain(`filename*=UTF-8''${encodeURIComponent(`数据汇总_古楼街道_${today}.xlsx`)}`);
    const sheet = workbook.getWorksheet('数据汇总')!;
    const top = sheetRows(sheet);
    expect(top[1]![0]).toBe('数据汇总');
    expect(top[2]![0]).toBe('区域：聊城市东昌府区古楼街道（371502001）');
    expect(top[3]![0]).toMatch(new RegExp(`^日期：${today}　　生成时间：\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d　　导出人：古楼街道工作人员$`));
    expect(sheet.views[0]).toMatchObject({ state: 'frozen' });

    const arrivals = readTable(sheet, '来聊人员（按来源地）');
    expect(arrivals.columns).toEqual(['来源地', '当日', '近14天', '累计']);
    for (const c of ORIGIN_CATEGORY.codes) {
      expect([arrivals.get(origin(c), '当日'), arrivals.get(origin(c), '近14天'), arrivals.get(origin(c), '累计')], c)
        .toEqual([panel.arrivals[c].today, panel.arrivals[c].last14Days, panel.arrivals[c].total]);
    }
    expect(arrivals.totals).toEqual(['合计', panel.arrivalsAll.today, panel.arrivalsAll.last14Days, panel.arrivalsAll.total]);
    expect(panel.arrivalsAll).toEqual({ today: 1, last14Days: 2, total: 4 });

    const cases = readTable(sheet, '病例情况（日末）');
    for (const s of CASE_STATUS.codes) {
      const label = CASE_STATUS.labels[s].zh;
      expect([cases.get(label, '当日'), cases.get(label, '前一日'), cases.get(label, '较前一日')])
        .toEqual([panel.cases.current[s], panel.cases.previous[s], panel.cases.current[s] - panel.cases.previous[s]]);
    }
    expect(cases.get('累计确诊', '当日')).toBe(panel.cases.confirmedTotal);
    expect(cases.totals).toBeNull();
  });

  it('潜伏期趋势: one row per day, by origin under arrivals, departures and the window; the window is not totalled', async () => {
    const from = addDays(today, -20);
    const panel = await json<IncubationPanel>('street_staff', `/api/dashboard/incubation?from=${from}&to=${today}`);
    const { res, workbook } = await workbookOf('street_staff', `/api/dashboard/export/incubation.xlsx?from=${from}&to=${today}`);
    expect(String(res.headers['content-disposition'])).toContain(`incubation-371502001-${from}_${today}.xlsx`);
    const table = readTable(workbook.getWorksheet('潜伏期趋势')!, '每日来聊、离聊及观察期内人数（按来源地）');
    expect(table.column('日期')).toEqual(panel.days.map((d) => d.day));
    for (const d of panel.days) {
      for (const c of ORIGIN_CATEGORY.codes) {
        expect(table.get(d.day, `来聊人数·${origin(c)}`)).toBe(d.arrivals[c]);
        expect(table.get(d.day, `离聊人数·${origin(c)}`)).toBe(d.departures[c]);
        expect(table.get(d.day, `观察期内人数（日末）·${origin(c)}`)).toBe(d.inWindow[c]);
      }
    }
    expect(table.get(today, '观察期内人数（日末）·小计')).toBe(2);
    const sum = (pick: (d: IncubationPanel['days'][number]) => number) => panel.days.reduce((n, d) => n + pick(d), 0);
    const totals = Object.fromEntries(table.columns.map((c, i) => [c, table.totals![i]]));
    expect(totals['来聊人数·小计']).toBe(sum((d) => Object.values(d.arrivals).reduce((a, b) => a + b, 0)));
    expect(totals['离聊人数·外省']).toBe(sum((d) => d.departures.other_province));
    expect(totals['观察期内人数（日末）·武汉']).toBeNull();
  });

  it('体征监测: declarations, each symptom and warnings per day, as /api/declarations/daily', async () => {
    const from = addDays(today, -6);
    const daily = await json<DeclarationDaily>('community_staff', `/api/declarations/daily?from=${from}&to=${today}`);
    const { workbook } = await workbookOf('community_staff', `/api/dashboard/export/vital-signs.xlsx?from=${from}&to=${today}`);
    const sheet = workbook.getWorksheet('体征监测')!;
    const table = readTable(sheet, '每日健康申报、症状与预警');
    for (const d of daily.days) {
      expect([table.get(d.day, '健康申报·申报人次'), table.get(d.day, '健康申报·拦截'), table.get(d.day, '健康申报·体温异常')])
        .toEqual([d.declarations, d.stops, d.feverTemperatures]);
      for (const s of SYMPTOM.codes) expect(table.get(d.day, `症状人次·${SYMPTOM.labels[s].zh}`)).toBe(d.symptoms[s] ?? 0);
      expect([table.get(d.day, '预警·新发'), table.get(d.day, '预警·完成核实')]).toEqual([d.warningsRaised, d.warningsVerified]);
    }
    expect(table.get(today, '健康申报·申报人次')).toBeGreaterThanOrEqual(3);
    expect(table.get(today, '症状人次·发热')).toBeGreaterThanOrEqual(1);
    expect(sheetRows(sheet).flat()).toContain(`生成时待核实预警 ${daily.openWarnings} 条，其中超时未核实 ${daily.overdueWarnings} 条。`);
  });

  it('人员监控: one row per street with totals equal to the district\'s figures, and events per day by category', async () => {
    const panel = await json<MonitoringPanel>('district_staff', '/api/dashboard/monitoring');
    const { workbook } = await workbookOf('district_staff', '/api/dashboard/export/monitoring.xlsx');
    const sheet = workbook.getWorksheet('疫情案件、人员监控')!;
    const regions = readTable(sheet, '各街道乡镇情况');
    expect(regions.column('区划编码')).toEqual(panel.children.map((c) => c.region.code));
    for (const c of panel.children) {
      expect([regions.get(c.region.name, '网格员·总数'), regions.get(c.region.name, '当日·事件上报'), regions.get(c.region.name, '当日·来聊登记'), regions.get(c.region.name, '待核实预警')])
        .toEqual([c.workers.total, c.eventsToday, c.arrivalsToday, c.openWarnings]);
    }
    const totals = Object.fromEntries(regions.columns.map((c, i) => [c, regions.totals![i]]));
    expect([totals['网格员·总数'], totals['网格员·在岗值守'], totals['网格员·当日活跃'], totals['网格员·未活跃']])
      .toEqual([panel.workers.total, panel.workers.onDuty, panel.workers.activeToday, panel.workers.inactive]);
    expect([totals['当日·入户走访'], totals['当日·事件上报']]).toEqual([panel.visitsToday, panel.eventsToday]);

    const events = readTable(sheet, '近14天事件上报（按类别）');
    for (const d of panel.eventsByDay) {
      for (const c of EVENT_CATEGORY.codes) expect(events.get(d.day, EVENT_CATEGORY.labels[c].zh)).toBe(d.byCategory[c]);
    }
    const lastDay = panel.eventsByDay.at(-1)!;
    expect(events.get(today, '合计')).toBe(EVENT_CATEGORY.codes.reduce((n, c) => n + lastDay.byCategory[c], 0));
  });

  it('a grid has no regions below it: its monitoring sheet lists its own figures', async () => {
    const panel = await json<MonitoringPanel>('street_staff', `/api/dashboard/monitoring?region=${GRID_A}`);
    const { workbook } = await workbookOf('street_staff', `/api/dashboard/export/monitoring.xlsx?region=${GRID_A}`);
    const own = readTable(workbook.worksheets[0]!, '网格员与当日工作');
    expect([own.get('网格员总数', '数值'), own.get('事件上报', '数值')]).toEqual([panel.workers.total, panel.eventsToday]);
  });

  it('高发案件: categories against the period before, and the streets ranked in each', async () => {
    const from = addDays(today, -6);
    const panel = await json<HighIncidencePanel>('district_staff', `/api/dashboard/high-incidence?from=${from}&to=${today}`);
    const { workbook } = await workbookOf('district_staff', `/api/dashboard/export/high-incidence.xlsx?from=${from}&to=${today}`);
    const sheet = workbook.getWorksheet('高发案件')!;
    const categories = readTable(sheet, `各类事件（本期 ${from} 至 ${today}，上期 ${panel.previousFrom} 至 ${panel.previousTo}）`);
    for (const c of panel.categories) {
      const label = EVENT_CATEGORY.labels[c.category].zh;
      expect([categories.get(label, '本期'), categories.get(label, '上期'), categories.get(label, '较上期')]).toEqual([c.total, c.previousTotal, c.total - c.previousTotal]);
    }
    expect(categories.get('消杀防控', '变化率')).toBeCloseTo(2, 5);
    expect(categories.get('防疫宣传', '变化率')).toBeNull();
    const ranking = readTable(sheet, '各类事件的区域排名（按本期事件数）');
    const expected = panel.categories.flatMap((c) => c.regions.map((r) => [EVENT_CATEGORY.labels[c.category].zh, r.region.code, r.count, r.previous]));
    expect(ranking.rows.map((r) => [r[0], r[3], r[4], r[5]])).toEqual(expected);
    // League-table ranks: the other street's 2 events first, 古楼街道's 1 second.
    expect(ranking.rows.filter((r) => r[0] === '消杀防控').map((r) => [r[1], r[3]])).toEqual([[1, '371502002'], [2, '371502001']]);
  });
});

describe('日报 briefing', () => {
  it('the JSON is each panel\'s own answer: the day, the 14 days ending on it, the 7 against the 7 before', async () => {
    const b = await json<Briefing>('street_staff', `/api/dashboard/briefing?day=${today}`);
    const from14 = addDays(today, -13);
    const from7 = addDays(today, -6);
    expect(b.region).toEqual({ code: '371502001', name: '古楼街道', level: 3 });
    expect(b.regionPath.map((r) => r.name)).toEqual(['聊城市', '东昌府区', '古楼街道']);
    expect(b.summary).toEqual(await json('street_staff', `/api/dashboard/summary?day=${today}`));
    expect(b.incubation).toEqual(await json('street_staff', `/api/dashboard/incubation?from=${from14}&to=${today}`));
    const daily = await json<DeclarationDaily>('street_staff', `/api/declarations/daily?from=${from14}&to=${today}`);
    expect(b.vitalSigns).toEqual({ from: from14, to: today, ...daily });
    expect(b.monitoring).toEqual(await json('street_staff', `/api/dashboard/monitoring?day=${today}`));
    expect(b.highIncidence).toEqual(await json('street_staff', `/api/dashboard/high-incidence?from=${from7}&to=${today}`));
  });

  it('the workbook has the cover with the day\'s key figures and one sheet per panel, equal to the JSON', async () => {
    const b = await json<Briefing>('street_staff', '/api/dashboard/briefing');
    const { res, workbook } = await workbookOf('street_staff', '/api/dashboard/briefing.xlsx');
    expect(String(res.headers['content-disposition'])).toContain(`filename*=UTF-8''${encodeURIComponent(`聊城市东昌府区古楼街道疫情防控日报_${today}.xlsx`)}`);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['日报', '潜伏期趋势', '体征监测', '疫情案件、人员监控', '高发案件']);
    const cover = workbook.getWorksheet('日报')!;
    expect(sheetRows(cover)[1]![0]).toBe('聊城市东昌府区古楼街道疫情防控日报');
    expect(sheetRows(cover)[2]![0]).toMatch(new RegExp(`^${today}（星期[日一二三四五六]）`));

    const arrivals = readTable(cover, '来聊人员（按来源地）');
    expect(arrivals.totals).toEqual(['合计', b.summary.arrivalsAll.today, b.summary.arrivalsAll.last14Days, b.summary.arrivalsAll.total]);
    const cases = readTable(cover, '病例情况（日末）');
    expect(cases.get('确诊', '较前一日')).toBe(b.summary.cases.current.confirmed - b.summary.cases.previous.confirmed);
    const day = b.vitalSigns.days.at(-1)!;
    const declarations = readTable(cover, '当日健康申报与预警');
    expect([declarations.get('健康申报人次', '数值'), declarations.get('新发预警', '数值'), declarations.get('待核实预警（生成时）', '数值')])
      .toEqual([day.declarations, day.warningsRaised, b.vitalSigns.openWarnings]);
    const field = readTable(cover, '当日网格员与基层工作');
    expect([field.get('网格员总数', '数值'), field.get('在岗值守', '数值'), field.get('当日活跃', '数值'), field.get('未活跃', '数值'), field.get('入户走访', '数值'), field.get('事件上报', '数值')])
      .toEqual([b.monitoring.workers.total, b.monitoring.workers.onDuty, b.monitoring.workers.activeToday, b.monitoring.workers.inactive, b.monitoring.visitsToday, b.monitoring.eventsToday]);

    const incubation = readTable(workbook.getWorksheet('潜伏期趋势')!, '每日来聊、离聊及观察期内人数（按来源地）');
    expect(incubation.column('日期')).toEqual(b.incubation.days.map((d) => d.day));
    expect(incubation.column('观察期内人数（日末）·小计')).toEqual(b.incubation.days.map((d) => Object.values(d.inWindow).reduce((x, y) => x + y, 0)));
    const vital = readTable(workbook.getWorksheet('体征监测')!, '每日健康申报、症状与预警');
    expect(vital.column('健康申报·申报人次')).toEqual(b.vitalSigns.days.map((d) => d.declarations));
    const communities = readTable(workbook.getWorksheet('疫情案件、人员监控')!, '各社区村情况');
    expect(communities.column('当日·事件上报')).toEqual(b.monitoring.children.map((c) => c.eventsToday));
    const ranking = readTable(workbook.getWorksheet('高发案件')!, '各类事件的区域排名（按本期事件数）');
    expect(ranking.rows.length).toBe(b.highIncidence.categories.reduce((n, c) => n + c.regions.length, 0));
  });

  it('a future day is refused', async () => {
    const res = await ctx.as('street_staff')({ url: `/api/dashboard/briefing.xlsx?day=${addDays(today, 1)}` });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual({ day: 'FUTURE_DATE' });
  });
});

describe('scope, permission and audit', () => {
  const period = `from=${addDays(today, -6)}&to=${today}`;
  const urls = (region: string) => [
    `/api/dashboard/export/summary.xlsx?region=${region}`,
    `/api/dashboard/export/incubation.xlsx?region=${region}&${period}`,
    `/api/dashboard/export/vital-signs.xlsx?region=${region}&${period}`,
    `/api/dashboard/export/monitoring.xlsx?region=${region}`,
    `/api/dashboard/export/high-incidence.xlsx?region=${region}&${period}`,
    `/api/dashboard/briefing.xlsx?region=${region}`,
    `/api/dashboard/briefing?region=${region}`,
  ];
  const expectRefused = (res: LightMyRequestResponse, status: number, code: string) => {
    expect(res.statusCode, res.body).toBe(status);
    expect(res.json().error.code).toBe(code);
  };

  it('street staff asking for another district, or the district above, are refused and nothing is audited', async () => {
    const before = [await auditCount('export.dashboard'), await auditCount('export.briefing')];
    for (const region of ['371581', '371502', '371502002']) {
      for (const url of urls(region)) expectRefused(await ctx.as('street_staff')({ url }), 403, 'OUT_OF_SCOPE');
    }
    expect([await auditCount('export.dashboard'), await auditCount('export.briefing')]).toEqual(before);
  });

  it('grid workers may not export; anonymous callers are asked to sign in', async () => {
    for (const url of urls(GRID_A)) {
      expectRefused(await ctx.as('grid_worker')({ url }), 403, 'FORBIDDEN');
      expect((await ctx.app.inject({ url })).statusCode).toBe(401);
    }
  });

  it('each export is audited with who, which panel, region and period, and nothing personal', async () => {
    const from = addDays(today, -6);
    await workbookOf('district_staff', `/api/dashboard/export/incubation.xlsx?region=371502001&from=${from}&to=${today}`);
    await workbookOf('district_staff', `/api/dashboard/briefing.xlsx?region=371502001&day=${addDays(today, -1)}`);
    const entries = await ctx.database.db.selectFrom('audit_log').selectAll()
      .where('action', 'in', ['export.dashboard', 'export.briefing']).where('actor_username', '=', 'district_staff')
      .where('region_code', '=', '371502001').orderBy('seq').execute();
    expect(entries.map((e) => [e.action, e.region_code, e.target_type])).toEqual([
      ['export.dashboard', '371502001', 'dashboard'],
      ['export.briefing', '371502001', 'dashboard'],
    ]);
    expect(entries[0]!.detail).toMatchObject({ panel: 'incubation', region: '371502001', period: { from, to: today } });
    expect(entries[1]!.detail).toMatchObject({ region: '371502001', day: addDays(today, -1) });
    expect(JSON.stringify(entries)).not.toMatch(/钱导出|孙申报|导出测试记录/);
    const listed = await json<{ items: { action: string }[] }>('district_admin', '/api/audit?action=export.briefing');
    expect(listed.items.length).toBeGreaterThanOrEqual(1);
  });
});

describe('OpenAPI', () => {
  it('documents the workbooks as binary xlsx answers under the dashboard tag', async () => {
    const doc = (await ctx.app.inject({ url: '/api/openapi.json' })).json();
    for (const path of ['/api/dashboard/export/summary.xlsx', '/api/dashboard/export/high-incidence.xlsx', '/api/dashboard/briefing.xlsx']) {
      const get = doc.paths[path].get;
      expect(get.tags).toEqual(['dashboard']);
      expect(get.responses['200'].content['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'].schema).toEqual({ type: 'string', format: 'binary' });
    }
    expect(doc.paths['/api/dashboard/export/incubation.xlsx'].get.parameters.map((p: { name: string }) => p.name).sort()).toEqual(['from', 'region', 'to']);
    // The briefing is a shared shape, written once under components.schemas.
    const briefing = doc.paths['/api/dashboard/briefing'].get.responses['200'].content['application/json'].schema;
    const resolved = briefing.$ref ? doc.components.schemas[briefing.$ref.split('/').pop()] : briefing;
    expect(resolved.properties).toHaveProperty('highIncidence');
  });
});
