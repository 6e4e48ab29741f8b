import crypto from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVENT_CATEGORY } from '../../../common/field/vocabulary.ts';
import { can, ROLES, type Role } from '../../../common/permissions.ts';
import { maskIdNumber } from '../../../common/identity/mask.ts';
import { isWithinScope } from '../../../common/regions/codes.ts';
import { addDays, chinaDate } from '../../../common/time.ts';
import { readMigrations } from '../../db/migrate.ts';
import { createHousehold, createPerson, GRID_A, newIdNumber, newPhone, pointInGrid } from '../../test/factories.ts';
import { createTestContext, type TestContext } from '../../test/harness.ts';
import { loadWorkbook } from '../../test/report-reader.ts';

/**
 * A masked ID number next to the full birth date gives the whole number away (the date is
 * digits 7–14 and the check digit confirms the guess). Every endpoint that can answer about a
 * person is walked as every role — every GET in the OpenAPI document, the writes that answer a
 * person, and the exports, read cell by cell — and no answer may carry an ID fragment and the
 * birth date of the same person. Only the audited reveal, for roles with pii.reveal, may.
 */
let ctx: TestContext;
const today = chinaDate(new Date());

interface Known { id: string; idNumber: string; birth: string }
const people: Known[] = [];
const accounts = new Map<Role, string>();
let householdId = '';
let caseId = '';
let warningId = '';
let checkpointId = '';
let eventId = '';

/** Birth dates far from today and from each other, so they appear in an answer only as themselves. */
const BIRTHS = ['19630827', '19911104'];

async function ok(res: LightMyRequestResponse, what: string) {
  if (res.statusCode >= 300) throw new Error(`${what}: ${res.statusCode} ${res.body}`);
  return res.json();
}

async function storedMask(id: string): Promise<string> {
  const row = await ctx.database.db.selectFrom('persons').select('id_number_masked').where('id', '=', id).executeTakeFirstOrThrow();
  return row.id_number_masked!;
}

beforeAll(async () => {
  ctx = await createTestContext();
  const users = await ctx.database.db.selectFrom('users').select(['username', 'role', 'region_code']).orderBy('username').execute();
  // One seeded account per role whose region covers the test grid: the narrowest such.
  for (const u of users.filter((u) => isWithinScope(GRID_A, u.region_code)).sort((a, b) => b.region_code.length - a.region_code.length)) {
    if (!accounts.has(u.role as Role)) accounts.set(u.role as Role, u.username);
  }
  const household = await createHousehold(ctx, 'grid_worker', GRID_A);
  householdId = household.id;
  // The same-address lookup answers the household's head: walk it with a real address.
  REQUIRED_QUERY.address = household.address;
  for (const birth of BIRTHS) {
    const idNumber = newIdNumber(birth);
    const person = await createPerson(ctx, 'grid_worker', householdId, { name: '马识别', idNumber, phone: newPhone() });
    people.push({ id: person.id, idNumber, birth });
  }
  await ok(await ctx.as('grid_worker')({
    method: 'POST', url: '/api/movements',
    payload: { id: crypto.randomUUID(), personId: people[1]!.id, direction: 'arrival', category: 'other_province', province: '河北省', healthStatus: 'normal', transport: 'train', leftOn: today, arrivedOn: today },
  }), 'movement');
  caseId = (await ok(await ctx.as('health')({
    method: 'POST', url: '/api/cases', payload: { id: crypto.randomUUID(), personId: people[0]!.id, status: 'confirmed', statusOn: today, source: '市卫健委通报' },
  }), 'case')).case.id;
  const checkpoint = await ok(await ctx.as('community_staff')({ url: '/api/checkpoints' }), 'checkpoints');
  checkpointId = checkpoint.items[0].id;
  await ok(await ctx.app.inject({
    method: 'POST', url: '/api/public/declarations',
    payload: { token: checkpoint.items[0].token, id: crypto.randomUUID(), name: '马识别', phone: newPhone(), idNumber: people[1]!.idNumber, direction: 'in', temperature: 38.6, symptoms: [], keyAreaTravel: false, caseContact: false },
  }), 'declaration');
  warningId = (await ctx.database.db.selectFrom('warnings').select('id').orderBy('created_at', 'desc').executeTakeFirstOrThrow()).id;
  eventId = (await ok(await ctx.as('grid_worker')({
    method: 'POST', url: '/api/events', payload: { id: crypto.randomUUID(), category: EVENT_CATEGORY.codes[0], description: '楼道堆放杂物', occurredAt: new Date().toISOString(), location: await pointInGrid(ctx, GRID_A) },
  }), 'event')).id;
});
afterAll(() => ctx.close());

/** Everything an answer says, as text: JSON as sent, a workbook as its cells (dates as YYYY-MM-DD). */
async function textOf(res: LightMyRequestResponse): Promise<string> {
  if (!String(res.headers['content-type']).includes('spreadsheetml')) return res.body;
  const workbook = await loadWorkbook(res.rawPayload);
  const cells: string[] = [];
  workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => {
    const v = cell.value;
    cells.push(v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v));
  })));
  return cells.join('\n');
}

/** The people of `text` it names by an ID fragment and by their full birth date together. */
async function undone(text: string, extra: readonly Known[] = []): Promise<string[]> {
  const found: string[] = [];
  for (const p of [...people, ...extra]) {
    const fragments = [p.idNumber, await storedMask(p.id), `${p.idNumber.slice(0, 4)}*`, `*${p.idNumber.slice(-4)}`];
    const births = [p.birth, `${p.birth.slice(0, 4)}-${p.birth.slice(4, 6)}-${p.birth.slice(6)}`];
    if (fragments.some((f) => text.includes(f)) && births.some((b) => text.includes(b))) found.push(p.birth);
  }
  return found;
}

interface Spec { paths: Record<string, Record<string, { parameters?: { in: string; name: string; required?: boolean; schema?: { default?: unknown } }[] }>> }

/** Not walked, and why: a stream that never ends, and images and files. */
const UNWALKED = new Set(['/api/live', '/api/checkpoints/{id}/qr.svg', '/api/events/{id}/photos/{photoId}', '/api/instructions/{id}/files/{fileId}', '/api/openapi.json']);

/** Query values for the parameters an endpoint requires. */
const REQUIRED_QUERY: Record<string, string> = { layer: 'arrivals', region: GRID_A, gridCode: GRID_A, lon: '115.98', lat: '36.45', from: addDays(today, -7), to: today };

function urlsFor(path: string, required: string[]): string[] {
  const query = required.map((name) => {
    const value = REQUIRED_QUERY[name];
    if (value === undefined) throw new Error(`${path}: the walk does not know how to fill the required parameter "${name}"`);
    return `${name}=${encodeURIComponent(value)}`;
  }).join('&');
  const withQuery = (url: string) => (query ? `${url}?${query}` : url);
  if (path.includes('{id}')) {
    const ids = path.startsWith('/api/persons/') || path.startsWith('/api/map/persons/') ? people.map((p) => p.id)
      : path.startsWith('/api/households/') ? [householdId]
        : path.startsWith('/api/cases/') ? [caseId]
          : path.startsWith('/api/warnings/') ? [warningId]
            : path.startsWith('/api/checkpoints/') ? [checkpointId]
              : path.startsWith('/api/events/') ? [eventId]
                : path.startsWith('/api/instructions/') ? [instructionId]
                  : null;
    if (!ids) throw new Error(`${path}: the walk does not know which record {id} is`);
    return ids.map((id) => withQuery(path.replace('{id}', id)));
  }
  return [withQuery(path.replace('{code}', GRID_A.slice(0, 12)).replace('{panel}', 'summary'))];
}

/** Every GET in the API, each with every map layer for the map list and points. */
let instructionId = '';
async function getUrls(): Promise<string[]> {
  if (!instructionId) {
    const sent = await ctx.as('commander')({ method: 'POST', url: '/api/instructions', payload: {
      title: '排查通知', body: '请排查', priority: 'normal', dueAt: new Date(Date.now() + 86_400_000).toISOString(), recipients: { kind: 'grid_workers', regions: ['3715'] }, feedbackRequired: false,
    } });
    instructionId = sent.json().id;
  }
  const spec = (await ctx.app.inject({ url: '/api/openapi.json' })).json() as Spec;
  const urls: string[] = [];
  for (const [path, methods] of Object.entries(spec.paths)) {
    if (!methods.get || UNWALKED.has(path) || path.startsWith('/api/public/')) continue;
    const required = (methods.get.parameters ?? []).filter((p) => p.in === 'query' && p.required && p.schema?.default === undefined).map((p) => p.name);
    urls.push(...urlsFor(path, required));
  }
  for (const layer of ['in_window', 'cases', 'warnings']) urls.push(`/api/map/list?layer=${layer}&region=${GRID_A}`, `/api/map/points?layer=${layer}&region=${GRID_A}`);
  urls.push(`/api/persons?idNumber=${people[0]!.idNumber}`, `/api/persons?householdId=${householdId}`, `/api/movements?personId=${people[1]!.id}`);
  return urls;
}

const auditCount = async () => Number((await ctx.database.db.selectFrom('audit_log').select(ctx.database.db.fn.countAll<number>().as('n')).where('action', '=', 'pii.reveal').executeTakeFirstOrThrow()).n);

describe('a masked ID number cannot be undone from any answer', () => {
  it('has a seeded account of every role to walk with', () => {
    expect([...accounts.keys()].sort()).toEqual([...ROLES].sort());
  });

  it.each(ROLES)('as %s, no read carries an ID fragment and the birth date of the same person', async (role) => {
    const as = ctx.as(accounts.get(role)!);
    const urls = await getUrls();
    const leaks: string[] = [];
    let answered = 0;
    for (const url of urls) {
      const res = await as({ url });
      // Refused for the role, or answered: anything else means the walk asked wrongly and saw nothing.
      expect([200, 403], `${url}: ${res.statusCode} ${res.body.slice(0, 300)}`).toContain(res.statusCode);
      if (res.statusCode !== 200) continue;
      answered += 1;
      for (const birth of await undone(await textOf(res))) leaks.push(`${url} → ${birth}`);
    }
    expect(leaks).toEqual([]);
    // The walk reached the answers that name these people: lists, details, households, exports.
    expect(answered).toBeGreaterThan(can(role, 'dashboard.read') ? 30 : 10);
  });

  it.each(ROLES)('as %s, no write that answers a person carries both', async (role) => {
    const as = ctx.as(accounts.get(role)!);
    const leaks: string[] = [];
    if (can(role, 'field.write')) {
      const birth = '19580311';
      const idNumber = newIdNumber(birth);
      const created = await as({ method: 'POST', url: '/api/persons', payload: { id: crypto.randomUUID(), householdId, name: '马新登', idNumber } });
      expect(created.statusCode, created.body).toBe(201);
      const mine = { id: created.json().id, idNumber, birth };
      leaks.push(...(await undone(created.body, [mine])).map((b) => `POST /api/persons → ${b}`));
      const twice = await as({ method: 'POST', url: '/api/persons', payload: { id: crypto.randomUUID(), householdId, name: '马识别', idNumber: people[0]!.idNumber } });
      expect(twice.statusCode).toBe(409);
      leaks.push(...(await undone(twice.body)).map((b) => `POST /api/persons (exists) → ${b}`));
    }
    if (can(role, 'cases.manage')) {
      const birth = '19700218';
      const idNumber = newIdNumber(birth);
      const registered = await as({ method: 'POST', url: '/api/cases', payload: { id: crypto.randomUUID(), person: { name: '马病例', idNumber, gridCode: GRID_A }, status: 'suspected', statusOn: today, source: '市卫健委通报' } });
      expect(registered.statusCode, registered.body).toBe(201);
      const person = registered.json().case.personId as string;
      leaks.push(...(await undone(registered.body, [{ id: person, idNumber, birth }])).map((b) => `POST /api/cases → ${b}`));
    }
    expect(leaks).toEqual([]);
  });

  it.each(ROLES)('as %s, the full birth date and number come only from the audited reveal', async (role) => {
    const as = ctx.as(accounts.get(role)!);
    const person = people[0]!;
    const before = await auditCount();
    const res = await as({ method: 'POST', url: `/api/persons/${person.id}/reveal`, payload: { reason: '流调核实' } });
    if (!can(role, 'pii.reveal')) {
      expect(res.statusCode).toBe(403);
      expect(await auditCount()).toBe(before);
      return;
    }
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ idNumber: person.idNumber, birthDate: `${person.birth.slice(0, 4)}-${person.birth.slice(4, 6)}-${person.birth.slice(6)}` });
    expect(await auditCount()).toBe(before + 1);
    const entry = await ctx.database.db.selectFrom('audit_log').select('detail').where('action', '=', 'pii.reveal').orderBy('seq', 'desc').executeTakeFirstOrThrow();
    expect(entry.detail).toMatchObject({ fields: ['idNumber', 'phone', 'birthDate'] });
  });
});

describe('masks stored before the mask changed', () => {
  it('are rewritten to the city prefix and check character by the migration', async () => {
    const [person] = people;
    const old = `${person!.idNumber.slice(0, 4)}**********${person!.idNumber.slice(-4)}`;
    const db = ctx.database.db;
    await db.updateTable('persons').set({ id_number_masked: old }).where('id', '=', person!.id).execute();
    await db.updateTable('declarations').set({ id_number_masked: old }).where('id_number_masked', 'is not', null).execute();
    const migration = (await readMigrations()).find((m) => m.version === '0011_id_number_mask')!;
    await sql.raw(migration.sql).execute(db);
    const expected = maskIdNumber(person!.idNumber);
    expect(expected).toBe(`${person!.idNumber.slice(0, 4)}*************${person!.idNumber.slice(-1)}`);
    expect(await storedMask(person!.id)).toBe(expected);
    const declared = await db.selectFrom('declarations').select('id_number_masked').where('id_number_masked', 'is not', null).execute();
    expect(new Set(declared.map((d) => d.id_number_masked))).toEqual(new Set([expected]));
    // Run again (a second app process starting): the new form stays as it is.
    await sql.raw(migration.sql).execute(db);
    expect(await storedMask(person!.id)).toBe(expected);
  });
});
