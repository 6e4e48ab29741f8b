import crypto from 'node:crypto';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASE_STATUS, CASE_TRANSITIONS, type CaseStatus } from '../../../common/cases/vocabulary.ts';
import { addDays, chinaDate } from '../../../common/time.ts';
import { createHousehold, createPerson, GRID_A, GRID_B, newIdNumber, pointInGrid } from '../../test/factories.ts';
import { createTestContext, TEST_PASSWORD, type TestContext } from '../../test/harness.ts';

const LINQING_GRID = '371581001001001';
const today = chinaDate(new Date());

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
  const res = await ctx.as('admin')({
    method: 'POST', url: '/api/users',
    payload: { username: 'linqing_health', displayName: '临清市卫健局', role: 'health', regionCode: '371581', password: TEST_PASSWORD },
  });
  if (res.statusCode !== 201) throw new Error(res.body);
});
afterAll(() => ctx.close());

let serial = 0;
const newCase = (extra: Record<string, unknown> = {}, person: Record<string, unknown> = {}) => ({
  id: crypto.randomUUID(), person: { name: `病例${++serial}`, gridCode: GRID_A, ...person },
  status: 'suspected', statusOn: addDays(today, -10), source: '市卫健委通报', ...extra,
});
const create = (body: Record<string, unknown>, as = 'district_health') => ctx.as(as)({ method: 'POST', url: '/api/cases', payload: body });
const change = (caseId: string, body: Record<string, unknown>, as = 'district_health') =>
  ctx.as(as)({ method: 'POST', url: `/api/cases/${caseId}/changes`, payload: { id: crypto.randomUUID(), changedOn: addDays(today, -5), source: '定点医院报告', ...body } });
const count = async (table: 'cases' | 'case_changes' | 'persons') =>
  Number((await ctx.database.db.selectFrom(table).select(ctx.database.db.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

/** A case brought to `status` by allowed changes. */
async function caseIn(status: CaseStatus): Promise<string> {
  const start = status === 'confirmed' || status === 'cured' || status === 'deceased' ? 'confirmed' : 'suspected';
  const res = await create(newCase({ status: start }));
  expect(res.statusCode, res.body).toBe(201);
  const id = res.json().case.id as string;
  if (status !== start) expect((await change(id, { toStatus: status })).statusCode).toBe(201);
  return id;
}

describe('case register: entering cases', () => {
  it('enters a registered person, once per id, with the first line of the history', async () => {
    const household = await createHousehold(ctx, 'grid_worker', GRID_A);
    const person = await createPerson(ctx, 'grid_worker', household.id, { name: '孙立新' });
    const body = { id: crypto.randomUUID(), personId: person.id, status: 'confirmed', statusOn: addDays(today, -2), source: '市卫健委通报', note: '密接排查发现' };
    const first = await create(body);
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json().case).toMatchObject({
      personId: person.id, name: '孙立新', status: 'confirmed', statusOn: body.statusOn, source: '市卫健委通报', note: '密接排查发现',
      grid: { code: GRID_A }, regionPath: [{ code: '371502', level: 2 }, { code: '371502001', level: 3 }, { code: '371502001001', level: 4 }],
    });
    expect(first.json().history).toEqual([expect.objectContaining({ fromStatus: null, toStatus: 'confirmed', changedOn: body.statusOn, by: expect.any(String) })]);
    const retry = await create(body);
    expect(retry.statusCode).toBe(200);
    expect(retry.json()).toEqual(first.json());
    expect(await ctx.database.db.selectFrom('case_changes').select('id').where('case_id', '=', body.id).execute()).toHaveLength(1);
    const counter = await ctx.database.db.selectFrom('daily_counts').select('n')
      .where('metric', '=', 'case_entries').where('key', '=', 'confirmed').where('grid_code', '=', GRID_A).where('day', '=', body.statusOn).executeTakeFirstOrThrow();
    expect(Number(counter.n)).toBeGreaterThanOrEqual(1);

    const again = await create({ ...body, id: crypto.randomUUID() });
    expect(again.statusCode).toBe(400);
    expect(again.json().error.fields).toEqual({ personId: 'ALREADY_IN_REGISTER' });
    expect(again.json().existingCaseId).toBe(body.id);
    expect((await create(body, 'health')).json().error.code).toBe('ID_IN_USE');
  });

  it('registers a new person by grid or by location, and finds a known ID number', async () => {
    const persons = await count('persons');
    const byGrid = await create(newCase({}, { name: '周新', idNumber: newIdNumber('19700101'), phone: '13800001111', sex: 'male' }));
    expect(byGrid.statusCode, byGrid.body).toBe(201);
    expect(byGrid.json().case).toMatchObject({ name: '周新', sex: 'male', phoneMasked: '138****1111', grid: { code: GRID_A } });
    const byPoint = await create(newCase({}, { gridCode: undefined, location: await pointInGrid(ctx, GRID_B) }));
    expect(byPoint.statusCode, byPoint.body).toBe(201);
    expect(byPoint.json().case.grid.code).toBe(GRID_B);
    expect(await count('persons')).toBe(persons + 2);

    const household = await createHousehold(ctx, 'grid_worker', GRID_A);
    const idNumber = newIdNumber('19660606');
    const known = await createPerson(ctx, 'grid_worker', household.id, { name: '吴国强', idNumber });
    const mismatch = await create(newCase({}, { name: '吴强', idNumber }));
    expect(mismatch.json().error.fields).toEqual({ 'person.name': 'NAME_MISMATCH' });
    const found = await create(newCase({}, { name: '吴国强', idNumber, gridCode: GRID_B }));
    expect(found.statusCode, found.body).toBe(201);
    expect(found.json().case).toMatchObject({ personId: known.id, grid: { code: GRID_A } });
    expect(await count('persons')).toBe(persons + 3);
  });

  it('refuses a wrong start, a future date, both or neither person, and bad person fields, storing nothing', async () => {
    const before = await Promise.all([count('cases'), count('persons')]);
    expect((await create(newCase({ status: 'cured' }))).json().error.fields).toEqual({ status: 'CASE_START' });
    expect((await create(newCase({ statusOn: addDays(today, 1) }))).json().error.fields).toEqual({ statusOn: 'FUTURE_DATE' });
    expect((await create(newCase({ personId: crypto.randomUUID() }))).json().error.fields).toEqual({ person: 'PERSON_ONE_OF' });
    expect((await create({ ...newCase(), person: undefined })).json().error.fields).toEqual({ personId: 'REQUIRED' });
    expect((await create(newCase({ source: '  ' }))).json().error.fields).toEqual({ source: 'REQUIRED' });
    const good = newIdNumber('19700101');
    const wrongCheck = good.slice(0, 17) + (good[17] === '1' ? '2' : '1');
    expect((await create(newCase({}, { idNumber: wrongCheck, phone: '123' }))).json().error.fields)
      .toEqual({ 'person.idNumber': 'ID_NUMBER_CHECKSUM', 'person.phone': 'PHONE_INVALID' });
    expect((await create(newCase({}, { gridCode: undefined }))).json().error.fields).toEqual({ 'person.gridCode': 'REQUIRED' });
    expect((await create(newCase({}, { gridCode: LINQING_GRID }))).json().error.fields).toEqual({ 'person.gridCode': 'OUT_OF_SCOPE' });
    expect((await create(newCase({ personId: crypto.randomUUID(), person: undefined }))).statusCode).toBe(404);
    expect(await Promise.all([count('cases'), count('persons')])).toEqual(before);
  });
});

describe('case register: status changes', () => {
  it('allows exactly the moves of CASE_TRANSITIONS', async () => {
    for (const from of CASE_STATUS.codes) {
      for (const to of CASE_STATUS.codes) {
        const id = await caseIn(from);
        const res = await change(id, { toStatus: to, changedOn: addDays(today, -3) });
        if (CASE_TRANSITIONS[from].includes(to)) {
          expect(res.statusCode, `${from} → ${to}: ${res.body}`).toBe(201);
          expect(res.json().case).toMatchObject({ status: to, statusOn: addDays(today, -3), source: '定点医院报告' });
          expect(res.json().history.map((h: { toStatus: string }) => h.toStatus).at(-1)).toBe(to);
        } else {
          expect(res.statusCode, `${from} → ${to}`).toBe(400);
          expect(res.json().error.fields).toEqual({ toStatus: 'CASE_TRANSITION' });
        }
      }
    }
  });

  it('stores a retried change once, refuses dates out of order and a stale fromStatus', async () => {
    const id = await caseIn('suspected');
    const body = { id: crypto.randomUUID(), toStatus: 'confirmed', fromStatus: 'suspected', changedOn: addDays(today, -4), source: '核酸检测阳性', note: '二次复核' };
    const first = await change(id, body);
    expect(first.statusCode, first.body).toBe(201);
    const retry = await change(id, body);
    expect(retry.statusCode).toBe(200);
    expect(retry.json()).toEqual(first.json());
    expect(first.json().history).toHaveLength(2);
    expect(first.json().history[1]).toMatchObject({ fromStatus: 'suspected', toStatus: 'confirmed', note: '二次复核' });
    expect((await change(crypto.randomUUID(), body)).statusCode).toBe(404);

    expect((await change(id, { toStatus: 'cured', changedOn: addDays(today, -5) })).json().error.fields).toEqual({ changedOn: 'BEFORE_STATUS_DATE' });
    expect((await change(id, { toStatus: 'cured', changedOn: addDays(today, 1) })).json().error.fields).toEqual({ changedOn: 'FUTURE_DATE' });
    const stale = await change(id, { toStatus: 'excluded', fromStatus: 'suspected' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ error: { code: 'CONFLICT' }, currentStatus: 'confirmed' });
    const detail = (await ctx.as('district_health')({ url: `/api/cases/${id}` })).json();
    expect(detail.case.status).toBe('confirmed');
    expect(detail.history).toHaveLength(2);
  });
});

describe('case register: concurrent requests', () => {
  it('stores a create sent twice at once once, and applies two changes of one case one after the other', async () => {
    // No ID number: the two race on the case's id itself.
    const body = newCase();
    const creates = await Promise.all([create(body), create(body)]);
    expect(creates.map((r) => r.statusCode).sort()).toEqual([200, 201]);
    expect(await ctx.database.db.selectFrom('case_changes').select('id').where('case_id', '=', body.id).execute()).toHaveLength(1);

    const changes = await Promise.all([
      change(body.id, { toStatus: 'confirmed', fromStatus: 'suspected' }),
      change(body.id, { toStatus: 'excluded', fromStatus: 'suspected' }),
    ]);
    expect(changes.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    const detail = (await ctx.as('district_health')({ url: `/api/cases/${body.id}` })).json();
    expect(detail.history).toHaveLength(2);
  });
});

describe('case register: scope and permissions', () => {
  it('keeps each district to its own cases; grid workers have no access; staff read only', async () => {
    const ours = await caseIn('suspected');
    const theirs = await create(newCase({}, { gridCode: LINQING_GRID }), 'linqing_health');
    expect(theirs.statusCode, theirs.body).toBe(201);
    const theirId = theirs.json().case.id as string;

    expect((await ctx.as('district_health')({ url: `/api/cases/${theirId}` })).json().error.code).toBe('CASE_NOT_FOUND');
    expect((await change(theirId, { toStatus: 'confirmed' })).statusCode).toBe(404);
    const ourList = (await ctx.as('district_health')({ url: '/api/cases?limit=200' })).json();
    expect(ourList.items.map((c: { id: string }) => c.id)).toContain(ours);
    expect(ourList.items.map((c: { id: string }) => c.id)).not.toContain(theirId);
    expect((await ctx.as('district_health')({ url: '/api/cases?region=371581' })).json()).toMatchObject({ items: [], total: 0 });
    expect((await ctx.as('linqing_health')({ url: `/api/cases/${ours}` })).statusCode).toBe(404);
    expect((await ctx.as('health')({ url: `/api/cases/${theirId}` })).statusCode).toBe(200);

    expect((await ctx.as('grid_worker')({ url: '/api/cases' })).statusCode).toBe(403);
    expect((await create(newCase(), 'grid_worker')).statusCode).toBe(403);
    expect((await ctx.as('street_staff')({ url: `/api/cases/${ours}` })).statusCode).toBe(200);
    expect((await create(newCase(), 'street_staff')).statusCode).toBe(403);
    expect((await change(ours, { toStatus: 'confirmed' }, 'street_staff')).statusCode).toBe(403);
  });

  it('lists masked names, filters by status and date, counts each status, and exports (audited)', async () => {
    const res = await create(newCase({ status: 'confirmed', statusOn: addDays(today, -20) }, { name: '郑小明', gridCode: GRID_B }));
    const id = res.json().case.id as string;
    const list = (await ctx.as('district_health')({ url: `/api/cases?region=${GRID_B}&status=confirmed&from=${addDays(today, -21)}&to=${addDays(today, -19)}` })).json();
    expect(list.total).toBe(1);
    expect(list.items[0]).toMatchObject({ id, name: '郑*明', status: 'confirmed' });
    expect(list.counts.confirmed).toBe(1);
    expect(Object.keys(list.counts)).toEqual([...CASE_STATUS.codes]);

    const exported = await ctx.as('district_health')({ url: `/api/cases/export?region=${GRID_B}` });
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-type']).toMatch(/spreadsheetml/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(exported.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe('姓名');
    const names = sheet.getColumn(1).values.filter((v) => typeof v === 'string');
    expect(names).toContain('郑*明');
    expect(names).not.toContain('郑小明');
    const audit = await ctx.database.db.selectFrom('audit_log').selectAll().where('action', '=', 'export.cases').execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor_username: 'district_health', region_code: GRID_B });
    expect((await ctx.as('grid_worker')({ url: '/api/cases/export' })).statusCode).toBe(403);
  });
});

/** What the case counters must hold, recounted from the history: every line enters its status, and leaves the one before. */
const RECOUNT = sql<{ day: string; grid_code: string; metric: string; key: string; n: number }>`
  SELECT day, grid_code, metric, key, count(*)::bigint AS n FROM (
    SELECT h.changed_on::text AS day, c.grid_code, 'case_entries' AS metric, h.to_status AS key FROM case_changes h JOIN cases c ON c.id = h.case_id
    UNION ALL
    SELECT h.changed_on::text, c.grid_code, 'case_exits', h.from_status FROM case_changes h JOIN cases c ON c.id = h.case_id WHERE h.from_status IS NOT NULL
  ) lines GROUP BY 1, 2, 3, 4`;

const sorted = <T>(rows: T[]) => rows.map((r) => ({ ...r, n: Number((r as { n: unknown }).n) })).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

/** mulberry32: a reproducible mix. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

describe('case counters', () => {
  it('equal a recount of the history after a randomized mix of writes, retries and refusals', async () => {
    const rand = random(20200123);
    const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)]!;
    const ids: string[] = [];
    let changed = 0;
    const sent: { caseId: string | null; body: Record<string, unknown> }[] = [];
    for (let step = 0; step < 60; step++) {
      const roll = rand();
      if (roll < 0.1 && sent.length > 0) {
        const again = pick(sent);
        await (again.caseId ? change(again.caseId, again.body) : create(again.body));
      } else if (roll < 0.4 || ids.length === 0) {
        const body = newCase({ status: pick(CASE_STATUS.codes), statusOn: addDays(today, -Math.floor(rand() * 30) + (rand() < 0.1 ? 3 : 0)) }, { gridCode: pick([GRID_A, GRID_B]) });
        const res = await create(body);
        if (res.statusCode === 201) ids.push(res.json().case.id);
        sent.push({ caseId: null, body });
      } else {
        const caseId = pick(ids);
        const body = { id: crypto.randomUUID(), toStatus: pick(CASE_STATUS.codes), changedOn: addDays(today, -Math.floor(rand() * 12) + (rand() < 0.1 ? 2 : 0)), source: '随机变更' };
        if ((await change(caseId, body)).statusCode === 201) changed += 1;
        sent.push({ caseId, body });
      }
    }
    expect(Math.min(ids.length, changed)).toBeGreaterThan(4);
    const counters = await ctx.database.db.selectFrom('daily_counts').select([sql<string>`day::text`.as('day'), 'grid_code', 'metric', 'key', 'n'])
      .where('metric', 'in', ['case_entries', 'case_exits']).execute();
    expect(sorted(counters)).toEqual(sorted((await RECOUNT.execute(ctx.database.db)).rows));

    // The reading the dashboards make: in status S today = entries to S − exits from S, summed over the region.
    const fromCounters = await sql<{ key: string; n: number }>`
      SELECT key, sum(CASE metric WHEN 'case_entries' THEN n ELSE -n END)::bigint AS n FROM daily_counts
      WHERE metric IN ('case_entries', 'case_exits') AND day <= ${today} AND grid_code >= '371502' AND grid_code < '371503' GROUP BY key`.execute(ctx.database.db);
    const fromCases = await sql<{ key: string; n: number }>`
      SELECT status AS key, count(*)::bigint AS n FROM cases WHERE grid_code >= '371502' AND grid_code < '371503' GROUP BY status`.execute(ctx.database.db);
    const nonZero = (rows: { key: string; n: number }[]) => Object.fromEntries(rows.map((r) => [r.key, Number(r.n)]).filter(([, n]) => n !== 0));
    expect(nonZero(fromCounters.rows)).toEqual(nonZero(fromCases.rows));
  });
});
