import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GRID_A, pointInGrid } from '../../server/test/factories.ts';
import { createTestContext, type TestContext } from '../../server/test/harness.ts';
import { streamFor } from '../geography/prng.ts';
import { DemoSimulator, type SimulatorRates } from './index.ts';

const COMMAND_ONLY: SimulatorRates = { declarations: 0, event: 0, visit: 0, arrival: 0, verification: 0, shiftStart: 0, caseChange: 0, instructionAnswer: 1, eventStep: 1, heartbeats: 0 };

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

describe('demo simulator, command loop', () => {
  it('moves the command loop: the grid worker answers an instruction, an event is dispatched, handled, verified and closed', async () => {
    const location = await pointInGrid(ctx, GRID_A);
    const event = (await ctx.as('grid_worker')({ method: 'POST', url: '/api/events', payload: {
      id: crypto.randomUUID(), category: 'disinfection', description: '楼道消杀', occurredAt: new Date(Date.now() - 60_000).toISOString(), location,
    } })).json();
    const sent = await ctx.as('commander')({ method: 'POST', url: '/api/instructions', payload: {
      title: '排查返乡人员', body: '请逐户排查', priority: 'normal', dueAt: new Date(Date.now() + 86_400_000).toISOString(),
      recipients: { kind: 'grid_workers', regions: [GRID_A] }, feedbackRequired: true, feedbackFields: [{ key: 'households', label: '排查户数' }],
    } });
    expect(sent.statusCode, sent.body).toBe(201);
    const failures: Record<string, unknown>[] = [];
    const simulator = new DemoSimulator(ctx.services, { warn: (details) => failures.push(details) }, { rates: COMMAND_ONLY, random: streamFor(3, 'simulator') });
    const statuses: string[] = [];
    for (let round = 1; round <= 12; round++) {
      await simulator.tick(new Date(Date.now() + round * 5 * 60_000));
      statuses.push((await ctx.database.db.selectFrom('events').select('status').where('id', '=', event.id).executeTakeFirstOrThrow()).status);
    }
    await simulator.stop();
    expect(failures).toEqual([]);
    expect([...new Set(statuses)]).toEqual(['dispatched', 'handled', 'verified', 'closed'].filter((s) => statuses.includes(s)));
    expect(statuses.at(-1)).toBe('closed');
    const receipt = await ctx.database.db.selectFrom('instruction_receipts').select('status').where('instruction_id', '=', sent.json().id).executeTakeFirstOrThrow();
    expect(receipt.status).toBe('done');
  });

});
