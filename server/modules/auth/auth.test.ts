import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, TEST_PASSWORD, type TestContext } from '../../test/harness.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

const login = (username: string, password: string, headers: Record<string, string> = {}) =>
  ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, headers });

describe('sign-in', () => {
  it('sets an HttpOnly SameSite=Strict session cookie and answers who I am', async () => {
    const res = await login('district_staff', TEST_PASSWORD);
    expect(res.statusCode).toBe(200);
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/epigrid_session=/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    expect(res.json()).toMatchObject({
      username: 'district_staff', role: 'staff',
      region: { code: '371502', name: '东昌府区', level: 2 },
      regionChain: [{ code: '3715', name: '聊城市', level: 1 }, { code: '371502', name: '东昌府区', level: 2 }],
    });
    const cookie = `epigrid_session=${res.cookies[0]!.value}`;
    const me = await ctx.app.inject({ url: '/api/me', headers: { cookie } });
    expect(me.statusCode).toBe(200);
    expect(me.json().permissions).toContain('regions.read');
    expect(me.json().permissions).not.toContain('users.manage');
    expect(Date.parse(me.json().sessionExpiresAt)).toBeGreaterThan(Date.now() + 11 * 3_600_000);
  });

  it('stores only a hash of the session token', async () => {
    const res = await login('street_staff', TEST_PASSWORD);
    const token = res.cookies[0]!.value;
    const rows = await ctx.database.db.selectFrom('sessions').select('token_hash').execute();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((r) => r.token_hash === token)).toBe(false);
  });

  it('answers wrong passwords and unknown users alike', async () => {
    const wrong = await login('health', 'not-the-password1');
    const unknown = await login('nobody_here', 'not-the-password1');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().error.code).toBe('INVALID_CREDENTIALS');
    expect(unknown.json().error).toEqual(wrong.json().error);
  });

  it('rejects malformed bodies with field-level errors', async () => {
    const res = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'admin', extra: 1 } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
    expect(res.json().error.fields).toHaveProperty('password');
    const notJson = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: '{bad json', headers: { 'content-type': 'application/json' } });
    expect(notJson.statusCode).toBe(400);
    expect(notJson.json().error.code).toBe('BAD_REQUEST');
  });

  it('logs out: the cookie no longer works', async () => {
    const cookie = await ctx.login('grid_worker');
    expect((await ctx.app.inject({ url: '/api/me', headers: { cookie } })).statusCode).toBe(200);
    const out = await ctx.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } });
    expect(out.statusCode).toBe(204);
    const after = await ctx.app.inject({ url: '/api/me', headers: { cookie } });
    expect(after.statusCode).toBe(401);
    expect(after.json().error.code).toBe('UNAUTHENTICATED');
    const audit = await ctx.database.db.selectFrom('audit_log').select('actor_username').where('action', '=', 'auth.logout').execute();
    expect(audit).toEqual([{ actor_username: 'grid_worker' }]);
  });

  it('refuses state-changing requests from another origin', async () => {
    const res = await login('admin', TEST_PASSWORD, { origin: 'https://evil.example', host: 'localhost:3000' });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('ORIGIN_REJECTED');
    const same = await login('admin', TEST_PASSWORD, { origin: 'http://localhost:3000', host: 'localhost:3000' });
    expect(same.statusCode).toBe(200);
  });

  it('needs a session everywhere but the public endpoints', async () => {
    const spec = (await ctx.app.inject({ url: '/api/openapi.json' })).json() as { paths: Record<string, Record<string, unknown>> };
    const publicPaths = new Set(['/api/health', '/api/auth/login', '/api/auth/logout']);
    let checked = 0;
    for (const [path, methods] of Object.entries(spec.paths)) {
      if (publicPaths.has(path) || path.startsWith('/api/public/')) continue;
      for (const method of Object.keys(methods)) {
        const url = path.replace(/\{code\}/g, '3715').replace(/\{id\}/g, '00000000-0000-4000-8000-000000000000');
        const res = await ctx.app.inject({ method: method.toUpperCase() as 'GET', url, payload: method === 'get' ? undefined : {} });
        expect(res.statusCode, `${method} ${path}`).toBe(401);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(8);
    expect((await ctx.app.inject({ url: '/api/health' })).json()).toMatchObject({ status: 'ok', grids: 8129 });
  });
});
