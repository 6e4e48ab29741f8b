import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/harness.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

describe('sign-in rate limit', () => {
  it('answers 429 RATE_LIMITED after 30 attempts a minute from one address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++) {
      const res = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: `guess_${i}`, password: 'guess-password-1' } });
      statuses.push(res.statusCode);
      if (res.statusCode === 429) expect(res.json().error.code).toBe('RATE_LIMITED');
    }
    expect(statuses.slice(0, 30).every((s) => s === 401)).toBe(true);
    expect(statuses[30]).toBe(429);
    // Other endpoints are not affected.
    expect((await ctx.app.inject({ url: '/api/health' })).statusCode).toBe(200);
  });
});
