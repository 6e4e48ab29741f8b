import crypto from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYMPTOM } from '../../../common/declarations/vocabulary.ts';
import { checkIdNumber } from '../../../common/identity/id-number.ts';
import { checkMobilePhone } from '../../../common/identity/phone.ts';
import { newIdNumber } from '../../test/factories.ts';
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
  idNumber: fc.oneof(notA('string'), fc.string({ minLength: 1, maxLength: 20 }).filter((v) => !checkIdNumber(v).ok)),
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

/**
 * Hostile text in every string of the body: the characters that break storage (NUL, unpaired
 * surrogates), display (C0/C1 controls, bidi overrides, zero-width) or size, alone, mixed with
 * ordinary text, or slipped into an otherwise valid value. Whatever comes, the answer is never
 * 5xx, and a declaration is stored only if every field is valid by the text rule, judged here
 * independently of the server's code.
 */
const HOSTILE = [
  '\u0000', '\u0007', '\b', '\t', '\n', '\r', '\u000B', '\u000C', '\u001B', '\u007F', '\u0085', '\u009B', '\u00A0',
  '\u061C', '\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E',
  '\u2028', '\u2029', '\u2060', '\u2066', '\u2067', '\u2068', '\u2069', '\u3000', '\uFEFF', '\uFFFD', '\uFFFF',
  '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uD83D\uDE00', ' ', '-', '+86', 'x', 'X',
];
const VALID_ID = newIdNumber();
const piece = fc.oneof(
  fc.constantFrom(...HOSTILE),
  fc.string({ unit: 'binary', maxLength: 4 }),
  fc.string({ unit: 'grapheme', maxLength: 4 }),
  fc.constantFrom('张', '三', '欧阳', 'Li', '1', '3', '8'),
);
const insertInto = (base: string) => fc.tuple(fc.nat({ max: base.length }), piece).map(([at, p]) => base.slice(0, at) + p + base.slice(at));
const hostileText = fc.oneof(
  fc.array(piece, { maxLength: 12 }).map((parts) => parts.join('')),
  fc.constantFrom('张三', '13812345678', '+8613812345678', VALID_ID, VALID_ID.toLowerCase()).chain(insertInto),
  fc.constantFrom('张三', '13812345678', VALID_ID),
  fc.string({ unit: 'binary', minLength: 25, maxLength: 40 }),
  fc.string({ unit: 'binary', minLength: 1000, maxLength: 3000 }),
);

/** The rule as docs/api.md states it, written out again rather than imported. */
const LONE_SURROGATE = /(?:[\uD800-\uDBFF](?![\uDC00-\uDFFF]))|(?:(?<![\uD800-\uDBFF])[\uDC00-\uDFFF])/;
const validName = (v: string) => !LONE_SURROGATE.test(v) && !/[\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/u.test(v)
  && /[^\s\p{Default_Ignorable_Code_Point}]/u.test(v) && Array.from(v.trim()).length <= 30;
const validPhone = (v: string) => /^(\+86)?1[3-9][0-9]{9}$/.test(v);
const validId = (v: string) => /^[0-9]{17}[0-9Xx]$/.test(v) && checkIdNumber(v).ok;

const STRING_FIELDS = ['token', 'id', 'name', 'phone', 'idNumber', 'direction'] as const;
/** Each field hostile or left valid; the three resident-typed fields often, token, id and direction now and then. */
const sometimes = (field: string) => fc.oneof(
  { arbitrary: fc.constant(null), weight: field === 'name' || field === 'phone' || field === 'idNumber' ? 1 : 8 },
  { arbitrary: hostileText, weight: 1 },
);
const hostileBody = fc.record(Object.fromEntries(STRING_FIELDS.map((f) => [f, sometimes(f)])) as Record<(typeof STRING_FIELDS)[number], fc.Arbitrary<string | null>>)
  .filter((r) => Object.values(r).some((v) => v !== null));

describe('public declaration endpoint under hostile text', () => {
  const RUNS = 2500;
  it(`never answers 5xx and stores a declaration only when every field is valid (${RUNS} bodies)`, async () => {
    const before = await stored();
    const accepted: string[] = [];
    let refused = 0;
    await fc.assert(fc.asyncProperty(hostileBody, async (changes) => {
      const body: Record<string, unknown> = valid();
      for (const [field, value] of Object.entries(changes)) if (value !== null) body[field] = value;
      const res = await ctx.app.inject({ method: 'POST', url: '/api/public/declarations', payload: body });
      const shown = JSON.stringify(changes).slice(0, 300);
      expect(res.statusCode, `${res.statusCode} ${res.body.slice(0, 200)} for ${shown}`).toBeLessThan(500);
      if (res.statusCode === 201) {
        expect(body.token === token && UUID.test(String(body.id)) && (body.direction === 'in' || body.direction === 'out'), shown).toBe(true);
        expect(validName(String(body.name)) && validPhone(String(body.phone)) && (body.idNumber === undefined || body.idNumber === '' || validId(String(body.idNumber))), `stored ${shown}`).toBe(true);
        accepted.push(String(body.id));
      } else {
        refused += 1;
        expect(res.json().error.code).toMatch(/^[A-Z_]+$/);
      }
    }), { numRuns: RUNS });
    expect(await stored()).toBe(before + new Set(accepted).size);
    const names = accepted.length === 0 ? [] : await ctx.database.db.selectFrom('declarations').select('name').where('id', 'in', accepted).execute();
    expect(names.filter((r) => !validName(r.name))).toEqual([]);
    // Both sides of the property were exercised.
    expect(refused).toBeGreaterThan(RUNS / 2);
    expect(accepted.length).toBeGreaterThan(20);
  });

  it('answers a checkpoint lookup with hostile bytes in the token (NUL, invalid UTF-8) with a 4xx', async () => {
    const bytes = fc.oneof(
      hostileText.map((t) => [...Buffer.from(t, 'utf8')].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('')),
      fc.constantFrom('%00', '%ED%A0%80', '%C0%80', '%FF', 'AAAAAAAAAAAAAAAA%00', 'AAAAAAAAAAAAAAAA%E2%80%AE'),
    );
    await fc.assert(fc.asyncProperty(bytes, async (t) => {
      const res = await ctx.app.inject({ url: `/api/public/checkpoints/${t}` });
      expect(res.statusCode, `${res.statusCode} for ${t}`).toBeGreaterThanOrEqual(400);
      expect(res.statusCode).toBeLessThan(500);
    }), { numRuns: 500 });
  });
});
