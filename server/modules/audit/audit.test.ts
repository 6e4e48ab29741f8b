import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/harness.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
  // Some history: sign-ins in two districts and the city.
  await ctx.login('district_staff');
  await ctx.login('linqing_staff');
  await ctx.login('admin');
  await ctx.login('district_admin');
});
afterAll(() => ctx.close());

describe('audit log', () => {
  it('lists entries newest first, scoped to the administrator\'s region', async () => {
    const city = (await ctx.as('admin')({ url: '/api/audit' })).json();
    const seqs = city.items.map((e: { seq: number }) => e.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    expect(city.items.some((e: { regionCode: string }) => e.regionCode === '371581')).toBe(true);
    const district = (await ctx.as('district_admin')({ url: '/api/audit' })).json();
    expect(district.items.length).toBeGreaterThan(0);
    expect(district.items.every((e: { regionCode: string }) => e.regionCode.startsWith('371502'))).toBe(true);
    const filtered = (await ctx.as('admin')({ url: '/api/audit?action=auth.login&actor=linqing_staff' })).json();
    expect(filtered.items).toHaveLength(1);
    expect((await ctx.as('district_staff')({ url: '/api/audit' })).statusCode).toBe(403);
  });

  it('pages with `before`', async () => {
    const first = (await ctx.as('admin')({ url: '/api/audit?limit=2' })).json();
    expect(first.items).toHaveLength(2);
    const next = (await ctx.as('admin')({ url: `/api/audit?limit=2&before=${first.nextBefore}` })).json();
    expect(next.items[0].seq).toBeLessThan(first.items[1].seq);
  });

  it('refuses updates and deletes', async () => {
    await expect(sql`UPDATE audit_log SET action = 'x' WHERE seq = 1`.execute(ctx.database.db)).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM audit_log WHERE seq = 1`.execute(ctx.database.db)).rejects.toThrow(/append-only/);
  });

  it('verifies the chain and detects a tampered row', async () => {
    const ok = (await ctx.as('admin')({ url: '/api/audit/verify' })).json();
    expect(ok).toMatchObject({ ok: true, brokenAtSeq: null });
    expect(ok.checked).toBeGreaterThanOrEqual(4);
    // Someone with database access bypasses the trigger and rewrites history.
    const original = await ctx.database.db.selectFrom('audit_log').select('actor_username').where('seq', '=', 2).executeTakeFirstOrThrow();
    await sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_delete`.execute(ctx.database.db);
    await sql`UPDATE audit_log SET actor_username = 'someone_else' WHERE seq = 2`.execute(ctx.database.db);
    const tampered = (await ctx.as('admin')({ url: '/api/audit/verify' })).json();
    expect(tampered).toMatchObject({ ok: false, brokenAtSeq: 2 });
    expect(tampered.reason).toMatch(/changed/);
    await sql`UPDATE audit_log SET actor_username = ${original.actor_username} WHERE seq = 2`.execute(ctx.database.db);
    expect((await ctx.as('admin')({ url: '/api/audit/verify' })).json().ok).toBe(true);
  });

  it('detects a removed row', async () => {
    await sql`DELETE FROM audit_log WHERE seq = 3`.execute(ctx.database.db);
    const res = (await ctx.as('admin')({ url: '/api/audit/verify' })).json();
    expect(res).toMatchObject({ ok: false, brokenAtSeq: 4 });
    expect(res.reason).toMatch(/missing/);
  });
});
