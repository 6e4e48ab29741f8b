import type { Updateable } from 'kysely';
import type { DispatchBody, HandleBody, VerifyBody } from '../../../common/contracts/dispatch.ts';
import type { EventView } from '../../../common/contracts/field.ts';
import { checkDispatchTarget, checkVerification } from '../../../common/events/rules.ts';
import { actionTarget, canTake, stepOf, type EventAction, type EventStatus } from '../../../common/events/workflow.ts';
import { checkText, TEXT_LIMITS } from '../../../common/field/rules.ts';
import type { NotificationKind } from '../../../common/instructions/vocabulary.ts';
import { isWithinScope } from '../../../common/regions/codes.ts';
import { trimText } from '../../../common/text/rules.ts';
import type { Queryable } from '../../db/database.ts';
import type { EventsTable } from '../../db/schema.ts';
import { announceChange } from '../../db/changes.ts';
import type { Actor } from '../../core/actor.ts';
import { AppError } from '../../core/errors.ts';
import type { AppServices } from '../../core/services.ts';
import { assertNoFieldErrors } from '../../core/validate.ts';
import { findDepartment } from '../departments/store.ts';
import { auditEventStep } from './audit.ts';
import { finishedLate, stepDueAt } from './clock.ts';
import { accountOf, assigneeAccounts, notifyAboutEvent } from './notify.ts';
import { savePhotos, type PreparedUploads } from './photos.ts';
import { eventVisibleTo, viewFor } from './read.ts';
import { moveEvent, type EventRow } from './store.ts';
import { isAssignee, mayTake } from './view.ts';

interface StepPlan {
  note: string | null;
  passed?: boolean;
  set?: Updateable<EventsTable>;
  departmentId?: string | null;
  assigneeId?: string | null;
  /** Who hears of the move, besides the live topic. */
  notify?: { accounts: 'assignee' | 'dispatcher' | 'reporter'; kind: NotificationKind };
}

/** Steps that finish the clock's step; a late one counts against on-time closing. */
const FINISHING: readonly EventAction[] = ['dispatch', 'handle', 'verify', 'close'];

function refuse(actor: Actor, row: EventRow, action: EventAction): never {
  if (!canTake(action, row.status as EventStatus)) {
    throw new AppError('INVALID_TRANSITION', `cannot ${action} an event that is ${row.status}`, { status: 'INVALID_TRANSITION' });
  }
  if ((action === 'handle' || action === 'return') && !isAssignee(actor, row)) throw new AppError('NOT_ASSIGNEE');
  if (action === 'handle' || action === 'return') throw new AppError('INVALID_TRANSITION', 'the event is suspended', { status: 'SUSPENDED' });
  throw new AppError(isWithinScope(row.grid_code, actor.scope) ? 'FORBIDDEN' : 'OUT_OF_SCOPE');
}

/**
 * One move of the loop in one transaction: the status changes only if nobody moved it
 * meanwhile; the new step's clock starts by the time limits; the one who must act next is
 * told; the live topic and the audit log hear of it.
 */
async function takeStep(
  services: AppServices, actor: Actor, id: string, action: EventAction,
  plan: (row: EventRow, tx: Queryable) => Promise<StepPlan>, now: Date,
): Promise<EventView> {
  const { database } = services;
  await database.transaction(async (tx) => {
    const row = await eventVisibleTo(tx, actor, id);
    if (!mayTake(actor, row, action)) refuse(actor, row, action);
    const p = await plan(row, tx);
    const from = row.status as EventStatus;
    const to = actionTarget(action, p.passed ?? true);
    const fromStep = stepOf(from);
    const toStep = stepOf(to);
    const late = FINISHING.includes(action) && finishedLate(row.step_due_at, now);
    const set: Updateable<EventsTable> = { ...p.set };
    if (late) set.late_steps = row.late_steps + 1;
    if (toStep !== fromStep || action === 'verify') {
      const priority = (set.priority as string | undefined) ?? row.priority;
      set.step_started_at = now;
      set.step_due_at = toStep ? await stepDueAt(tx, { ...row, priority }, toStep, now) : null;
      set.escalated_at = null;
      set.suspended_at = null;
      set.suspended_left_ms = null;
    }
    if (action === 'dispatch' && row.dispatch_on_time === null) set.dispatch_on_time = !late;
    if (action === 'handle') set.handle_on_time = !late;
    if (action === 'close') set.close_on_time = row.late_steps + (late ? 1 : 0) === 0;
    const moved = await moveEvent(tx, id, { from, to, action, note: p.note, by: actor.id, at: now, set, departmentId: p.departmentId, assigneeId: p.assigneeId });
    if (!moved) throw new AppError('INVALID_TRANSITION', `the event is no longer ${from}`, { status: 'INVALID_TRANSITION' });
    if (p.notify) {
      const after = { ...row, ...set } as EventRow;
      const accounts = p.notify.accounts === 'assignee' ? assigneeAccounts(after)
        : accountOf(p.notify.accounts === 'dispatcher' ? row.dispatched_by : row.reported_by);
      await notifyAboutEvent(tx, services.outbound.routing, accounts, p.notify.kind, { ...row, priority: after.priority }, now);
    }
    await announceChange(tx, ['events'], [row.grid_code]);
    await auditEventStep(tx, actor, { id, gridCode: row.grid_code }, { action, from, to, note: p.note, departmentId: p.departmentId ?? null, assigneeId: p.assigneeId ?? null });
  });
  return viewFor(services, actor, id, now);
}

function noteOf(errors: Record<string, string>, field: string, value: string | undefined, required: boolean): string | null {
  checkText(errors, field, value, TEXT_LIMITS.note, required);
  return value ? trimText(value) || null : null;
}

function checkedNote(value: string | undefined, required = false, field = 'note'): string | null {
  const errors: Record<string, string> = {};
  const note = noteOf(errors, field, value, required);
  assertNoFieldErrors(errors);
  return note;
}

export async function acceptEvent(services: AppServices, actor: Actor, id: string, body: { note?: string }, now = new Date()): Promise<EventView> {
  const note = checkedNote(body.note);
  return takeStep(services, actor, id, 'accept', async () => ({ note, set: { accepted_at: now } }), now);
}

export async function rejectEvent(services: AppServices, actor: Actor, id: string, body: { note: string }, now = new Date()): Promise<EventView> {
  const note = checkedNote(body.note, true);
  return takeStep(services, actor, id, 'reject', async () => ({ note }), now);
}

/** The assignee must serve the event's grid: a department of its region or above, or an active account whose region holds it. */
async function assigneeOf(tx: Queryable, row: EventRow, body: DispatchBody): Promise<{ departmentId: string | null; userId: string | null }> {
  if (body.departmentId) {
    const department = await findDepartment(tx, body.departmentId);
    if (!department) throw new AppError('VALIDATION_FAILED', undefined, { departmentId: 'DEPARTMENT_NOT_FOUND' });
    if (!department.active) throw new AppError('VALIDATION_FAILED', undefined, { departmentId: 'INACTIVE' });
    if (!isWithinScope(row.grid_code, department.region_code)) throw new AppError('VALIDATION_FAILED', undefined, { departmentId: 'NOT_SERVING' });
    return { departmentId: department.id, userId: null };
  }
  const user = await tx.selectFrom('users').select(['id', 'region_code', 'disabled']).where('id', '=', body.userId!).executeTakeFirst();
  if (!user || user.disabled) throw new AppError('VALIDATION_FAILED', undefined, { userId: 'NOT_HANDLER' });
  if (!isWithinScope(row.grid_code, user.region_code)) throw new AppError('VALIDATION_FAILED', undefined, { userId: 'NOT_SERVING' });
  return { departmentId: null, userId: user.id };
}

export async function dispatchEvent(services: AppServices, actor: Actor, id: string, body: DispatchBody, now = new Date()): Promise<EventView> {
  const errors: Record<string, string> = { ...checkDispatchTarget(body) };
  const note = noteOf(errors, 'note', body.note, false);
  assertNoFieldErrors(errors);
  return takeStep(services, actor, id, 'dispatch', async (row, tx) => {
    const target = await assigneeOf(tx, row, body);
    return {
      note,
      set: {
        assigned_department_id: target.departmentId, assigned_user_id: target.userId, dispatched_by: actor.id, dispatcher_region: actor.scope,
        accepted_at: row.accepted_at ?? now, dispatched_at: now, ...(body.priority ? { priority: body.priority } : {}),
      },
      departmentId: target.departmentId,
      assigneeId: target.userId,
      notify: { accounts: 'assignee', kind: 'event_dispatched' },
    };
  }, now);
}

export async function handleEvent(services: AppServices, actor: Actor, id: string, body: HandleBody, uploads: PreparedUploads, now = new Date()): Promise<EventView> {
  const note = checkedNote(body.note, true);
  return savePhotos(services, id, uploads, now, (stageOf) => takeStep(services, actor, id, 'handle', async (row, tx) => {
    await stageOf(tx, `handle:${row.reworks}`);
    return { note, set: { handled_at: now }, notify: { accounts: row.dispatched_by ? 'dispatcher' : 'reporter', kind: 'event_handled' } };
  }, now));
}

export async function returnEvent(services: AppServices, actor: Actor, id: string, body: { reason: string }, now = new Date()): Promise<EventView> {
  const note = checkedNote(body.reason, true, 'reason');
  return takeStep(services, actor, id, 'return', async (row) => ({
    note,
    set: { returns: row.returns + 1 },
    notify: { accounts: 'dispatcher', kind: 'event_returned' },
  }), now);
}

export async function verifyEvent(services: AppServices, actor: Actor, id: string, body: VerifyBody, now = new Date()): Promise<EventView> {
  const errors: Record<string, string> = { ...checkVerification(body) };
  const note = noteOf(errors, 'note', body.note, false);
  assertNoFieldErrors(errors);
  return takeStep(services, actor, id, 'verify', async (row) => body.passed
    ? { note, passed: true }
    : { note, passed: false, set: { reworks: row.reworks + 1 }, notify: { accounts: 'assignee', kind: 'event_rework' } }, now);
}

export async function closeEvent(services: AppServices, actor: Actor, id: string, body: { note?: string }, now = new Date()): Promise<EventView> {
  const note = checkedNote(body.note);
  return takeStep(services, actor, id, 'close', async () => ({ note, set: { closed_at: now } }), now);
}
