import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/harness.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

const newUser = (overrides: Record<string, unknown> = {}) => ({
  username: 'gw_gucheng_2', displayName: '古城社区第2网格网格员', role: 'grid_worker', regionCode: '371502001001002', password: 'Grid-worker-2020', ...overrides,
});

describe('user administration', () => {
  it('lists only the accounts inside the administrator\'s region', async () => {
    const city = (await ctx.as('admin')({ url: '/api/users?limit=200' })).json();
    expect(city.items.map((u: { username: string }) => u.username)).toContain('linqing_staff');
    const district = (await ctx.as('district_admin')({ url: '/api/users?limit=200' })).json();
    const names = district.items.map((u: { username: string }) => u.username);
    expect(names).toContain('street_staff');
    expect(names).not.toContain('linqing_staff');
    expect(names).not.toContain('admin');
    expect(district.items.every((u: { region: { code: string } }) => u.region.code.startsWith('371502'))).toBe(true);
    expect((await ctx.as('district_admin')({ url: '/api/users?region=371581' })).json()).toEqual({ items: [], total: 0 });
  });

  it('creates an account that can sign in, and audits it', async () => {
    const res = await ctx.as('district_admin')({ method: 'POST', url: '/api/users', payload: newUser() });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ username: 'gw_gucheng_2', role: 'grid_worker', region: { code: '371502001001002', level: 5 }, disabled: false });
    expect(res.json()).not.toHaveProperty('passwordHash');
    expect(await ctx.login('gw_gucheng_2', 'Grid-worker-2020')).toMatch(/^epigrid_session=/);
    const audit = await ctx.database.db.selectFrom('audit_log').selectAll().where('action', '=', 'user.create').execute();
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit[0])).not.toContain('Grid-worker-2020');
  });

  it('rejects bad input field by field and stores nothing', async () => {
    const count = async () => (await ctx.database.db.selectFrom('users').select(ctx.database.db.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
    const before = await count();
    const bad = await ctx.as('admin')({ method: 'POST', url: '/api/users', payload: { username: 'X!', displayName: '', role: 'king', regionCode: 'abc', password: 'short' } });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields).sort()).toEqual(['displayName', 'password', 'regionCode', 'role', 'username']);
    const weak = await ctx.as('admin')({ method: 'POST', url: '/api/users', payload: newUser({ username: 'weak_pw', password: 'onlyletters' }) });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.fields.password).toMatch(/letters and digits/);
    const taken = await ctx.as('admin')({ method: 'POST', url: '/api/users', payload: newUser({ username: 'street_staff' }) });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error).toMatchObject({ code: 'USERNAME_TAKEN', fields: { username: 'USERNAME_TAKEN' } });
    const notGrid = await ctx.as('admin')({ method: 'POST', url: '/api/users', payload: newUser({ username: 'gw_bad', regionCode: '371502001' }) });
    expect(notGrid.statusCode).toBe(400);
    expect(notGrid.json().error.fields.regionCode).toBe('GRID_REQUIRED');
    const outside = await ctx.as('district_admin')({ method: 'POST', url: '/api/users', payload: newUser({ username: 'gw_out', role: 'staff', regionCode: '371581' }) });
    expect(outside.statusCode).toBe(403);
    expect(outside.json().error.code).toBe('OUT_OF_SCOPE');
    const missing = await ctx.as('admin')({ method: 'POST', url: '/api/users', payload: newUser({ username: 'gw_missing', regionCode: '371502001001999' }) });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.fields.regionCode).toBe('REGION_NOT_FOUND');
    expect(await count()).toBe(before);
  });

  it('disabling an account ends its sessions; enabling lets it back in', async () => {
    const users = (await ctx.as('admin')({ url: '/api/users?q=linqing' })).json().items;
    const target = users[0];
    const cookie = await ctx.login('linqing_staff');
    const off = await ctx.as('admin')({ method: 'PATCH', url: `/api/users/${target.id}`, payload: { disabled: true } });
    expect(off.statusCode).toBe(200);
    expect(off.json().disabled).toBe(true);
    expect((await ctx.app.inject({ url: '/api/me', headers: { cookie } })).statusCode).toBe(401);
    const denied = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'linqing_staff', password: 'Test-pass-2020' } });
    expect(denied.json().error.code).toBe('ACCOUNT_DISABLED');
    await ctx.as('admin')({ method: 'PATCH', url: `/api/users/${target.id}`, payload: { disabled: false } });
    expect(await ctx.login('linqing_staff')).toMatch(/epigrid_session/);
  });

  it('re-scopes an account, within the administrator\'s region only', async () => {
    const target = (await ctx.as('district_admin')({ url: '/api/users?q=street_staff' })).json().items[0];
    const moved = await ctx.as('district_admin')({ method: 'PATCH', url: `/api/users/${target.id}`, payload: { regionCode: '371502002' } });
    expect(moved.statusCode).toBe(200);
    expect(moved.json().region.code).toBe('371502002');
    const away = await ctx.as('district_admin')({ method: 'PATCH', url: `/api/users/${target.id}`, payload: { regionCode: '371581' } });
    expect(away.statusCode).toBe(403);
    const linqing = (await ctx.as('admin')({ url: '/api/users?q=linqing' })).json().items[0];
    const foreign = await ctx.as('district_admin')({ method: 'PATCH', url: `/api/users/${linqing.id}`, payload: { displayName: 'x' } });
    expect(foreign.statusCode).toBe(404);
  });

  it('an administrator cannot disable or re-scope themself', async () => {
    const me = (await ctx.as('admin')({ url: '/api/me' })).json();
    const res = await ctx.as('admin')({ method: 'PATCH', url: `/api/users/${me.id}`, payload: { disabled: true } });
    expect(res.statusCode).toBe(403);
  });

  it('resets a password and unlocks', async () => {
    const target = (await ctx.as('admin')({ url: '/api/users?q=district_health' })).json().items[0];
    const res = await ctx.as('admin')({ method: 'POST', url: `/api/users/${target.id}/password`, payload: { password: 'New-pass-2021' } });
    expect(res.statusCode).toBe(204);
    expect(await ctx.login('district_health', 'New-pass-2021')).toMatch(/epigrid_session/);
    const unlock = await ctx.as('admin')({ method: 'PATCH', url: `/api/users/${target.id}`, payload: { unlock: true } });
    expect(unlock.json().lockedUntil).toBeNull();
  });

  it('only administrators manage accounts', async () => {
    expect((await ctx.as('commander')({ url: '/api/users' })).statusCode).toBe(403);
    expect((await ctx.as('district_staff')({ method: 'POST', url: '/api/users', payload: newUser({ username: 'x_y_z' }) })).statusCode).toBe(403);
  });
});
