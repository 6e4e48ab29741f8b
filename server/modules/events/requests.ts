import type { EventRequestCreate, EventRequestDecision, EventRequestView } from '../../../common/contracts/dispatch.ts';
import { checkRequest } from '../../../common/events/rules.ts';
import type { EventRequestKind } from '../../../common/events/vocabulary.ts';
import { checkText, TEXT_LIMITS } from '../../../common/field/rules.ts';
import { trimText } from '../../../common/text/rules.ts';
import type { EventView } from '../../../common/contracts/field.ts';
import { announceChange } from '../../db/changes.ts';
import type { Actor } from '../../core/actor.ts';
import { AppError } from '../../core/errors.ts';
import type { AppServices } from '../../core/services.ts';
import { assertNoFieldErrors } from '../../core/validate.ts';
import { auditEventStep } from './audit.ts';
import { accountOf, notifyAboutEvent } from './notify.ts';
import { eventVisibleTo, viewFor } from './read.ts';
import { moveEvent, touchEvent } from './store.ts';
import { isAssignee, manages } from './view.ts';

/** The assignee asks for more time, a suspension or a void; one request waits at a time. */
export async function requestChange({ database, outbound }: AppServices, actor: Actor, id: string, body: EventRequestCreate, now = new Date()): Promise<EventRequestView> {
  const errors: Record<string, string> = { ...checkRequest(body) };
  checkText(errors, 'reason', body.reason, TEXT_LIMITS.note, true);
  assertNoFieldErrors(errors);
  const reason = trimText(body.reason);
  const requestId = await database.transaction(async (tx) => {
    const row = await eventVisibleTo(tx, actor, id);
    if (!isAssignee(actor, row)) throw new AppError('NOT_ASSIGNEE');
    if (row.status !== 'dispatched') throw new AppError('INVALID_TRANSITION', `cannot ask about an event that is ${row.status}`, { status: 'INVALID_TRANSITION' });
    if (body.kind === 'suspend' && row.suspended_at !== null) throw new AppError('INVALID_TRANSITION', 'already suspended', { kind: 'SUSPENDED' });
    const inserted = await tx.insertInto('event_requests')
      .values({ event_id: id, kind: body.kind, reason, minutes: body.minutes ?? null, requested_by: actor.id, requested_at: now })
      .onConflict((oc) => oc.column('event_id').where('decided_at', 'is', null).doNothing())
      .returning('id').executeTakeFirst();
    if (!inserted) throw new AppError('REQUEST_PENDING');
    await notifyAboutEvent(tx, outbound.routing, accountOf(row.dispatched_by), 'event_request', row, now);
    await announceChange(tx, ['events'], [row.grid_code]);
    await auditEventStep(tx, actor, { id, gridCode: row.grid_code }, { action: `request.${body.kind}`, from: row.status, to: row.status, note: reason, departmentId: null, assigneeId: null });
    return inserted.id;
  });
  const request = await database.db.selectFrom('event_requests').selectAll().where('id', '=', requestId).executeTakeFirstOrThrow();
  return {
    id: request.id, kind: request.kind as EventRequestKind, reason: request.reason, minutes: request.minutes, requestedBy: actor.displayName,
    requestedAt: request.requested_at.toISOString(), decidedBy: null, decidedAt: null, approved: null, decisionNote: null,
  };
}

/**
 * The dispatcher (or an office of the region) approves or refuses. An extension moves the
 * step's deadline; a suspension stops the clock, keeping what was left; a void ends the event.
 */
export async function decideRequest(services: AppServices, actor: Actor, id: string, requestId: string, body: EventRequestDecision, now = new Date()): Promise<EventView> {
  const errors: Record<string, string> = {};
  checkText(errors, 'note', body.note, TEXT_LIMITS.note, !body.approved);
  assertNoFieldErrors(errors);
  const note = body.note ? trimText(body.note) || null : null;
  await services.database.transaction(async (tx) => {
    const row = await eventVisibleTo(tx, actor, id);
    if (!manages(actor, row) && row.dispatched_by !== actor.id) throw new AppError('FORBIDDEN');
    const decided = await tx.updateTable('event_requests')
      .set({ decided_by: actor.id, decided_at: now, approved: body.approved, decision_note: note })
      .where('id', '=', requestId).where('event_id', '=', id).where('decided_at', 'is', null)
      .returning(['kind', 'minutes', 'requested_by']).executeTakeFirst();
    if (!decided) throw new AppError('REQUEST_NOT_FOUND');
    if (body.approved && decided.kind === 'extend' && row.step_due_at) {
      await touchEvent(tx, id, row.status, {
        action: 'extend', note, by: actor.id, at: now,
        set: { step_due_at: new Date(row.step_due_at.getTime() + decided.minutes! * 60_000), escalated_at: null, extensions: row.extensions + 1 },
      });
    } else if (body.approved && decided.kind === 'suspend') {
      const left = row.step_due_at ? Math.max(0, row.step_due_at.getTime() - now.getTime()) : null;
      await touchEvent(tx, id, row.status, {
        action: 'suspend', note, by: actor.id, at: now,
        set: { suspended_at: now, suspended_left_ms: left, step_due_at: null, suspensions: row.suspensions + 1 },
      });
    } else if (body.approved && decided.kind === 'void') {
      const moved = await moveEvent(tx, id, { from: row.status, to: 'voided', action: 'void', note, by: actor.id, at: now, set: { step_due_at: null, suspended_at: null } });
      if (!moved) throw new AppError('INVALID_TRANSITION', 'the event moved meanwhile', { status: 'INVALID_TRANSITION' });
    }
    await notifyAboutEvent(tx, services.outbound.routing, accountOf(decided.requested_by), 'event_decided', row, now);
    await announceChange(tx, ['events'], [row.grid_code]);
    await auditEventStep(tx, actor, { id, gridCode: row.grid_code }, {
      action: `request.${body.approved ? 'approve' : 'refuse'}`, from: row.status, to: body.approved && decided.kind === 'void' ? 'voided' : row.status, note, departmentId: null, assigneeId: null,
    });
  });
  return viewFor(services, actor, id, now);
}

/** The clock runs again with the time that was left when it stopped. */
export async function resumeEvent(services: AppServices, actor: Actor, id: string, now = new Date()): Promise<EventView> {
  await services.database.transaction(async (tx) => {
    const row = await eventVisibleTo(tx, actor, id);
    if (!manages(actor, row) && row.dispatched_by !== actor.id) throw new AppError('FORBIDDEN');
    if (row.suspended_at === null) throw new AppError('INVALID_TRANSITION', 'the event is not suspended', { status: 'INVALID_TRANSITION' });
    const left = row.suspended_left_ms === null ? null : Number(row.suspended_left_ms);
    await touchEvent(tx, id, row.status, {
      action: 'resume', note: null, by: actor.id, at: now,
      set: { suspended_at: null, suspended_left_ms: null, step_due_at: left === null ? null : new Date(now.getTime() + left) },
    });
    await announceChange(tx, ['events'], [row.grid_code]);
    await auditEventStep(tx, actor, { id, gridCode: row.grid_code }, { action: 'resume', from: row.status, to: row.status, note: null, departmentId: null, assigneeId: null });
  });
  return viewFor(services, actor, id, now);
}
