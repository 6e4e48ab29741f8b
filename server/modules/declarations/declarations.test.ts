import crypto from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaDate } from '../../../common/time.ts';
import { createGridWorker, newPhone } from '../../test/factories.ts';
import { createTestContext, type TestContext } from '../../test/harness.ts';

let ctx: TestContext;
let checkpoint: { id: string; token: string; name: string; grid: { code: string } };
beforeAll(async () => {
  ctx = await createTestContext({ env: { EPIGRID_DECLARATIONS_PER_IP_PER_MINUTE: '1000' } });
  const list = (await ctx.as('community_staff')({ url: '/api/checkpoints' })).json();
  checkpoint = list.items[0];
  await createGridWorker(ctx, 'other_worker', '371502001001002');
});
afterAll(() => ctx.close());

const declare = (payload: Record<string, unknown> = {}, headers: Record<string, string> = {}) => ctx.app.inject({
  method: 'POST', url: '/api/public/declarations', headers,
  payload: { token: checkpoint.token, id: crypto.randomUUID(), name: '张三', phone: newPhone(), direction: 'in', temperature: 36.5, symptoms: [], keyAreaTravel: false, caseContact: false, ...payload },
});
const count = async (table: 'declarations' | 'warnings') => Number((await ctx.database.db.selectFrom(table).select(ctx.database.db.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

describe('checkpoints', () => {
  it('the demo gives every community a checkpoint; staff list theirs with the token and URL', async () => {
    const list = (await ctx.as('community_staff')({ url: '/api/checkpoints' })).json();
    expect(list.total).toBe(2);
    expect(list.items.map((c: { name: string }) => c.name).sort()).toEqual(['古城社区北门', '古城社区南门']);
    expect(checkpoint.token).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(list.items[0].url).toMatch(new RegExp(`/d/${list.items[0].token}$`));
    const total = await ctx.database.db.selectFrom('checkpoints').select(ctx.database.db.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(total.n)).toBeGreaterThanOrEqual(2408);
    expect((await ctx.as('linqing_staff')({ url: '/api/checkpoints?region=371502' })).json()).toEqual({ items: [], total: 0 });
    expect((await ctx.as('community_staff')({ url: `/api/checkpoints/${checkpoint.id}` })).json()).toEqual(checkpoint);
    expect((await ctx.as('linqing_staff')({ url: `/api/checkpoints/${checkpoint.id}` })).statusCode).toBe(404);
    const qr = await ctx.as('community_staff')({ url: `/api/checkpoints/${checkpoint.id}/qr.svg` });
    expect(qr.headers['content-type']).toMatch(/svg/);
    expect(qr.body).toContain('<svg');
  });

  it('the public checkpoint lookup names the checkpoint and nothing else', async () => {
    const res = await ctx.app.inject({ url: `/api/public/checkpoints/${checkpoint.token}` });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ name: checkpoint.name, communityName: '古城社区居委会', regionPath: ['聊城市', '东昌府区', '古楼街道'], kind: 'residential_entrance' });
    const unknown = await ctx.app.inject({ url: '/api/public/checkpoints/AAAAAAAAAAAAAAAAAAAAAAAA' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('TOKEN_UNKNOWN');
  });
});

describe('public declarations', () => {
  it('a normal declaration passes; a retry gets the same answer and is stored once', async () => {
    const id = crypto.randomUUID();
    const phone = newPhone();
    const first = await declare({ id, phone });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toEqual({ result: 'pass', checkpointName: checkpoint.name, at: expect.any(String) });
    const retry = await declare({ id, phone, temperature: 39 });
    expect(retry.statusCode).toBe(201);
    expect(retry.json()).toEqual(first.json());
    const stored = await ctx.database.db.selectFrom('declarations').selectAll().where('id', '=', id).execute();
    expect(stored).toHaveLength(1);
    expect(stored[0]!.grid_code).toBe(checkpoint.grid.code);
    expect(JSON.stringify(stored[0])).not.toContain(phone);
    expect(stored[0]!.phone_masked).toBe(`${phone.slice(0, 3)}****${phone.slice(-4)}`);
  });

  it('a fever stops the person and raises a warning; declaring again within the window updates it', async () => {
    const phone = newPhone();
    const before = await count('warnings');
    const first = await declare({ phone, temperature: 37.8, symptoms: ['dry_cough'] });
    expect(first.json().result).toBe('stop');
    expect(await count('warnings')).toBe(before + 1);
    const second = await declare({ phone, temperature: 38.9, keyAreaTravel: true });
    expect(second.json().result).toBe('stop');
    expect(await count('warnings')).toBe(before + 1);
    const warning = await ctx.database.db.selectFrom('warnings').selectAll().orderBy('created_at', 'desc').executeTakeFirstOrThrow();
    expect(warning).toMatchObject({ declaration_count: 2, level: 'high', status: 'open' });
    expect([...warning.reasons].sort()).toEqual(['high_temperature', 'key_area_travel', 'symptom', 'temperature']);
    expect(Number(warning.max_temperature)).toBe(38.9);
    // The grid's workers are told once, by level and checkpoint, never by the resident's name.
    const told = await ctx.database.db.selectFrom('notifications as n').innerJoin('users as u', 'u.id', 'n.user_id')
      .select(['n.kind', 'n.title', 'n.priority', 'u.region_code']).where('n.warning_id', '=', warning.id).execute();
    expect(told.length).toBeGreaterThanOrEqual(1);
    expect(told.map((n) => [n.kind, n.region_code, n.priority])).toEqual(told.map(() => ['warning_assigned', warning.grid_code, 'urgent']));
    expect(told[0]!.title).toBe(`【预警】重点预警 · ${checkpoint.name}`);
    expect(JSON.stringify(told)).not.toContain('张三');
  });

  it('counts declarations, symptoms and warnings by day and grid', async () => {
    const today = chinaDate(new Date());
    const rows = await sql<{ metric: string; key: string; n: number }>`SELECT metric, key, n FROM daily_counts
      WHERE day = ${today} AND grid_code = ${checkpoint.grid.code} AND metric IN ('declarations', 'declaration_results', 'symptoms', 'warnings_raised', 'fever_temperatures')
      ORDER BY metric, key`.execute(ctx.database.db);
    const counted = Object.fromEntries(rows.rows.map((r) => [`${r.metric}:${r.key}`, Number(r.n)]));
    const facts = await sql<{ n: number; stop: number; cough: number }>`SELECT count(*) AS n, count(*) FILTER (WHERE result = 'stop') AS stop,
      count(*) FILTER (WHERE 'dry_cough' = ANY(symptoms)) AS cough FROM declarations WHERE grid_code = ${checkpoint.grid.code}`.execute(ctx.database.db);
    expect(counted['declarations:in']).toBe(Number(facts.rows[0]!.n));
    expect(counted['declaration_results:stop']).toBe(Number(facts.rows[0]!.stop));
    expect(counted['symptoms:dry_cough']).toBe(Number(facts.rows[0]!.cough));
    // 37.8 °C with a dry cough: two reasons make it high; the second declaration updated it.
    expect(counted['warnings_raised:high']).toBe(1);
    expect(counted['warnings_raised:medium']).toBeUndefined();
    const daily = (await ctx.as('street_staff')({ url: `/api/declarations/daily?from=${today}&to=${today}` })).json();
    expect(daily.days).toHaveLength(1);
    expect(daily.days[0]).toMatchObject({ day: today, declarations: Number(facts.rows[0]!.n), stops: Number(facts.rows[0]!.stop), warningsRaised: 1 });
    expect(daily.days[0].symptoms.dry_cough).toBe(Number(facts.rows[0]!.cough));
    expect(daily.openWarnings).toBe(1);
    expect((await ctx.as('street_staff')({ url: '/api/declarations/daily?from=2026-01-01&to=2026-12-31' })).json().error.fields).toEqual({ to: 'TOO_MANY_DAYS' });
    expect((await ctx.as('linqing_staff')({ url: `/api/declarations/daily?from=${today}&to=${today}&region=371502` })).statusCode).toBe(403);
  });

  it('refuses bad input with field errors and stores nothing', async () => {
    const before = await count('declarations');
    const bad = await declare({ temperature: 45, phone: '123', symptoms: ['fever', 'fever'], direction: 'sideways', extra: true });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields).sort()).toEqual(expect.arrayContaining(['direction', 'temperature']));
    const phone = await declare({ phone: '12345678901' });
    expect(phone.json().error.fields).toEqual({ phone: 'PHONE_INVALID' });
    const id = await declare({ idNumber: '110105194912310021' });
    expect(id.json().error.fields).toEqual({ idNumber: 'ID_NUMBER_CHECKSUM' });
    const blank = await declare({ name: '   ' });
    expect(blank.json().error.fields).toEqual({ name: 'REQUIRED' });
    expect(await count('declarations')).toBe(before);
  });

  it('a rotated token says so; a closed checkpoint says so; staff cannot rotate outside their region', async () => {
    const rotated = (await ctx.as('community_staff')({ method: 'POST', url: `/api/checkpoints/${checkpoint.id}/rotate-token` })).json();
    expect(rotated.token).not.toBe(checkpoint.token);
    const old = await declare();
    expect(old.statusCode).toBe(410);
    expect(old.json().error.code).toBe('TOKEN_ROTATED');
    const oldLookup = await ctx.app.inject({ url: `/api/public/checkpoints/${checkpoint.token}` });
    expect(oldLookup.json().error.code).toBe('TOKEN_ROTATED');
    checkpoint = { ...checkpoint, token: rotated.token };
    expect((await declare()).statusCode).toBe(201);
    await ctx.as('community_staff')({ method: 'PATCH', url: `/api/checkpoints/${checkpoint.id}`, payload: { active: false } });
    expect((await declare()).json().error.code).toBe('CHECKPOINT_CLOSED');
    await ctx.as('community_staff')({ method: 'PATCH', url: `/api/checkpoints/${checkpoint.id}`, payload: { active: true } });
    expect((await ctx.as('linqing_staff')({ method: 'POST', url: `/api/checkpoints/${checkpoint.id}/rotate-token` })).statusCode).toBe(404);
    const audit = await ctx.database.db.selectFrom('audit_log').select('action').where('action', '=', 'checkpoint.rotate_token').execute();
    expect(audit).toHaveLength(1);
  });
});

describe('warning verification', () => {
  it('the grid worker sees the warning, calls the person (audited) and verifies it; time to verification is kept', async () => {
    await declare({ name: '李发热', temperature: 38.0 });
    const list = (await ctx.as('grid_worker')({ url: '/api/warnings?status=open' })).json();
    const warning = list.items.find((w: { name: string }) => w.name === '李发热');
    expect(warning).toMatchObject({ level: 'medium', reasons: ['temperature'], status: 'open', grid: { code: checkpoint.grid.code } });
    expect(warning.phoneMasked).toMatch(/^1\d\d\*{4}\d{4}$/);
    expect((await ctx.as('street_staff')({ url: `/api/warnings/${warning.id}` })).json().name).toBe('李*热');
    expect((await ctx.as('other_worker')({ url: `/api/warnings/${warning.id}` })).statusCode).toBe(404);

    const contact = await ctx.as('grid_worker')({ method: 'POST', url: `/api/warnings/${warning.id}/contact` });
    expect(contact.json().phone).toMatch(/^1[3-9]\d{9}$/);
    const verified = await ctx.as('grid_worker')({ method: 'POST', url: `/api/warnings/${warning.id}/verify`, payload: { outcome: 'fever_clinic', note: '已陪同前往发热门诊' } });
    expect(verified.statusCode).toBe(200);
    expect(verified.json()).toMatchObject({ status: 'verified', outcome: 'fever_clinic', verifiedBy: '古城社区第1网格网格员' });
    expect(verified.json().minutesToVerify).toBeGreaterThanOrEqual(0);
    // The same verification resent (its answer was lost) is answered as done.
    const resent = await ctx.as('grid_worker')({ method: 'POST', url: `/api/warnings/${warning.id}/verify`, payload: { outcome: 'fever_clinic' } });
    expect(resent.statusCode).toBe(200);
    const again = await ctx.as('street_staff')({ method: 'POST', url: `/api/warnings/${warning.id}/verify`, payload: { outcome: 'normal' } });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('ALREADY_VERIFIED');
    expect(again.json().warning).toMatchObject({ status: 'verified', outcome: 'fever_clinic' });
    const bad = await ctx.as('grid_worker')({ method: 'POST', url: `/api/warnings/${warning.id}/verify`, payload: { outcome: 'whatever' } });
    expect(bad.statusCode).toBe(400);
    const reveals = await ctx.database.db.selectFrom('audit_log').selectAll().where('action', '=', 'pii.reveal').where('target_id', '=', warning.id).execute();
    expect(reveals).toHaveLength(1);
  });

  it('takes the time a phone verified offline, within bounds', async () => {
    await declare({ name: '孙离线', temperature: 37.9 });
    const warning = (await ctx.as('grid_worker')({ url: '/api/warnings?status=open' })).json().items.find((w: { name: string }) => w.name === '孙离线');
    const future = await ctx.as('grid_worker')({ method: 'POST', url: `/api/warnings/${warning.id}/verify`, payload: { outcome: 'normal', verifiedAt: new Date(Date.now() + 3_600_000).toISOString() } });
    expect(future.json().error.fields).toEqual({ verifiedAt: 'FUTURE_TIME' });
    const before = await ctx.as('grid_worker')({ method: 'POST', url: `/api/warnings/${warning.id}/verify`, payload: { outcome: 'normal', verifiedAt: new Date(Date.parse(warning.firstDeclaredAt) - 60_000).toISOString() } });
    expect(before.json().error.fields).toEqual({ verifiedAt: 'DATE_ORDER' });
    const at = new Date(Date.parse(warning.firstDeclaredAt) + 1000).toISOString();
    const ok = await ctx.as('grid_worker')({ method: 'POST', url: `/api/warnings/${warning.id}/verify`, payload: { outcome: 'normal', verifiedAt: at } });
    expect(ok.json()).toMatchObject({ status: 'verified', verifiedAt: at, minutesToVerify: 0 });
  });

  it('lists overdue warnings first', async () => {
    await declare({ name: '王逾期', temperature: 37.5 });
    await sql`UPDATE warnings SET due_at = now() - interval '1 hour' WHERE name = '王逾期'`.execute(ctx.database.db);
    const list = (await ctx.as('street_staff')({ url: '/api/warnings' })).json();
    expect(list.items[0]).toMatchObject({ name: '王*期', status: 'overdue' });
    expect(list.counts.overdue).toBe(1);
    expect(list.items.at(-1).status).toBe('verified');
    expect((await ctx.as('street_staff')({ url: '/api/warnings?status=overdue' })).json().total).toBe(1);
  });

  it('city administrators tune the rules; a lower threshold takes effect at once', async () => {
    const rules = (await ctx.as('admin')({ url: '/api/declarations/rules' })).json();
    expect(rules.feverThreshold).toBe(37.3);
    expect((await ctx.as('district_admin')({ method: 'PUT', url: '/api/declarations/rules', payload: rules })).statusCode).toBe(403);
    expect((await ctx.as('admin')({ method: 'PUT', url: '/api/declarations/rules', payload: { ...rules, highFeverThreshold: 37 } })).json().error.fields).toEqual({ highFeverThreshold: 'OUT_OF_RANGE' });
    const saved = await ctx.as('admin')({ method: 'PUT', url: '/api/declarations/rules', payload: { ...rules, feverThreshold: 37.0 } });
    expect(saved.json().feverThreshold).toBe(37);
    expect((await declare({ temperature: 37.1 })).json().result).toBe('stop');
  });
});

describe('rate limits', () => {
  it('answers 429 past the per-address limit and stores nothing', async () => {
    const limited = await createTestContext({ env: { EPIGRID_DECLARATIONS_PER_IP_PER_MINUTE: '3' } });
    try {
      const token = (await limited.as('community_staff')({ url: '/api/checkpoints' })).json().items[0].token;
      const send = () => limited.app.inject({ method: 'POST', url: '/api/public/declarations', payload: { token, id: crypto.randomUUID(), name: '赵', phone: newPhone(), direction: 'in', temperature: 36.6, symptoms: [], keyAreaTravel: false, caseContact: false } });
      const statuses = [];
      for (let i = 0; i < 5; i++) statuses.push((await send()).statusCode);
      expect(statuses).toEqual([201, 201, 201, 429, 429]);
      const stored = await limited.database.db.selectFrom('declarations').select(limited.database.db.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      expect(Number(stored.n)).toBe(3);
    } finally {
      await limited.close();
    }
  });

  it('answers 429 past the per-checkpoint limit', async () => {
    const limited = await createTestContext({ env: { EPIGRID_DECLARATIONS_PER_CHECKPOINT_PER_MINUTE: '2' } });
    try {
      const token = (await limited.as('community_staff')({ url: '/api/checkpoints' })).json().items[0].token;
      const send = (ip: string) => limited.app.inject({ method: 'POST', url: '/api/public/declarations', remoteAddress: ip, payload: { token, id: crypto.randomUUID(), name: '赵', phone: newPhone(), direction: 'in', temperature: 36.6, symptoms: [], keyAreaTravel: false, caseContact: false } });
      const statuses = [(await send('10.0.0.1')).statusCode, (await send('10.0.0.2')).statusCode, (await send('10.0.0.3')).statusCode];
      expect(statuses).toEqual([201, 201, 429]);
    } finally {
      await limited.close();
    }
  });
});
