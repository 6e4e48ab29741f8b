import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandPanel } from '../../../common/contracts/dashboard.ts';
import { GRID_A, isoNow, pointInGrid } from '../../test/factories.ts';
import { createTestContext, type TestContext } from '../../test/harness.ts';
import { escalateOverdueSteps } from '../events/escalation.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

const panel = async (as: string, query = ''): Promise<CommandPanel> => (await ctx.as(as)({ url: `/api/dashboard/command${query}` })).json();

describe('the command panel (指挥调度)', () => {
  it('follows the day\'s instructions down to the grids and the events through their steps, per child region', async () => {
    const before = await panel('district_staff');
    const sent = (await ctx.as('district_staff')({
      method: 'POST', url: '/api/instructions',
      payload: { title: '今日排查', body: '逐户排查', priority: 'urgent', dueAt: isoNow(3_600_000), recipients: { kind: 'grid_workers', regions: ['371502001'] }, feedbackRequired: false },
    })).json();
    await ctx.as('grid_worker')({ method: 'POST', url: `/api/instructions/${sent.id}/read` });
    const event = (await ctx.as('grid_worker')({ method: 'POST', url: '/api/events', payload: {
      id: crypto.randomUUID(), category: 'danger', description: '围墙开裂', occurredAt: isoNow(-60_000), location: await pointInGrid(ctx, GRID_A),
    } })).json();
    const department = (await ctx.as('street_staff')({ url: `/api/departments?serving=${GRID_A}` })).json().items[0];
    await ctx.as('street_staff')({ method: 'POST', url: `/api/events/${event.id}/dispatch`, payload: { departmentId: department.id } });

    const after = await panel('district_staff');
    expect(after.instructionReceipts - before.instructionReceipts).toBe(sent.receipts);
    expect(after.instructionsRead - before.instructionsRead).toBe(1);
    expect(after.instructions[0]).toMatchObject({ id: sent.id, title: '今日排查', receipts: sent.receipts, read: 1, done: 1 });
    expect(after.eventsByStep.handle - before.eventsByStep.handle).toBe(1);
    expect(after.eventsOpen - before.eventsOpen).toBe(1);
    const street = after.children.find((c) => c.code === '371502001')!;
    expect(street.instructionReceipts).toBeGreaterThanOrEqual(sent.receipts);
    expect(after.children.reduce((n, c) => n + c.eventsOpen, 0)).toBe(after.eventsOpen);
    expect(after.children.reduce((n, c) => n + c.instructionReceipts, 0)).toBe(after.instructionReceipts);

    const grid = await panel('street_staff', `?region=${GRID_A}`);
    expect(grid.children).toEqual([]);
    expect(grid.instructionReceipts).toBe(1);
    expect((await ctx.as('linqing_staff')({ url: '/api/dashboard/command?region=371502' })).statusCode).toBe(403);
    expect((await ctx.as('grid_worker')({ url: '/api/dashboard/command' })).statusCode).toBe(403);
  });

  it('counts an escalated event under supervision (督办) until it is closed, as the supervisor\'s list does', async () => {
    const supervised = async () => (await ctx.as('district_staff')({ url: '/api/events?supervised=true&limit=1' })).json().total as number;
    const event = (await ctx.as('grid_worker')({ method: 'POST', url: '/api/events', payload: {
      id: crypto.randomUUID(), category: 'assistance', description: '独居老人需要帮助', occurredAt: isoNow(-60_000), location: await pointInGrid(ctx, GRID_A),
    } })).json();
    const before = await panel('district_staff');
    await ctx.database.db.updateTable('events').set({ step_due_at: new Date(Date.now() - 60_000) }).where('id', '=', event.id).execute();
    await escalateOverdueSteps(ctx.database, ctx.services.outbound.routing);

    const escalated = await panel('district_staff');
    expect(escalated.eventsEscalated - before.eventsEscalated).toBe(1);
    expect(escalated.eventsOverdue - before.eventsOverdue).toBe(1);
    expect(escalated.eventsEscalated).toBe(await supervised());

    // The dispatch starts the next step on time: no longer overdue, still supervised.
    const department = (await ctx.as('street_staff')({ url: `/api/departments?serving=${GRID_A}` })).json().items[0];
    await ctx.as('street_staff')({ method: 'POST', url: `/api/events/${event.id}/dispatch`, payload: { departmentId: department.id } });
    const dispatched = await panel('district_staff');
    expect(dispatched.eventsOverdue).toBe(before.eventsOverdue);
    expect(dispatched.eventsEscalated - before.eventsEscalated).toBe(1);
    expect(dispatched.eventsEscalated).toBe(await supervised());
  });
});
