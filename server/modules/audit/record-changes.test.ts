import crypto from 'node:crypto';
import type { Selectable } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, chinaDate } from '../../../common/time.ts';
import type { AuditLogTable } from '../../db/schema.ts';
import { GRID_A, GRID_B, newIdNumber, newPhone, pointInGrid } from '../../test/factories.ts';
import { createTestContext, TEST_PASSWORD, type TestContext } from '../../test/harness.ts';
import { verifyAuditChain } from './service.ts';

/**
 * Every change to a person, household, case, event status, warning verification, account or
 * checkpoint is one entry of the audit chain — who, what, which record, which region, and the
 * changed fields before and after with personal data masked — and a search by ID or phone
 * number is one too. A retried request adds none; the chain verifies afterwards.
 */
let ctx: TestContext;
const today = chinaDate(new Date());
const USERS = ['grid_worker', 'health', 'district_health', 'district_staff', 'street_staff', 'community_staff', 'admin', 'district_admin'];
let seen = 0;

type Entry = Selectable<AuditLogTable>;

/** The entries written since the last call. */
async function newEntries(): Promise<Entry[]> {
  const rows = await ctx.database.db.selectFrom('audit_log').selectAll().where('seq', '>', seen).orderBy('seq').execute();
  if (rows.length > 0) seen = Number(rows.at(-1)!.seq);
  return rows;
}

/** The one entry a request wrote, checked for who, what, where, and for not holding any of `secrets`. */
async function onlyEntry(expected: { action: string; actor: string; targetType: string; targetId?: string; region: string }, secrets: string[]) {
  const entries = await newEntries();
  expect(entries.map((e) => e.action)).toEqual([expected.action]);
  const entry = entries[0]!;
  expect(entry).toMatchObject({
    actor_username: expected.actor, action: expected.action, target_type: expected.targetType, region_code: expected.region,
    ...(expected.targetId ? { target_id: expected.targetId } : {}),
  });
  expect(entry.actor_id).toEqual(expect.any(String));
  const json = JSON.stringify(entry);
  for (const secret of secrets) expect(json).not.toContain(secret);
  return entry.detail as { before?: Record<string, unknown>; after: Record<string, unknown> } & Record<string, unknown>;
}

/** Free text as the log keeps it. */
const length = (text: string) => ({ length: Array.from(text).length });

async function expectNoEntry(): Promise<void> {
  expect((await newEntries()).map((e) => e.action)).toEqual([]);
}

const send = async (as: string, method: 'POST' | 'PATCH' | 'GET', url: string, payload?: object, status = [200, 201]) => {
  const res = await ctx.as(as)({ method, url, ...(payload ? { payload } : {}) });
  expect(status, `${method} ${url}: ${res.body}`).toContain(res.statusCode);
  return res;
};

beforeAll(async () => {
  ctx = await createTestContext();
  for (const user of USERS) await ctx.as(user)({ url: '/api/me' });
  await newEntries();
});
afterAll(() => ctx.close());

describe('record changes in the audit chain', () => {
  let householdId: string;

  it('a household: its address and note as lengths only; a retry adds nothing', async () => {
    const payload = { id: crypto.randomUUID(), address: '柳园路审计巷18号', note: '独居老人，门口有狗', location: await pointInGrid(ctx, GRID_A) };
    const first = await send('grid_worker', 'POST', '/api/households', payload, [201]);
    householdId = first.json().id;
    const detail = await onlyEntry({ action: 'household.create', actor: 'grid_worker', targetType: 'household', targetId: householdId, region: GRID_A }, [payload.address, payload.note]);
    expect(detail).toEqual({ after: { address: length(payload.address), note: length(payload.note) } });
    await send('grid_worker', 'POST', '/api/households', payload, [200]);
    await expectNoEntry();
  });

  it('a person: name, ID and phone masked, the birth year only; a retry adds nothing', async () => {
    const idNumber = newIdNumber('19850612');
    const phone = newPhone();
    const payload = { id: crypto.randomUUID(), householdId, name: '欧阳审计', idNumber, phone, relation: 'head' };
    await send('grid_worker', 'POST', '/api/persons', payload, [201]);
    const detail = await onlyEntry({ action: 'person.create', actor: 'grid_worker', targetType: 'person', targetId: payload.id, region: GRID_A }, ['欧阳审计', idNumber, phone, '1985-06-12', idNumber.slice(6, 14)]);
    expect(detail).toEqual({
      after: {
        name: '欧**计', idNumber: `3715*************${idNumber.slice(-1)}`, phone: `${phone.slice(0, 3)}****${phone.slice(-4)}`,
        sex: Number(idNumber[16]) % 2 ? 'male' : 'female', birthDate: '1985', relation: 'head', householdId,
      },
    });
    await send('grid_worker', 'POST', '/api/persons', payload, [200]);
    await expectNoEntry();
  });

  it('a search by ID or phone number: the kind of number and the count, never the number; other lists are not audited', async () => {
    const idNumber = newIdNumber('19700101');
    const phone = newPhone();
    await send('grid_worker', 'POST', '/api/persons', { id: crypto.randomUUID(), householdId, name: '查询对象', idNumber, phone }, [201]);
    await newEntries();
    const found = await send('health', 'GET', `/api/persons?idNumber=${idNumber}`);
    expect(found.json().total).toBe(1);
    expect(await onlyEntry({ action: 'person.search', actor: 'health', targetType: 'person', region: '3715' }, [idNumber, idNumber.slice(-4)]))
      .toEqual({ by: ['idNumber'], results: 1 });
    await send('district_health', 'GET', `/api/persons?region=371502001&phone=${phone}&idNumber=${idNumber}`);
    expect(await onlyEntry({ action: 'person.search', actor: 'district_health', targetType: 'person', region: '371502001' }, [idNumber, phone]))
      .toEqual({ by: ['idNumber', 'phone'], results: 1 });
    await send('health', 'GET', '/api/persons?phone=12345');
    expect(await onlyEntry({ action: 'person.search', actor: 'health', targetType: 'person', region: '3715' }, ['12345'])).toEqual({ by: ['phone'], results: 0 });
    await send('health', 'GET', '/api/persons?name=查询');
    await send('health', 'GET', `/api/households/${householdId}`);
    await expectNoEntry();
  });

  let caseId: string;

  it('a case entered for someone new: the person and the case, the source and note as lengths; a retry adds nothing', async () => {
    const idNumber = newIdNumber('19900303');
    const payload = {
      id: crypto.randomUUID(), person: { name: '司马病例', idNumber, gridCode: GRID_B }, status: 'suspected',
      statusOn: addDays(today, -3), source: '市卫健委通报', note: '发热门诊转来',
    };
    const first = await send('district_health', 'POST', '/api/cases', payload, [201]);
    caseId = first.json().case.id;
    const personId = first.json().case.personId;
    const entries = await newEntries();
    expect(entries.map((e) => [e.action, e.target_id, e.region_code, e.actor_username])).toEqual([
      ['person.create', personId, GRID_B, 'district_health'],
      ['case.create', caseId, GRID_B, 'district_health'],
    ]);
    for (const secret of ['司马病例', idNumber, payload.source, payload.note]) expect(JSON.stringify(entries)).not.toContain(secret);
    expect(entries[1]!.detail).toEqual({ after: { personId, status: 'suspected', statusOn: payload.statusOn, source: length(payload.source), note: length(payload.note) } });
    await send('district_health', 'POST', '/api/cases', payload, [200]);
    await expectNoEntry();
  });

  it('a change of a case\'s status: before and after of what changed; a retry adds nothing', async () => {
    const change = { id: crypto.randomUUID(), toStatus: 'confirmed', fromStatus: 'suspected', changedOn: addDays(today, -1), source: '定点医院核酸阳性报告' };
    await send('district_health', 'POST', `/api/cases/${caseId}/changes`, change, [201]);
    const detail = await onlyEntry({ action: 'case.change', actor: 'district_health', targetType: 'case', targetId: caseId, region: GRID_B }, [change.source, '发热门诊转来']);
    expect(detail).toEqual({
      before: { status: 'suspected', statusOn: addDays(today, -3), source: length('市卫健委通报'), note: length('发热门诊转来') },
      after: { status: 'confirmed', statusOn: change.changedOn, source: length(change.source), note: null },
    });
    await send('district_health', 'POST', `/api/cases/${caseId}/changes`, change, [200]);
    await expectNoEntry();
  });

  it('an event\'s status: from and to, the note as its length; a refused move adds nothing', async () => {
    const event = await send('grid_worker', 'POST', '/api/events', {
      id: crypto.randomUUID(), category: 'disinfection', description: '楼道消毒', occurredAt: new Date(Date.now() - 60_000).toISOString(), location: await pointInGrid(ctx, GRID_A),
    }, [201]);
    await expectNoEntry();
    const id = event.json().id;
    await send('district_staff', 'POST', `/api/events/${id}/accept`, { note: '已派单至社区' });
    const detail = await onlyEntry({ action: 'event.accept', actor: 'district_staff', targetType: 'event', targetId: id, region: GRID_A }, ['已派单至社区']);
    expect(detail).toEqual({ before: { status: 'reported', note: null }, after: { status: 'accepted', note: length('已派单至社区') } });
    await send('district_staff', 'POST', `/api/events/${id}/accept`, {}, [409]);
    await expectNoEntry();
  });

  it('a warning\'s verification: outcome, time and the note\'s length, nothing of the declarant; resending adds nothing', async () => {
    const checkpoint = (await send('community_staff', 'GET', '/api/checkpoints')).json().items[0];
    const phone = newPhone();
    const declared = await ctx.app.inject({
      method: 'POST', url: '/api/public/declarations',
      payload: { token: checkpoint.token, id: crypto.randomUUID(), name: '诸葛发热', phone, direction: 'in', temperature: 38.2, symptoms: [], keyAreaTravel: false, caseContact: false },
    });
    expect(declared.statusCode, declared.body).toBe(201);
    const warning = (await send('street_staff', 'GET', '/api/warnings?status=open&limit=100')).json().items.find((w: { name: string }) => w.name === '诸**热');
    await newEntries();
    const verified = await send('street_staff', 'POST', `/api/warnings/${warning.id}/verify`, { outcome: 'fever_clinic', note: '已陪同前往发热门诊' });
    const detail = await onlyEntry({ action: 'warning.verify', actor: 'street_staff', targetType: 'warning', targetId: warning.id, region: checkpoint.grid.code }, ['诸葛发热', phone, '已陪同前往发热门诊']);
    expect(detail).toEqual({
      before: { status: 'open', outcome: null, verifiedAt: null, note: null },
      after: { status: 'verified', outcome: 'fever_clinic', verifiedAt: verified.json().verifiedAt, note: length('已陪同前往发热门诊') },
    });
    await send('street_staff', 'POST', `/api/warnings/${warning.id}/verify`, { outcome: 'fever_clinic' });
    await expectNoEntry();
  });

  it('an account: created, renamed (masked), re-roled, moved, disabled, unlocked, its password reset; nothing changed, nothing recorded', async () => {
    const created = await send('district_admin', 'POST', '/api/users', { username: 'audit_worker', displayName: '慕容网格', role: 'grid_worker', regionCode: GRID_A, password: TEST_PASSWORD }, [201]);
    const id = created.json().id;
    const target = { actor: 'district_admin', targetType: 'user', targetId: id };
    expect(await onlyEntry({ ...target, action: 'user.create', region: GRID_A }, ['慕容网格', TEST_PASSWORD]))
      .toEqual({ after: { username: 'audit_worker', displayName: '慕**格', role: 'grid_worker', regionCode: GRID_A, disabled: false } });
    await send('district_admin', 'PATCH', `/api/users/${id}`, { displayName: '慕容街道' });
    expect(await onlyEntry({ ...target, action: 'user.update', region: GRID_A }, ['慕容网格', '慕容街道']))
      .toEqual({ before: { displayName: '慕**格' }, after: { displayName: '慕**道' } });
    await send('district_admin', 'PATCH', `/api/users/${id}`, { role: 'staff', regionCode: '371502002' });
    expect(await onlyEntry({ ...target, action: 'user.update', region: '371502' }, []))
      .toEqual({ before: { role: 'grid_worker', regionCode: GRID_A }, after: { role: 'staff', regionCode: '371502002' } });
    await send('district_admin', 'PATCH', `/api/users/${id}`, { disabled: true });
    expect(await onlyEntry({ ...target, action: 'user.update', region: '371502002' }, [])).toEqual({ before: { disabled: false }, after: { disabled: true } });
    await send('district_admin', 'PATCH', `/api/users/${id}`, { unlock: true, disabled: true });
    expect(await onlyEntry({ ...target, action: 'user.update', region: '371502002' }, [])).toEqual({ unlocked: true });
    await send('district_admin', 'PATCH', `/api/users/${id}`, { disabled: true, displayName: '慕容街道' });
    await expectNoEntry();
    await send('district_admin', 'POST', `/api/users/${id}/password`, { password: 'Audit-reset-2024' }, [204]);
    expect(await onlyEntry({ ...target, action: 'user.password_reset', region: '371502002' }, ['Audit-reset-2024'])).toEqual({});
  });

  it('a checkpoint: created, renamed and closed, moved, its token rotated — never the token', async () => {
    const created = await send('street_staff', 'POST', '/api/checkpoints', { name: '审计路口卡点', kind: 'road_checkpoint', location: await pointInGrid(ctx, GRID_A) }, [201]);
    const checkpoint = created.json();
    const target = { actor: 'street_staff', targetType: 'checkpoint', targetId: checkpoint.id };
    const detail = await onlyEntry({ ...target, action: 'checkpoint.create', region: GRID_A }, [checkpoint.token]);
    expect(detail).toEqual({ after: { name: '审计路口卡点', kind: 'road_checkpoint', active: true, gridCode: GRID_A, lon: checkpoint.lon, lat: checkpoint.lat, tokenIssuedAt: checkpoint.tokenIssuedAt } });
    await send('street_staff', 'PATCH', `/api/checkpoints/${checkpoint.id}`, { name: '审计路口北卡点', active: false });
    expect(await onlyEntry({ ...target, action: 'checkpoint.update', region: GRID_A }, [checkpoint.token]))
      .toEqual({ before: { name: '审计路口卡点', active: true }, after: { name: '审计路口北卡点', active: false } });
    const moved = (await send('street_staff', 'PATCH', `/api/checkpoints/${checkpoint.id}`, { location: await pointInGrid(ctx, GRID_B), active: false })).json();
    expect(await onlyEntry({ ...target, action: 'checkpoint.update', region: '371502001001' }, []))
      .toEqual({ before: { gridCode: GRID_A, lon: checkpoint.lon, lat: checkpoint.lat }, after: { gridCode: GRID_B, lon: moved.lon, lat: moved.lat } });
    const rotated = (await send('street_staff', 'POST', `/api/checkpoints/${checkpoint.id}/rotate-token`)).json();
    expect(await onlyEntry({ ...target, action: 'checkpoint.rotate_token', region: GRID_B }, [checkpoint.token, rotated.token]))
      .toEqual({ before: { tokenIssuedAt: checkpoint.tokenIssuedAt }, after: { tokenIssuedAt: rotated.tokenIssuedAt } });
  });

  it('the chain verifies afterwards', async () => {
    const result = await verifyAuditChain(ctx.database.db);
    expect(result).toMatchObject({ ok: true, brokenAtSeq: null });
    expect(result.checked).toBe(seen);
  });
});
