import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maskPhone } from '../../../common/identity/mask.ts';
import { GroupCommitter } from '../../db/group-commit.ts';
import { newPhone } from '../../test/factories.ts';
import { createTestContext, type TestContext } from '../../test/harness.ts';
import { commitDeclarations, type PreparedDeclaration } from './intake.ts';

/**
 * One resident's bad declaration must not cost anyone else theirs: the public endpoint
 * commits declarations in shared batches, so a row the database refuses used to fail every
 * declaration of its batch (30 valid + 6 poisoned: 0–7 of 36 stored).
 */
let ctx: TestContext;
let checkpoint: { id: string; token: string; name: string; grid: { code: string } };
beforeAll(async () => {
  ctx = await createTestContext({ env: { EPIGRID_DECLARATIONS_PER_IP_PER_MINUTE: '100000', EPIGRID_DECLARATIONS_PER_CHECKPOINT_PER_MINUTE: '100000' } });
  checkpoint = (await ctx.as('community_staff')({ url: '/api/checkpoints' })).json().items[0];
});
afterAll(() => ctx.close());

const storedOf = async (ids: string[]) => (await ctx.database.db.selectFrom('declarations').select('id').where('id', 'in', ids).execute()).map((r) => r.id);

const POISONED_NAMES: [string, string][] = [
  ['张\u0000三', 'CONTROL_CHARACTER'],
  ['李\ud800四', 'INVALID_CHARACTER'],
  ['王五\r\nSet-Cookie: session=stolen', 'CONTROL_CHARACTER'],
  ['\u202E六赵', 'BIDI_CONTROL'],
  ['钱七\u0007', 'CONTROL_CHARACTER'],
  ['\u200B\u200C\u200D', 'INVISIBLE_ONLY'],
];

describe('a poisoned declaration among valid ones', () => {
  it('30 valid + 6 poisoned sent together: exactly the 30 answer 201 and are stored, the 6 answer 400 on the name', async () => {
    const valid = Array.from({ length: 30 }, (_, i) => ({ id: crypto.randomUUID(), name: `居民${i}`, expect: null as string | null }));
    const poisoned = POISONED_NAMES.map(([name, code]) => ({ id: crypto.randomUUID(), name, expect: code }));
    // Interleaved, so every batch the committer forms holds both kinds.
    const all = valid.flatMap((v, i) => (i % 5 === 0 && poisoned[i / 5] ? [v, poisoned[i / 5]!] : [v]));
    const answers = await Promise.all(all.map((d) => ctx.app.inject({
      method: 'POST', url: '/api/public/declarations',
      payload: { token: checkpoint.token, id: d.id, name: d.name, phone: newPhone(), direction: 'in', temperature: 36.5, symptoms: [], keyAreaTravel: false, caseContact: false },
    })));
    const statuses = answers.map((a) => a.statusCode);
    expect(statuses.filter((s) => s === 201).length).toBe(30);
    expect(statuses.filter((s) => s === 400).length).toBe(6);
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    all.forEach((d, i) => {
      if (d.expect) expect(answers[i]!.json().error).toMatchObject({ code: 'VALIDATION_FAILED', fields: { name: d.expect } });
      else expect(answers[i]!.json()).toMatchObject({ result: 'pass' });
    });
    expect((await storedOf(valid.map((v) => v.id))).length).toBe(30);
    expect(await storedOf(poisoned.map((p) => p.id))).toEqual([]);
  });

  it('a row the database itself refuses fails only its own caller: the rest of its batch is stored', async () => {
    // Straight to the batcher, past the validation, as a row no check foresaw would arrive.
    const committer = new GroupCommitter<PreparedDeclaration, unknown>(
      (batch) => commitDeclarations(ctx.database, ctx.services.warningRules.current, ctx.services.outbound.routing, batch),
      { maxBatch: 100, maxWaitMs: 20, maxConcurrent: 1 },
    );
    const prepared = (name: string): PreparedDeclaration => {
      const phone = newPhone();
      return {
        id: crypto.randomUUID(), checkpointId: checkpoint.id, checkpointName: checkpoint.name, gridCode: checkpoint.grid.code, declaredAt: new Date(),
        name, phoneCipher: ctx.services.pii.encrypt(phone), phoneIndex: ctx.services.pii.blindIndex('phone', phone), phoneMasked: maskPhone(phone),
        idNumberCipher: null, idNumberMasked: null, direction: 'in', temperature: 36.5, symptoms: [], keyAreaTravel: false, caseContact: false, level: null, reasons: [],
      };
    };
    const good = Array.from({ length: 20 }, (_, i) => prepared(`居民${i}`));
    const bad = [prepared('坏\u0000名'), prepared('又\u0000坏')];
    const items = [...good.slice(0, 7), bad[0]!, ...good.slice(7, 15), bad[1]!, ...good.slice(15)];
    const results = await Promise.allSettled(items.map((d) => committer.submit(d)));
    items.forEach((d, i) => expect(results[i]!.status, d.name).toBe(bad.includes(d) ? 'rejected' : 'fulfilled'));
    expect((await storedOf(good.map((d) => d.id))).length).toBe(20);
    expect(await storedOf(bad.map((d) => d.id))).toEqual([]);
  });
});
