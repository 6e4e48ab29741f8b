import crypto from 'node:crypto';
import { idNumberCheckChar } from '../../common/identity/id-number.ts';
import { bboxOf } from '../../common/geo/geojson.ts';
import { listWithGeometry } from '../modules/regions/store.ts';
import { TEST_PASSWORD, type TestContext } from './harness.ts';

/** Test data made through the API, fresh for each test, never shared fixtures. */
export const GRID_A = '371502001001001';
export const GRID_B = '371502001001002';

let serial = 0;

/** A valid ID number (GB 11643) that no other test uses. */
export function newIdNumber(birth = '19850612'): string {
  serial += 1;
  const base = `371502${birth}${String(serial % 1000).padStart(3, '0')}`;
  return base + idNumberCheckChar(base);
}

export function newPhone(): string {
  return `138${String(crypto.randomInt(0, 1e8)).padStart(8, '0')}`;
}

/** A WGS-84 point strictly inside the grid (checked against the live index). */
export async function pointInGrid(ctx: TestContext, gridCode: string): Promise<{ lon: number; lat: number }> {
  const [grid] = await listWithGeometry(ctx.database.db, { codes: [gridCode] });
  const [cx, cy] = grid!.centroid!;
  if (ctx.services.locator.locate(cx, cy).gridCode === gridCode) return { lon: cx, lat: cy };
  const [minX, minY, maxX, maxY] = bboxOf(grid!.geometry!);
  for (let i = 1; i < 400; i++) {
    const lon = minX + ((i * 0.618) % 1) * (maxX - minX);
    const lat = minY + ((i * 0.381) % 1) * (maxY - minY);
    if (ctx.services.locator.locate(lon, lat).gridCode === gridCode) return { lon, lat };
  }
  throw new Error(`no interior point found for ${gridCode}`);
}

/** A second grid worker, on the neighbouring grid, for scope tests. */
export async function createGridWorker(ctx: TestContext, username: string, gridCode: string): Promise<void> {
  const res = await ctx.as('admin')({
    method: 'POST', url: '/api/users',
    payload: { username, displayName: `${username} 网格员`, role: 'grid_worker', regionCode: gridCode, password: TEST_PASSWORD },
  });
  if (res.statusCode !== 201) throw new Error(`cannot create ${username}: ${res.body}`);
}

export async function createHousehold(ctx: TestContext, as: string, gridCode: string, extra: Record<string, unknown> = {}) {
  const location = await pointInGrid(ctx, gridCode);
  const res = await ctx.as(as)({ method: 'POST', url: '/api/households', payload: { id: crypto.randomUUID(), address: `柳园路${++serial}号`, location, ...extra } });
  if (res.statusCode !== 201) throw new Error(`household: ${res.statusCode} ${res.body}`);
  return res.json();
}

export async function createPerson(ctx: TestContext, as: string, householdId: string, extra: Record<string, unknown> = {}) {
  const res = await ctx.as(as)({ method: 'POST', url: '/api/persons', payload: { id: crypto.randomUUID(), householdId, name: '王建国', idNumber: newIdNumber(), phone: newPhone(), relation: 'head', ...extra } });
  if (res.statusCode !== 201) throw new Error(`person: ${res.statusCode} ${res.body}`);
  return res.json();
}

export const isoNow = (offsetMs = 0) => new Date(Date.now() + offsetMs).toISOString();

/**
 * A new person in a new household of the grid who arrived (or left) `day`, from or to
 * `category` (with a province that agrees with it). Answers the person.
 */
export async function createMovement(ctx: TestContext, as: string, gridCode: string, m: { category: string; day: string; direction?: 'arrival' | 'departure'; name?: string }): Promise<{ id: string }> {
  const household = await createHousehold(ctx, as, gridCode);
  const person = await createPerson(ctx, as, household.id, { name: m.name ?? '赵到达' });
  const direction = m.direction ?? 'arrival';
  const province = { wuhan: undefined, hubei_other: '湖北省', other_province: '河北省', abroad: '韩国', in_province: '山东省' }[m.category];
  const payload = {
    id: crypto.randomUUID(), personId: person.id, direction, category: m.category, healthStatus: 'normal', transport: 'train',
    ...(province ? { province } : {}),
    ...(direction === 'arrival' ? { leftOn: m.day, arrivedOn: m.day } : { leftOn: m.day }),
  };
  const res = await ctx.as(as)({ method: 'POST', url: '/api/movements', payload });
  if (res.statusCode !== 201) throw new Error(`movement: ${res.body}`);
  return person;
}
