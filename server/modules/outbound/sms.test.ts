import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GRID_B } from '../../test/factories.ts';
import { createTestContext, TEST_PASSWORD, type TestContext } from '../../test/harness.ts';
import { startHttpReceiver, type HttpReceiver, type ReceivedRequest } from '../../test/http-receiver.ts';
import { rpcSignature } from './sms-signature.ts';

const KEY_SECRET = 'sms-key-secret-liaocheng';
const PHONE = '13912345678';
const GATEWAY_OK = { status: 200, body: JSON.stringify({ Code: 'OK', Message: 'OK', BizId: '900619746936498440^0', RequestId: 'F655A8D5-B967-440B-8683-DAD6FF8DE990' }) };
let ctx: TestContext;
let receiver: HttpReceiver;
let workerId: string;
const warnings: string[] = [];
const onWarning = (w: Error) => void warnings.push(w.message);

beforeAll(async () => {
  process.on('warning', onWarning);
  receiver = await startHttpReceiver(GATEWAY_OK);
  ctx = await createTestContext({
    env: {
      EPIGRID_SMS_URL: receiver.url, EPIGRID_SMS_KEY_ID: 'LTAI-epigrid-test', EPIGRID_SMS_KEY_SECRET: KEY_SECRET,
      EPIGRID_SMS_SIGN_NAME: '聊城防疫', EPIGRID_SMS_TEMPLATE: 'SMS_200123001', EPIGRID_OUTBOUND_BACKOFF_MS: '10', EPIGRID_OUTBOUND_POLL_MS: '50',
    },
  });
  const account = (username: string, extra: Record<string, unknown>) => ctx.as('admin')({
    method: 'POST', url: '/api/users', payload: { username, displayName: `${username} 网格员`, role: 'grid_worker', regionCode: GRID_B, password: TEST_PASSWORD, ...extra },
  });
  const created = await account('sms_worker', { phone: `+86${PHONE}` });
  expect(created.statusCode, created.body).toBe(201);
  workerId = created.json().id;
  expect((await account('no_phone_worker', {})).statusCode).toBe(201);
});
afterAll(async () => {
  process.off('warning', onWarning);
  await ctx.close();
  await receiver.close();
});

const inMs = (ms: number) => new Date(Date.now() + ms).toISOString();

async function sendInstruction(title: string, priority: 'normal' | 'urgent', sendAt?: string): Promise<{ id: string; sendAt: Date }> {
  const res = await ctx.as('commander')({
    method: 'POST', url: '/api/instructions',
    payload: {
      id: crypto.randomUUID(), title, body: '请今日完成辖区排查。', priority, dueAt: inMs(3 * 3_600_000),
      recipients: { kind: 'grid_workers', regions: [GRID_B] }, feedbackRequired: false, ...(sendAt ? { sendAt } : {}),
    },
  });
  expect(res.statusCode).toBe(201);
  const row = await ctx.database.db.selectFrom('instructions').select(['id', 'send_at']).where('id', '=', res.json().id).executeTakeFirstOrThrow();
  return { id: row.id, sendAt: row.send_at };
}

const deliveriesOf = (instructionId: string) => ctx.database.db.selectFrom('outbound_deliveries as d').innerJoin('notifications as n', 'n.id', 'd.notification_id')
  .select(['d.id', 'd.channel', 'd.status', 'd.attempts', 'n.user_id', 'n.kind']).where('n.instruction_id', '=', instructionId).orderBy('n.kind').execute();
const formOf = (r: ReceivedRequest) => Object.fromEntries(new URLSearchParams(r.body));
const at = (base: Date, ms: number) => new Date(base.getTime() + ms);

describe('an account\'s mobile number', () => {
  it('is stored encrypted, shown masked, audited masked, and checked', async () => {
    const row = await ctx.database.db.selectFrom('users').select(['phone_cipher', 'phone_masked']).where('id', '=', workerId).executeTakeFirstOrThrow();
    expect(row.phone_masked).toBe('139****5678');
    expect(row.phone_cipher).not.toContain(PHONE);
    expect(ctx.services.pii.decrypt(row.phone_cipher!)).toBe(PHONE);
    const list = await ctx.as('admin')({ method: 'GET', url: `/api/users?region=${GRID_B}` });
    expect(list.json().items.find((u: { id: string }) => u.id === workerId).phoneMasked).toBe('139****5678');
    expect(list.body).not.toContain(PHONE);
    const audit = await ctx.database.db.selectFrom('audit_log').select('detail').where('target_id', '=', workerId).execute();
    expect(JSON.stringify(audit)).toContain('139****5678');
    expect(JSON.stringify(audit)).not.toContain(PHONE);
    const bad = await ctx.as('admin')({ method: 'PATCH', url: `/api/users/${workerId}`, payload: { phone: '139 1234 5678' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toEqual({ phone: 'PHONE_INVALID' });
  });
});

describe('SMS deliveries', () => {
  it('an urgent notification goes as a signed template request, to the accounts with a number only', async () => {
    const sent = await sendInstruction('紧急：全员核酸检测', 'urgent', inMs(3_600_000));
    const queued = await deliveriesOf(sent.id);
    // The webhook is not configured here: nothing is queued for it.
    expect(queued).toEqual([expect.objectContaining({ channel: 'sms', user_id: workerId, status: 'pending' })]);
    expect(await ctx.services.outbound.runOnce(at(sent.sendAt, 1_000))).toBe(1);

    const request = receiver.requests.at(-1)!;
    expect(request.method).toBe('POST');
    expect(request.headers['content-type']).toBe('application/x-www-form-urlencoded');
    const { Signature, ...params } = formOf(request);
    expect(Signature).toBe(rpcSignature('POST', params, KEY_SECRET));
    expect(params).toMatchObject({
      Action: 'SendSms', Version: '2017-05-25', SignatureMethod: 'HMAC-SHA1', SignatureVersion: '1.0', Format: 'JSON',
      AccessKeyId: 'LTAI-epigrid-test', PhoneNumbers: PHONE, SignName: '聊城防疫', TemplateCode: 'SMS_200123001', OutId: queued[0]!.id,
    });
    expect(JSON.parse(params.TemplateParam!)).toEqual({ kind: '新指令', title: '紧急：全员核酸检测' });
    expect(Math.abs(Date.parse(params.Timestamp!) - Date.now())).toBeLessThan(60_000);
    expect(await deliveriesOf(sent.id)).toEqual([expect.objectContaining({ status: 'delivered', attempts: 1 })]);
  });

  it('a normal instruction does not go by SMS; its reminder (催办) does, sent by the running worker', async () => {
    const sent = await sendInstruction('常规通知：做好个人防护', 'normal');
    expect(await deliveriesOf(sent.id)).toEqual([]);
    const seen = receiver.requests.length;
    const reminded = await ctx.as('commander')({ method: 'POST', url: `/api/instructions/${sent.id}/remind`, payload: {} });
    expect(reminded.statusCode).toBe(200);
    await receiver.waitFor(seen + 1);
    expect(JSON.parse(formOf(receiver.requests[seen]!).TemplateParam!)).toEqual({ kind: '催办提醒', title: '常规通知：做好个人防护' });
    await expect.poll(async () => (await deliveriesOf(sent.id)).map((d) => [d.kind, d.status])).toEqual([['reminder', 'delivered']]);
  });

  it('records the gateway\'s code for a refusal, never its message or the number', async () => {
    const echo = { RequestId: 'A1', Message: `手机号码 ${PHONE} 格式错误` };
    receiver.script(
      { status: 200, body: JSON.stringify({ ...echo, Code: 'isv.BUSINESS_LIMIT_CONTROL' }) },
      { status: 500, body: `gateway trouble for ${PHONE}` },
      { status: 200, body: JSON.stringify({ ...echo, Code: 'isv.MOBILE_NUMBER_ILLEGAL' }) },
    );
    const sent = await sendInstruction('紧急：封控区调整', 'urgent', inMs(3_600_000));
    for (let n = 1; n <= 4; n++) await ctx.services.outbound.runOnce(at(sent.sendAt, n * 60_000));
    const [delivery] = await deliveriesOf(sent.id);
    expect(delivery).toMatchObject({ status: 'failed', attempts: 3 });
    const log = await ctx.database.db.selectFrom('outbound_attempts').selectAll().where('delivery_id', '=', delivery!.id).orderBy('attempt').execute();
    expect(log.map((a) => [a.outcome, a.status_code, a.error])).toEqual([
      ['retry', 200, 'isv.BUSINESS_LIMIT_CONTROL'], ['retry', 500, 'HTTP 500'], ['failed', 200, 'isv.MOBILE_NUMBER_ILLEGAL'],
    ]);
    const everything = JSON.stringify([
      await ctx.database.db.selectFrom('outbound_attempts').selectAll().execute(),
      await ctx.database.db.selectFrom('outbound_deliveries').selectAll().execute(),
      warnings,
    ]);
    expect(everything).not.toContain(PHONE.slice(3));
  });
});
