import type { Insertable } from 'kysely';
import { pickRule, stepDeadline, type TimeLimitRule } from '../../common/events/time-limits.ts';
import type { AreaKind, DepartmentKind } from '../../common/events/vocabulary.ts';
import type { EventStatus, EventStep } from '../../common/events/workflow.ts';
import type { EventCategory } from '../../common/field/vocabulary.ts';
import { LEVEL_CODE_LENGTH, parentCodeOf } from '../../common/regions/codes.ts';
import type { EventStatusChangesTable, EventsTable } from '../../server/db/schema.ts';
import type { Random } from '../geography/prng.ts';
import { chance } from './random.ts';

const MINUTE = 60_000;

/** Who handles what: the district bureau by category; the grid's own worker for help to residents. */
export const DEPARTMENT_OF: Partial<Record<EventCategory, DepartmentKind>> = {
  suspected_case_found: 'cdc', suspected_case_outing: 'cdc', disinfection: 'health', danger: 'police', other: 'urban_management',
};
/** Routine work a worker mostly does on the spot (自行处置). */
const ON_SPOT: Partial<Record<EventCategory, number>> = { publicity: 0.7, disinfection: 0.25, convenience_service: 0.35, assistance: 0.2 };

export interface LoopContext {
  rules: readonly TimeLimitRule[];
  areaOf: (gridCode: string) => AreaKind;
  /** The district department of a kind serving a grid. */
  departmentFor: (gridCode: string, kind: DepartmentKind) => { id: string; handler: string } | null;
  /** The office that dispatches the grid's events, with its region. */
  dispatcherFor: (gridCode: string) => { id: string; region: string } | null;
}

export interface LoopEvent {
  id: string;
  gridCode: string;
  category: EventCategory;
  priority: 'normal' | 'urgent';
  reportedAt: number;
  reporter: string;
}

type Row = Partial<Insertable<EventsTable>>;
type Change = Insertable<EventStatusChangesTable>;

/**
 * One event's life up to now through the loop, with the delays offices really show: most steps
 * well inside their limit, some late; a few returned or sent back for rework. What is open now
 * keeps its step's clock, and a step already past its deadline is under supervision (督办).
 */
export function runLoop(e: LoopEvent, now: number, ctx: LoopContext, random: Random): { set: Row; changes: Change[] } {
  const area = ctx.areaOf(e.gridCode);
  const limit = (step: EventStep) => pickRule(ctx.rules, { step, category: e.category, priority: e.priority, area });
  const dueOf = (step: EventStep, from: number) => {
    const rule = limit(step);
    return rule ? stepDeadline(new Date(from), rule).getTime() : null;
  };
  /** A delay that usually fits the step's limit and now and then does not. */
  const delay = (step: EventStep, from: number) => {
    const due = dueOf(step, from) ?? from + 60 * MINUTE;
    const span = due - from;
    return from + (chance(random, 0.12) ? span * (1.1 + random()) : span * (0.15 + random() * 0.75));
  };
  const dispatcher = ctx.dispatcherFor(e.gridCode);
  const changes: Change[] = [];
  let status: EventStatus;
  let at = e.reportedAt;
  let lateSteps = 0;
  const set: Row = { priority: e.priority };
  const move = (to: EventStatus, action: string, when: number, by: string, extra: Partial<Change> = {}) => {
    changes.push({
      event_id: e.id, from_status: status, to_status: to, action, note: null, changed_by: by, changed_at: new Date(Math.floor(when / 1000) * 1000),
      department_id: null, assignee_id: null, due_at: null, ...extra,
    });
    status = to;
    at = when;
  };
  const open = (step: EventStep, from: number) => {
    const due = dueOf(step, from);
    set.step_started_at = new Date(from);
    set.step_due_at = due === null ? null : new Date(due);
    if (due !== null && due < now) {
      set.escalated_at = new Date(due + 15_000);
      const responsible = set.dispatcher_region ?? e.gridCode.slice(0, LEVEL_CODE_LENGTH[4]);
      set.supervision_region = parentCodeOf(responsible) ?? responsible;
    }
    return { status, set: finish(), changes };
  };
  const finish = (): Row => ({
    ...set, status, late_steps: lateSteps,
    status_at: changes.at(-1)?.changed_at ?? null, status_by: changes.at(-1)?.changed_by ?? null, status_note: changes.at(-1)?.note ?? null,
  });
  const late = (step: EventStep, from: number, when: number) => {
    const due = dueOf(step, from);
    const isLate = due !== null && when > due;
    if (isLate) lateSteps += 1;
    return isLate;
  };

  if (chance(random, ON_SPOT[e.category] ?? 0)) {
    status = 'handled';
    Object.assign(set, { handled_on_spot: true, handled_at: new Date(e.reportedAt), status: 'handled' });
  } else {
    status = 'reported';
    if (!dispatcher) return open('dispatch', e.reportedAt);
    const dispatchAt = delay('dispatch', e.reportedAt);
    if (dispatchAt > now) return open('dispatch', e.reportedAt);
    if (e.category === 'other' && chance(random, 0.05)) {
      move('rejected', 'reject', dispatchAt, dispatcher.id, { note: '重复上报' });
      set.step_due_at = null;
      return { set: finish(), changes };
    }
    const kind = DEPARTMENT_OF[e.category];
    const department = kind ? ctx.departmentFor(e.gridCode, kind) : null;
    const departmentId = department?.id ?? null;
    Object.assign(set, {
      dispatched_by: dispatcher.id, dispatcher_region: dispatcher.region, accepted_at: new Date(dispatchAt), dispatched_at: new Date(dispatchAt),
      dispatch_on_time: !late('dispatch', e.reportedAt, dispatchAt),
      assigned_department_id: departmentId, assigned_user_id: departmentId ? null : e.reporter,
    });
    move('dispatched', 'dispatch', dispatchAt, dispatcher.id, { department_id: departmentId, assignee_id: departmentId ? null : e.reporter });
    for (let round = 0; ; round++) {
      const handleFrom = at;
      const handledAt = delay('handle', handleFrom);
      if (handledAt > now) return open('handle', handleFrom);
      const handler = department?.handler ?? e.reporter;
      if (round === 0 && departmentId && chance(random, 0.03)) {
        move('returned', 'return', handledAt, handler, { note: '不属于本部门职责' });
        set.returns = 1;
        const again = delay('dispatch', handledAt);
        if (again > now) return open('dispatch', handledAt);
        move('dispatched', 'dispatch', again, dispatcher.id, { department_id: departmentId });
        continue;
      }
      set.handle_on_time = !late('handle', handleFrom, handledAt);
      set.handled_at = new Date(handledAt);
      move('handled', 'handle', handledAt, handler, { note: '已处置' });
      const verifyAt = delay('verify', handledAt);
      if (verifyAt > now) return open('verify', handledAt);
      late('verify', handledAt, verifyAt);
      if (round === 0 && chance(random, 0.04)) {
        set.reworks = 1;
        move('dispatched', 'verify', verifyAt, dispatcher.id, { note: '处置不到位，请返工' });
        continue;
      }
      move('verified', 'verify', verifyAt, dispatcher.id);
      break;
    }
  }
  if (status === 'handled') {
    // Handled on the spot: the community verifies it.
    const verifyAt = delay('verify', at);
    if (verifyAt > now || !dispatcher) return open('verify', at);
    late('verify', at, verifyAt);
    move('verified', 'verify', verifyAt, dispatcher.id);
  }
  const closeFrom = at;
  const closedAt = delay('close', closeFrom);
  if (closedAt > now) return open('close', closeFrom);
  late('close', closeFrom, closedAt);
  move('closed', 'close', closedAt, dispatcher!.id, { note: '处置完毕，予以结案' });
  Object.assign(set, { closed_at: new Date(closedAt), close_on_time: lateSteps === 0, step_due_at: null, step_started_at: new Date(closedAt) });
  return { set: finish(), changes };
}
