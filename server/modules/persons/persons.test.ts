import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGridWorker, createHousehold, createPerson, GRID_A, GRID_B, newIdNumber, newPhone } from '../../test/factories.ts';
import { createTestContext, type TestContext } from '../../test/harness.ts';

let ctx: TestContext;
let householdId: string;
beforeAll(async () => {
  ctx = await createTestContext();
  await createGridWorker(ctx, 'worker_b', GRID_B);
  householdId = (await createHousehold(ctx, 'grid_worker', GRID_A)).id;
});
afterAll(() => ctx.close());

const post = (as: string, payload: Record<string, unknown>) => ctx.as(as)({ method: 'POST', url: '/api/persons', payload: { id: crypto.randomUUID(), householdId, ...payload } });

describe('persons', () => {
  it('stores ID and phone numbers encrypted, answers them masked, and reads birth date and sex from the ID', async () => {
    const idNumber = newIdNumber('19900215');
    const phone = newPhone();
    const res = await post('grid_worker', { name: '张三', idNumber, phone, relation: 'head' });
    expect(res.statusCode).toBe(201);
    const person = res.json();
    // The answer carries the birth year only: beside the masked number the full date would undo it.
    expect(person).toMatchObject({ name: '张三', birthYear: 1990, idNumberMasked: `3715*************${idNumber.slice(-1)}`, phoneMasked: `${phone.slice(0, 3)}****${phone.slice(-4)}` });
    expect(person).not.toHaveProperty('birthDate');
    expect(person.sex).toBe(Number(idNumber[16]) % 2 ? 'male' : 'female');
    const row = await ctx.database.db.selectFrom('persons').selectAll().where('id', '=', person.id).executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain(idNumber);
    expect(JSON.stringify(row)).not.toContain(phone);
    expect(ctx.services.pii.decrypt(row.id_number_cipher!)).toBe(idNumber);
    expect(row.birth_date).toBe('1990-02-15');
  });

  it('never registers the same ID number twice: the worker is shown the existing record, masked', async () => {
    const idNumber = newIdNumber('19750101');
    const first = await post('grid_worker', { name: '赵六', idNumber });
    expect(first.statusCode).toBe(201);
    // Another worker elsewhere meets the same person.
    const otherHousehold = await createHousehold(ctx, 'worker_b', GRID_B);
    const second = await ctx.as('worker_b')({ method: 'POST', url: '/api/persons', payload: { id: crypto.randomUUID(), householdId: otherHousehold.id, name: '赵六', idNumber: idNumber.toLowerCase() } });
    expect(second.statusCode).toBe(409);
    expect(second.json().error.code).toBe('PERSON_EXISTS');
    expect(second.json().existing).toMatchObject({ id: first.json().id, name: '赵*', idNumberMasked: first.json().idNumberMasked });
    expect(JSON.stringify(second.json())).not.toContain(idNumber);
    // A retry of the first registration is still answered 200.
    const rows = await ctx.database.db.selectFrom('persons').select('id').where('name', '=', '赵六').execute();
    expect(rows).toHaveLength(1);
  });

  it('a retry with the same id answers the stored person', async () => {
    const payload = { id: crypto.randomUUID(), householdId, name: '钱七', idNumber: newIdNumber('19660606') };
    const first = await ctx.as('grid_worker')({ method: 'POST', url: '/api/persons', payload });
    const retry = await ctx.as('grid_worker')({ method: 'POST', url: '/api/persons', payload });
    expect([first.statusCode, retry.statusCode]).toEqual([201, 200]);
    expect(retry.json()).toEqual(first.json());
    const stolen = await ctx.as('worker_b')({ method: 'POST', url: '/api/persons', payload });
    expect(stolen.statusCode).toBe(409);
    expect(stolen.json().error.code).toBe('ID_IN_USE');
  });

  it('rejects a wrong check digit, a bad phone, a mismatched birth date and a future birth date, field by field', async () => {
    const good = newIdNumber('19800101');
    const wrongCheck = good.slice(0, 17) + (good[17] === '1' ? '2' : '1');
    const before = await ctx.database.db.selectFrom('persons').select(ctx.database.db.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const res = await post('grid_worker', { name: '孙八', idNumber: wrongCheck, phone: '12345' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual({ idNumber: 'ID_NUMBER_CHECKSUM', phone: 'PHONE_INVALID' });
    const noName = await post('grid_worker', { name: '' });
    expect(Object.keys(noName.json().error.fields)).toEqual(['name']);
    const mismatch = await post('grid_worker', { name: '孙八', idNumber: good, birthDate: '1981-01-01' });
    expect(mismatch.json().error.fields).toEqual({ birthDate: 'BIRTH_DATE_MISMATCH' });
    const future = await post('grid_worker', { name: '孙八', birthDate: '2999-01-01' });
    expect(future.json().error.fields).toEqual({ birthDate: 'FUTURE_DATE' });
    const badEnum = await post('grid_worker', { name: '孙八', relation: 'king', sex: 'x' });
    expect(Object.keys(badEnum.json().error.fields).sort()).toEqual(['relation', 'sex']);
    const after = await ctx.database.db.selectFrom('persons').select(ctx.database.db.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });

  it('lists masked names to staff, finds a person by ID number, and reveals only with the permission, audited', async () => {
    const idNumber = newIdNumber('19700707');
    const phone = newPhone();
    const person = await createPerson(ctx, 'grid_worker', householdId, { name: '周建华', idNumber, phone });
    const list = (await ctx.as('street_staff')({ url: `/api/persons?idNumber=${idNumber}` })).json();
    expect(list.items).toHaveLength(1);
    expect(list.items[0].name).toBe('周*华');
    const detail = (await ctx.as('street_staff')({ url: `/api/persons/${person.id}` })).json();
    expect(detail.person.name).toBe('周建华');
    expect(detail.household.id).toBe(householdId);
    const denied = await ctx.as('street_staff')({ method: 'POST', url: `/api/persons/${person.id}/reveal`, payload: { reason: '核实身份' } });
    expect(denied.statusCode).toBe(403);
    const noReason = await ctx.as('health')({ method: 'POST', url: `/api/persons/${person.id}/reveal`, payload: {} });
    expect(noReason.statusCode).toBe(400);
    const revealed = await ctx.as('health')({ method: 'POST', url: `/api/persons/${person.id}/reveal`, payload: { reason: '流调核实' } });
    expect(revealed.statusCode).toBe(200);
    expect(revealed.json()).toEqual({ idNumber, phone, birthDate: '1970-07-07' });
    const audit = await ctx.database.db.selectFrom('audit_log').selectAll().where('action', '=', 'pii.reveal').execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor_username: 'health', target_id: person.id, region_code: GRID_A });
    expect(JSON.stringify(audit[0])).not.toContain(idNumber);
    // Outside the revealer's region the person does not exist for them.
    expect((await ctx.as('linqing_staff')({ url: `/api/persons/${person.id}` })).statusCode).toBe(404);
  });
});
