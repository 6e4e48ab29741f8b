import crypto from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYMPTOM } from '../../../common/declarations/vocabulary.ts';
import { checkIdNumber } from '../../../common/identity/id-number.ts';
import { checkMobilePhone } from '../../../common/identity/phone.ts';
import { createTestContext, type TestContext } from '../../test/harness.ts';

/**
 * The public endpoints are the only unauthenticated writes: throw thousands of malformed
 * bodies at them. Every one must get a 4xx with the error shape, nothing may be stored, and
 * the server must never answer 5xx.
 */
let ctx: TestContext;
let token: string;
beforeAll(async () => {
  ctx = await createTestContext({ env: { EPIGRID_DECLARATIONS_PER_IP_PER_MINUTE: '1000000', EPIGRID_DECLARATIONS_PER_CHECKPOINT_PER_MINUTE: '1000000' } });
  token = (await ctx.as('community_staff')({ url: '/api/checkpoints' })).json().items[0].token;
});
afterAll(() => ctx.close());

const valid = () => ({
  token, id: crypto.randomUUID(), name: '张三', phone: '13812345678', direction: 'in', temperature: 36.6,
  symptoms: [] as string[], keyAreaTravel: false, caseContact: false,
});
const FIELDS = Object.keys(valid());
const stored = async () => Number((await ctx.database.db.selectFrom('declarations').select(ctx.database.db.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

/** Any JSON value, including the awkward ones: huge numbers, deep nesting, odd strings. */
const anyJson = fc.jsonValue({ maxDepth: 3 });
const anyString = fc.oneof(
  fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 40 }), fc.constant(''), fc.constant(' '.repeat(50)),
  fc.constant('\u0000'), fc.constant('<script>alert(1)</script>'), fc.constant("'; DROP TABLE declarations; --"), fc.string({ minLength: 3000, maxLength: 3500 }),
);
const notA = (type: string) => fc.oneof(anyJson, anyString).filter((v) => typeof v !== type || v === null);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** For each field, values that must be refused (never a value the contract accepts). */
const invalidValue: Record<string, fc.Arbitrary<unknown>> = {
  token: fc.oneof(anyJson, anyString).filter((v) => v !== token),
  id: fc.oneof(anyJson, anyString).filter((v) => typeof v !== 'string' || !UUID.test(v)),
  name: fc.oneof(notA('string'), fc.constantFrom('', '   ', '\t\n'), fc.string({ minLength: 31, maxLength: 80 })),
  phone: fc.oneof(anyJson, anyString).filter((v) => typeof v !== 'string' || !checkMobilePhone(v).ok || v.length > 20 || v.length < 11),
  direction: fc.oneof(anyJson, anyString).filter((v) => v !== 'in' && v !== 'out'),
  temperature: fc.oneof(notA('number'), fc.double({ min: 42.01, max: 1e12 }), fc.double({ min: -1e12, max: 34.99 }), fc.constant(Number.NaN)),
  symptoms: fc.oneof(
    notA('object'),
    fc.constant({}),
    fc.array(fc.oneof(fc.constantFrom(...SYMPTOM.codes), anyString), { minLength: 1, maxLength: 12 })
      .filter((a) => a.some((x) => !(SYMPTOM.codes as readonly unknown[]).includes(x)) || new Set(a).size !== a.length),
  ),
  keyAreaTravel: notA('boolean'),
  caseContact: notA('boolean'),
  idNumber: fc.oneof(notA('string'), fc.string({ minLength: 1, maxLength: 20 }).filter((v) => v.trim() !== '' && !checkIdNumber(v.trim()).ok)),
};

/** A valid body with one field replaced by something invalid, a required field removed, or a field added. */
const brokenBody = fc.oneof(
  fc.constantFrom(...Object.keys(invalidValue)).chain((field) => invalidValue[field]!.map((value) => ({ ...valid(), [field]: value }))),
  fc.constantFrom(...FIELDS).map((field) => {
    const body: Record<string, unknown> = valid();
    delete body[field];
    return body;
  }),
  fc.record({ key: fc.string({ minLength: 1, maxLength: 20 }).filter((k) => !FIELDS.includes(k) && k !== 'idNumber' && k !== '__proto__'), value: anyJson })
    .map(({ key, value }) => ({ ...valid(), [key]: value })),
);

describe('public declaration endpoint under malformed input', () => {
  it('answers every broken body with a 4xx and stores none', async () => {
    const before = await stored();
    await fc.assert(fc.asyncProperty(brokenBody, async (body) => {
      const res = await ctx.app.inject({ method: 'POST', url: '/api/public/declarations', payload: body as object });
      expect(res.statusCode, `${res.statusCode} for ${JSON.stringify(body).slice(0, 200)}`).toBeGreaterThanOrEqual(400);
      expect(res.statusCode).toBeLessThan(500);
      expect(res.json().error.code).toMatch(/^[A-Z_]+$/);
    }), { numRuns: 1500 });
    expect(await stored()).toBe(before);
  });

  it('answers raw garbage (not JSON, wrong types, huge, wrong content type) with a 4xx', async () => {
    await fc.assert(fc.asyncProperty(
      fc.oneof(fc.string({ maxLength: 200 }), anyJson.map((v) => JSON.stringify(v)), fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b).toString('latin1'))),
      fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x'),
      async (payload, contentType) => {
        const res = await ctx.app.inject({ method: 'POST', url: '/api/public/declarations', payload, headers: { 'content-type': contentType } });
        expect(res.statusCode).toBeGreaterThanOrEqual(400);
        expect(res.statusCode).toBeLessThan(500);
      },
    ), { numRuns: 600 });
    const huge = await ctx.app.inject({ method: 'POST', url: '/api/public/declarations', payload: { ...valid(), name: 'x'.repeat(10_000) } });
    expect(huge.statusCode).toBe(413);
  });

  it('answers malformed and unknown tokens on the lookup with a 4xx', async () => {
    await fc.assert(fc.asyncProperty(fc.string({ maxLength: 80 }), async (t) => {
      const res = await ctx.app.inject({ url: `/api/public/checkpoints/${encodeURIComponent(t)}` });
      expect(res.statusCode).toBeGreaterThanOrEqual(400);
      expect(res.statusCode).toBeLessThan(500);
    }), { numRuns: 500 });
  });

  it('still takes a valid declaration afterwards', async () => {
    const res = await ctx.app.inject({ method: 'POST', url: '/api/public/declarations', payload: valid() });
    expect(res.statusCode).toBe(201);
  });
});
