import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, TEST_PASSWORD, type TestContext } from '../../test/harness.ts';
import { accountDelaySeconds, LOGIN_THROTTLE } from './throttle.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

const from = (address: string, username: string, password: string) =>
  ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, remoteAddress: address });
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function fiveWrong(address: string, username: string) {
  for (let i = 0; i < LOGIN_THROTTLE.pairFailures; i++) expect((await from(address, username, `wrong-${i}-Password`)).statusCode).toBe(401);
}

async function userId(username: string): Promise<string> {
  const row = await ctx.database.db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow();
  return row.id;
}

describe('sign-in throttle', () => {
  it('five failures from one address lock that address only: the owner signs in from another', async () => {
    await fiveWrong('127.0.0.2', 'community_staff');
    const locked = await from('127.0.0.2', 'community_staff', TEST_PASSWORD);
    expect(locked.statusCode).toBe(423);
    expect(locked.json().error.code).toBe('ACCOUNT_LOCKED');
    expect(Date.parse(locked.json().lockedUntil)).toBeGreaterThan(Date.now() + 14 * 60_000);

    // Five failures across addresses slow the account by a second; then the owner is in.
    const early = await from('127.0.0.3', 'community_staff', TEST_PASSWORD);
    expect(early.statusCode).toBe(429);
    expect(early.json().error.code).toBe('LOGIN_THROTTLED');
    expect(early.headers['retry-after']).toBe('1');
    await pause(1_100);
    expect((await from('127.0.0.3', 'community_staff', TEST_PASSWORD)).statusCode).toBe(200);
    // The address that failed stays locked.
    expect((await from('127.0.0.2', 'community_staff', TEST_PASSWORD)).statusCode).toBe(423);
    const audit = await ctx.database.db.selectFrom('audit_log').select('detail').where('action', '=', 'auth.locked').execute();
    expect(audit.map((a) => (a.detail as { scope?: string }).scope)).toEqual(['address']);
  });

  it('failures from many addresses make each next try wait longer, never a lock from one address', async () => {
    for (let i = 0; i < 5; i++) expect((await from(`10.0.0.${i + 1}`, 'street_staff', 'wrong-Password-1')).statusCode).toBe(401);
    const first = await from('10.0.0.9', 'street_staff', 'wrong-Password-1');
    expect(first.statusCode).toBe(429);
    expect(first.headers['retry-after']).toBe('1');
    await pause(1_100);
    expect((await from('10.0.0.9', 'street_staff', 'wrong-Password-1')).statusCode).toBe(401);
    const second = await from('10.0.0.10', 'street_staff', TEST_PASSWORD);
    expect(second.statusCode).toBe(429);
    expect(second.headers['retry-after']).toBe('2');
    expect([5, 6, 7, 10, 20].map(accountDelaySeconds)).toEqual([1, 2, 4, 30, 30]);
  });

  it('an unknown username is counted and answered like a known one', async () => {
    await fiveWrong('127.0.0.4', 'nobody_at_all');
    await fiveWrong('127.0.0.5', 'district_health');
    const unknown = await from('127.0.0.4', 'nobody_at_all', TEST_PASSWORD);
    const known = await from('127.0.0.5', 'district_health', 'wrong-Password-9');
    expect(unknown.statusCode).toBe(423);
    expect(known.statusCode).toBe(423);
    expect(Object.keys(unknown.json())).toEqual(Object.keys(known.json()));
  });

  it('an administrator\'s unlock frees every address, and is audited', async () => {
    await fiveWrong('127.0.0.6', 'district_staff');
    const list = await ctx.as('admin')({ url: '/api/users?status=locked' });
    expect(list.json().items.map((u: { username: string }) => u.username)).toContain('district_staff');
    const id = await userId('district_staff');
    const unlocked = await ctx.as('admin')({ method: 'PATCH', url: `/api/users/${id}`, payload: { unlock: true } });
    expect(unlocked.statusCode).toBe(200);
    expect(unlocked.json().lockedUntil).toBeNull();
    expect((await from('127.0.0.6', 'district_staff', TEST_PASSWORD)).statusCode).toBe(200);
    const audit = await ctx.database.db.selectFrom('audit_log').select(['action', 'detail']).where('target_id', '=', id).where('action', '=', 'user.update').execute();
    expect(audit.some((a) => (a.detail as { unlocked?: boolean }).unlocked === true)).toBe(true);
  });

  it('over real sockets, 127.0.0.2 and 127.0.0.3 are two addresses', async () => {
    const server = await createTestContext();
    try {
      await server.app.listen({ port: 0, host: '127.0.0.1' });
      const { port } = server.app.server.address() as { port: number };
      const post = (localAddress: string, password: string) => new Promise<number>((resolve, reject) => {
        const body = JSON.stringify({ username: 'linqing_staff', password });
        const request = http.request({ host: '127.0.0.1', port, localAddress, method: 'POST', path: '/api/auth/login', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode!));
        });
        request.on('error', reject);
        request.end(body);
      });
      for (let i = 0; i < 5; i++) expect(await post('127.0.0.2', `wrong-${i}-Password`)).toBe(401);
      expect(await post('127.0.0.2', TEST_PASSWORD)).toBe(423);
      await pause(1_100);
      expect(await post('127.0.0.3', TEST_PASSWORD)).toBe(200);
    } finally {
      await server.close();
    }
  });
});

describe('password strength', () => {
  const weak = ['password1', 'aaaaaaa1', 'Abcd1234', 'qwerty123'];

  it('refuses guessable passwords at creation, reset and the owner\'s change, naming the field', async () => {
    for (const password of weak) {
      const created = await ctx.as('admin')({ method: 'POST', url: '/api/users', payload: { username: `weak_${password.length}_${weak.indexOf(password)}`, displayName: '测试账号', role: 'staff', regionCode: '371502', password } });
      expect(created.statusCode, password).toBe(400);
      expect(created.json().error.fields).toEqual({ password: 'PASSWORD_WEAK' });
    }
    const id = await userId('health');
    const reset = await ctx.as('admin')({ method: 'POST', url: `/api/users/${id}/password`, payload: { password: 'password1' } });
    expect(reset.statusCode).toBe(400);
    expect(reset.json().error.fields).toEqual({ password: 'PASSWORD_WEAK' });
    // The account's own names are words a guesser tries first.
    const own = await ctx.as('admin')({ method: 'POST', url: `/api/users/${id}/password`, payload: { password: 'health2020' } });
    expect(own.json().error.fields).toEqual({ password: 'PASSWORD_WEAK' });

    const change = (payload: Record<string, string>) => ctx.as('grid_worker')({ method: 'POST', url: '/api/me/password', payload });
    const hash = await ctx.database.db.selectFrom('users').select('password_hash').where('username', '=', 'grid_worker').executeTakeFirstOrThrow();
    expect((await change({ currentPassword: TEST_PASSWORD, newPassword: 'aaaaaaa1' })).json().error.fields).toEqual({ newPassword: 'PASSWORD_WEAK' });
    expect((await change({ currentPassword: 'not-it-Password-1', newPassword: 'Quiet-river-2031' })).json().error.fields).toEqual({ currentPassword: 'WRONG_PASSWORD' });
    const after = await ctx.database.db.selectFrom('users').select('password_hash').where('username', '=', 'grid_worker').executeTakeFirstOrThrow();
    expect(after.password_hash).toBe(hash.password_hash);
  });

  it('the owner changes their password with the current one: other sessions end, this one goes on', async () => {
    const other = await ctx.login('commander');
    const mine = await ctx.login('commander');
    const res = await ctx.app.inject({ method: 'POST', url: '/api/me/password', headers: { cookie: mine }, payload: { currentPassword: TEST_PASSWORD, newPassword: 'Quiet-river-2031' } });
    expect(res.statusCode).toBe(204);
    const renewed = res.cookies.find((c) => c.name === mine.split('=')[0])!;
    expect((await ctx.app.inject({ url: '/api/me', headers: { cookie: other } })).statusCode).toBe(401);
    expect((await ctx.app.inject({ url: '/api/me', headers: { cookie: `${renewed.name}=${renewed.value}` } })).statusCode).toBe(200);
    expect((await from('127.0.0.9', 'commander', 'Quiet-river-2031')).statusCode).toBe(200);
    const audit = await ctx.database.db.selectFrom('audit_log').select('action').where('action', '=', 'user.password_change').execute();
    expect(audit).toHaveLength(1);
  });

  it('accepts a strong one', async () => {
    const created = await ctx.as('admin')({ method: 'POST', url: '/api/users', payload: { username: 'strong_one', displayName: '测试账号', role: 'staff', regionCode: '371502', password: 'Lantern-orchard-58' } });
    expect(created.statusCode).toBe(201);
  });
});
