import crypto from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, chinaDate } from '../../common/time.ts';
import { createHousehold, createPerson, GRID_A, isoNow, newIdNumber, newPhone, pointInGrid } from '../test/factories.ts';
import { createTestContext, TEST_PASSWORD, type TestContext } from '../test/harness.ts';

/**
 * The text rule (common/text/rules.ts, docs/api.md "Text fields") on every endpoint that takes
 * text people type: each malformed value answers 400 VALIDATION_FAILED naming the field with a
 * stable code, and nothing is stored or changed.
 */
let ctx: TestContext;
const today = chinaDate(new Date());
const setup = {} as {
  household: { id: string }; person: { id: string }; eventId: string; warningId: string; departmentId: string;
  checkpoint: { id: string; token: string }; userId: string; caseId: string; location: { lon: number; lat: number };
};

beforeAll(async () => {
  ctx = await createTestContext({ env: { EPIGRID_DECLARATIONS_PER_IP_PER_MINUTE: '100000', EPIGRID_DECLARATIONS_PER_CHECKPOINT_PER_MINUTE: '100000' } });
  // Signed in before counting: a sign-in writes an audit entry.
  for (const user of ['grid_worker', 'street_staff', 'community_staff', 'admin', 'district_health', 'health']) await ctx.as(user)({ url: '/api/auth/me' });
  setup.location = await pointInGrid(ctx, GRID_A);
  setup.household = await createHousehold(ctx, 'grid_worker', GRID_A);
  setup.person = await createPerson(ctx, 'grid_worker', setup.household.id);
  setup.eventId = crypto.randomUUID();
  await ctx.as('grid_worker')({ method: 'POST', url: '/api/events', payload: { id: setup.eventId, category: 'disinfection', description: '消毒作业', occurredAt: isoNow(-60_000), location: setup.location } });
  setup.departmentId = (await ctx.as('admin')({ method: 'POST', url: '/api/departments', payload: { regionCode: '371502', kind: 'health', name: '文本规则卫健局' } })).json().id;
  setup.checkpoint = (await ctx.as('community_staff')({ url: '/api/checkpoints' })).json().items[0];
  await ctx.app.inject({ method: 'POST', url: '/api/public/declarations', payload: { token: setup.checkpoint.token, id: crypto.randomUUID(), name: '周发热', phone: newPhone(), direction: 'in', temperature: 38.5, symptoms: [], keyAreaTravel: false, caseContact: false } });
  setup.warningId = (await ctx.as('grid_worker')({ url: '/api/warnings?status=open' })).json().items.find((w: { name: string }) => w.name === '周发热').id;
  setup.userId = (await ctx.as('admin')({ method: 'POST', url: '/api/users', payload: { username: 'text_rule_user', displayName: '文本规则', role: 'grid_worker', regionCode: GRID_A, password: TEST_PASSWORD } })).json().id;
  setup.caseId = (await ctx.as('district_health')({ method: 'POST', url: '/api/cases', payload: { id: crypto.randomUUID(), person: { name: '钱病例', gridCode: GRID_A }, status: 'suspected', statusOn: addDays(today, -3), source: '市卫健委通报' } })).json().case.id;
});
afterAll(() => ctx.close());

type Kind = 'name' | 'text' | 'phone' | 'idNumber';

/** An endpoint, one of its text fields, and what must not change when it is refused. */
interface Target {
  label: string;
  field: string;
  kind: Kind;
  send: (value: string) => Promise<LightMyRequestResponse>;
  snapshot: () => Promise<unknown>;
}

const db = () => ctx.database.db;
const countOf = (table: 'persons' | 'households' | 'movements' | 'events' | 'visits' | 'duty_shifts' | 'checkpoints' | 'users' | 'cases' | 'case_changes' | 'declarations' | 'audit_log' | 'departments' | 'event_requests') =>
  async () => Number((await db().selectFrom(table).select(db().fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
const set = (obj: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> => {
  const [head, ...rest] = path.split('.');
  return rest.length === 0 ? { ...obj, [head!]: value } : { ...obj, [head!]: set(obj[head!] as Record<string, unknown>, rest.join('.'), value) };
};

function targets(): Target[] {
  const post = (as: string, url: string | (() => string), body: () => Record<string, unknown>, method: 'POST' | 'PATCH' = 'POST') =>
    (field: string) => (value: string) => ctx.as(as)({ method, url: typeof url === 'string' ? url : url(), payload: set(body(), field, value) });
  const person = post('grid_worker', '/api/persons', () => ({ id: crypto.randomUUID(), householdId: setup.household.id, name: '王建国', relation: 'spouse' }));
  const household = post('grid_worker', '/api/households', () => ({ id: crypto.randomUUID(), address: `柳园路${crypto.randomInt(1e6)}号`, location: setup.location }));
  const movement = post('grid_worker', '/api/movements', () => ({ id: crypto.randomUUID(), personId: setup.person.id, direction: 'arrival', category: 'other_province', province: '河北省', healthStatus: 'normal', transport: 'train', leftOn: addDays(today, -2), arrivedOn: addDays(today, -1) }));
  const event = post('grid_worker', '/api/events', () => ({ id: crypto.randomUUID(), category: 'disinfection', description: '消毒作业', occurredAt: isoNow(-60_000), location: setup.location }));
  const eventStep = (as: string, step: string, body: Record<string, unknown>) => post(as, () => `/api/events/${setup.eventId}/${step}`, () => body);
  const department = post('admin', '/api/departments', () => ({ regionCode: '371502', kind: 'cdc', name: `疾控${crypto.randomInt(1e6)}` }));
  const eventRequest = post('grid_worker', () => `/api/events/${setup.eventId}/requests`, () => ({ kind: 'void', reason: '误报' }));
  const eventDecision = post('street_staff', () => `/api/events/${setup.eventId}/requests/${crypto.randomUUID()}/decision`, () => ({ approved: false }));
  const visit = post('grid_worker', '/api/visits', () => ({ id: crypto.randomUUID(), householdId: setup.household.id, visitedAt: isoNow(-60_000), metCount: 1, outcome: 'normal' }));
  const shift = post('grid_worker', '/api/duty/shifts', () => ({ id: crypto.randomUUID(), startedAt: isoNow(-60_000), checkpointName: '光岳路卡点' }));
  const checkpoint = post('community_staff', '/api/checkpoints', () => ({ name: '新卡点', kind: 'residential_entrance', location: setup.location }));
  const checkpointChange = post('community_staff', () => `/api/checkpoints/${setup.checkpoint.id}`, () => ({}), 'PATCH');
  const user = post('admin', '/api/users', () => ({ username: `u${crypto.randomInt(1e9)}`, displayName: '新用户', role: 'grid_worker', regionCode: GRID_A, password: TEST_PASSWORD }));
  const userChange = post('admin', () => `/api/users/${setup.userId}`, () => ({}), 'PATCH');
  const newCase = post('district_health', '/api/cases', () => ({ id: crypto.randomUUID(), person: { name: '孙病例', gridCode: GRID_A }, status: 'suspected', statusOn: addDays(today, -2), source: '市卫健委通报' }));
  const caseChange = post('district_health', () => `/api/cases/${setup.caseId}/changes`, () => ({ id: crypto.randomUUID(), toStatus: 'confirmed', changedOn: addDays(today, -1), source: '定点医院报告' }));
  const verify = post('grid_worker', () => `/api/warnings/${setup.warningId}/verify`, () => ({ outcome: 'normal' }));
  const reveal = post('health', () => `/api/persons/${setup.person.id}/reveal`, () => ({ reason: '核实身份' }));
  const declaration = (field: string) => (value: string) => ctx.app.inject({
    method: 'POST', url: '/api/public/declarations',
    payload: set({ token: setup.checkpoint.token, id: crypto.randomUUID(), name: '张三', phone: newPhone(), direction: 'in', temperature: 36.5, symptoms: [], keyAreaTravel: false, caseContact: false }, field, value),
  });
  const checkpointName = async () => (await db().selectFrom('checkpoints').select('name').where('id', '=', setup.checkpoint.id).executeTakeFirstOrThrow()).name;
  const displayName = async () => (await db().selectFrom('users').select('display_name').where('id', '=', setup.userId).executeTakeFirstOrThrow()).display_name;
  const eventStatusNow = async () => (await db().selectFrom('events').select(['status', 'status_note']).where('id', '=', setup.eventId).executeTakeFirstOrThrow());
  const warningNow = async () => (await db().selectFrom('warnings').select(['status', 'note']).where('id', '=', setup.warningId).executeTakeFirstOrThrow());
  const t = (label: string, field: string, kind: Kind, send: (f: string) => (v: string) => Promise<LightMyRequestResponse>, snapshot: () => Promise<unknown>): Target =>
    ({ label, field, kind, send: send(field), snapshot });
  return [
    t('POST /api/persons', 'name', 'name', person, countOf('persons')),
    t('POST /api/persons', 'phone', 'phone', person, countOf('persons')),
    t('POST /api/persons', 'idNumber', 'idNumber', person, countOf('persons')),
    t('POST /api/households', 'address', 'text', household, countOf('households')),
    t('POST /api/households', 'note', 'text', household, countOf('households')),
    t('POST /api/movements', 'province', 'name', movement, countOf('movements')),
    t('POST /api/movements', 'city', 'name', movement, countOf('movements')),
    t('POST /api/movements', 'note', 'text', movement, countOf('movements')),
    t('POST /api/events', 'description', 'text', event, countOf('events')),
    t('POST /api/events/:id/accept', 'note', 'text', eventStep('street_staff', 'accept', {}), eventStatusNow),
    t('POST /api/events/:id/reject', 'note', 'text', eventStep('street_staff', 'reject', {}), eventStatusNow),
    t('POST /api/events/:id/dispatch', 'note', 'text', eventStep('street_staff', 'dispatch', { departmentId: setup.departmentId }), eventStatusNow),
    t('POST /api/events/:id/handle', 'note', 'text', eventStep('grid_worker', 'handle', {}), eventStatusNow),
    t('POST /api/events/:id/return', 'reason', 'text', eventStep('grid_worker', 'return', {}), eventStatusNow),
    t('POST /api/events/:id/verify', 'note', 'text', eventStep('street_staff', 'verify', { passed: false }), eventStatusNow),
    t('POST /api/events/:id/close', 'note', 'text', eventStep('street_staff', 'close', {}), eventStatusNow),
    t('POST /api/events/:id/requests', 'reason', 'text', eventRequest, countOf('event_requests')),
    t('POST /api/events/:id/requests/:requestId/decision', 'note', 'text', eventDecision, eventStatusNow),
    t('POST /api/departments', 'name', 'name', department, countOf('departments')),
    t('POST /api/visits', 'note', 'text', visit, countOf('visits')),
    t('POST /api/duty/shifts', 'checkpointName', 'name', shift, countOf('duty_shifts')),
    t('POST /api/checkpoints', 'name', 'name', checkpoint, countOf('checkpoints')),
    t('PATCH /api/checkpoints/:id', 'name', 'name', checkpointChange, checkpointName),
    t('POST /api/users', 'displayName', 'name', user, countOf('users')),
    t('PATCH /api/users/:id', 'displayName', 'name', userChange, displayName),
    t('POST /api/cases', 'person.name', 'name', newCase, countOf('cases')),
    t('POST /api/cases', 'person.phone', 'phone', newCase, countOf('cases')),
    t('POST /api/cases', 'person.idNumber', 'idNumber', newCase, countOf('cases')),
    t('POST /api/cases', 'source', 'text', newCase, countOf('cases')),
    t('POST /api/cases', 'note', 'text', newCase, countOf('cases')),
    t('POST /api/cases/:id/changes', 'source', 'text', caseChange, countOf('case_changes')),
    t('POST /api/cases/:id/changes', 'note', 'text', caseChange, countOf('case_changes')),
    t('POST /api/warnings/:id/verify', 'note', 'text', verify, warningNow),
    t('POST /api/persons/:id/reveal', 'reason', 'text', reveal, countOf('audit_log')),
    t('POST /api/public/declarations', 'name', 'name', declaration, countOf('declarations')),
    t('POST /api/public/declarations', 'phone', 'phone', declaration, countOf('declarations')),
    t('POST /api/public/declarations', 'idNumber', 'idNumber', declaration, countOf('declarations')),
  ];
}

const ID = newIdNumber();
/** Malformed values of each kind, with the code the field must be refused with. */
const MALFORMED: Record<Kind, [string, string, string][]> = {
  name: [
    ['CRLF and a header', '王五\r\nSet-Cookie: session=x', 'CONTROL_CHARACTER'],
    ['a newline inside', '王\n五', 'CONTROL_CHARACTER'],
    ['a trailing newline', '王五\n', 'CONTROL_CHARACTER'],
    ['a tab', '王\t五', 'CONTROL_CHARACTER'],
    ['BEL', '王五\u0007', 'CONTROL_CHARACTER'],
    ['NUL', '王\u0000五', 'CONTROL_CHARACTER'],
    ['a C1 control (NEL)', '王\u0085五', 'CONTROL_CHARACTER'],
    ['a line separator', '王\u2028五', 'CONTROL_CHARACTER'],
    ['an RTL override', '\u202E五王', 'BIDI_CONTROL'],
    ['a bidi isolate', '\u2067王五\u2069', 'BIDI_CONTROL'],
    ['an RLM mark', '王五\u200F', 'BIDI_CONTROL'],
    ['zero-width characters only', '\u200B\u200C\u200D', 'INVISIBLE_ONLY'],
    ['a BOM and spaces only', '\uFEFF \u2060', 'INVISIBLE_ONLY'],
    ['an unpaired surrogate', '王\uD800五', 'INVALID_CHARACTER'],
  ],
  text: [
    ['NUL', '备注\u0000内容', 'CONTROL_CHARACTER'],
    ['BEL', '备注\u0007', 'CONTROL_CHARACTER'],
    ['an ANSI escape', '\u001B[31m备注', 'CONTROL_CHARACTER'],
    ['a C1 control', '备注\u009B', 'CONTROL_CHARACTER'],
    ['an RTL override', '备注\u202Etxt.exe', 'BIDI_CONTROL'],
    ['an unpaired surrogate', '备注\uDC00', 'INVALID_CHARACTER'],
  ],
  phone: [
    ['spaces', '138 1234 5678', 'PHONE_INVALID'],
    ['dashes', '138-1234-5678', 'PHONE_INVALID'],
    ['a trailing newline', '13812345678\n', 'PHONE_INVALID'],
    ['CRLF and a header', '13812345678\r\nX: y', 'PHONE_INVALID'],
    ['a zero-width space', '\u200B13812345678', 'PHONE_INVALID'],
    ['full-width digits', '１３８１２３４５６７８', 'PHONE_INVALID'],
    ['a prefix with a space', '+86 13812345678', 'PHONE_INVALID'],
    ['NUL', '1381234\u00005678', 'CONTROL_CHARACTER'],
  ],
  idNumber: [
    ['a trailing newline', `${ID}\n`, 'ID_NUMBER_INVALID'],
    ['a leading space', ` ${ID}`, 'ID_NUMBER_INVALID'],
    ['spaces inside', `${ID.slice(0, 6)} ${ID.slice(6, 14)} ${ID.slice(14)}`, 'ID_NUMBER_INVALID'],
    ['a dash', `${ID.slice(0, 6)}-${ID.slice(6)}`.slice(0, 20), 'ID_NUMBER_INVALID'],
    ['an RTL override', `\u202E${ID}`, 'ID_NUMBER_INVALID'],
  ],
};

describe('text fields refuse malformed text with a field error and store nothing', () => {
  it.each(['name', 'text', 'phone', 'idNumber'] as Kind[])('every %s field of every endpoint', async (kind) => {
    const problems: string[] = [];
    let tried = 0;
    for (const target of targets().filter((x) => x.kind === kind)) {
      for (const [what, value, code] of MALFORMED[kind]) {
        const before = await target.snapshot();
        const res = await target.send(value);
        tried += 1;
        const body = res.statusCode === 400 ? res.json().error : null;
        if (res.statusCode !== 400 || body.code !== 'VALIDATION_FAILED' || body.fields?.[target.field] !== code) {
          problems.push(`${target.label} ${target.field} with ${what}: ${res.statusCode} ${res.body.slice(0, 200)}`);
        }
        if (JSON.stringify(await target.snapshot()) !== JSON.stringify(before)) problems.push(`${target.label} ${target.field} with ${what}: stored`);
      }
    }
    expect(problems).toEqual([]);
    expect(tried).toBeGreaterThan(0);
  });
});

describe('the net under every field', () => {
  it('NUL or an unpaired surrogate in any other string (sign-in, search, filters) answers 400 naming it, not 500', async () => {
    const answers = await Promise.all([
      ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'admin\u0000', password: TEST_PASSWORD } }),
      ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'admin', password: 'pass\uD800word1' } }),
      ctx.as('street_staff')({ url: `/api/persons?name=${encodeURIComponent('王')}%00` }),
      ctx.as('admin')({ url: '/api/users?q=%00' }),
      ctx.as('admin')({ url: '/api/audit?actor=ad%00min' }),
    ]);
    expect(answers.map((a) => [a.statusCode, a.json().error?.code, a.json().error?.fields])).toEqual([
      [400, 'VALIDATION_FAILED', { username: 'CONTROL_CHARACTER' }],
      [400, 'VALIDATION_FAILED', { password: 'INVALID_CHARACTER' }],
      [400, 'VALIDATION_FAILED', { name: 'CONTROL_CHARACTER' }],
      [400, 'VALIDATION_FAILED', { q: 'CONTROL_CHARACTER' }],
      [400, 'VALIDATION_FAILED', { actor: 'CONTROL_CHARACTER' }],
    ]);
  });
});

describe('what the rule keeps', () => {
  it('trims spaces around a name but refuses a line break at its end, keeps line breaks inside free text, takes +86 and a final x', async () => {
    const trailing = await ctx.as('grid_worker')({ method: 'POST', url: '/api/persons', payload: { id: crypto.randomUUID(), householdId: setup.household.id, name: '李明\n', relation: 'child' } });
    expect(trailing.json().error.fields).toEqual({ name: 'CONTROL_CHARACTER' });
    let idEndingX = newIdNumber();
    while (!idEndingX.endsWith('X')) idEndingX = newIdNumber();
    const phone = newPhone();
    const person = await ctx.as('grid_worker')({ method: 'POST', url: '/api/persons', payload: { id: crypto.randomUUID(), householdId: setup.household.id, name: '  李 明  ', phone: `+86${phone}`, idNumber: idEndingX.toLowerCase(), relation: 'child' } });
    expect(person.statusCode, person.body).toBe(201);
    const row = await db().selectFrom('persons').select(['name', 'phone_index', 'id_number_index']).where('id', '=', person.json().id).executeTakeFirstOrThrow();
    expect(row.name).toBe('李 明');
    expect(row.phone_index).toBe(ctx.services.pii.blindIndex('phone', phone));
    expect(row.id_number_index).toBe(ctx.services.pii.blindIndex('id_number', idEndingX));

    const household = await ctx.as('grid_worker')({ method: 'POST', url: '/api/households', payload: { id: crypto.randomUUID(), address: '柳园路1号\n2单元', note: '第一行\r\n第二行\t附注', location: setup.location } });
    expect(household.statusCode, household.body).toBe(201);
    expect(household.json()).toMatchObject({ address: '柳园路1号\n2单元', note: '第一行\r\n第二行\t附注' });
  });
});
