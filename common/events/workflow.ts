import type { Term } from '../terms.ts';

/**
 * The closed loop of an event (事件交办), as digital city management runs it: a worker reports
 * it, the centre accepts it (立案) and dispatches it (派遣) to a department or a person, the
 * assignee handles it (处置), the dispatcher or the reporter verifies it (核查), and it is
 * closed (结案). The assignee may return it (退回); a failed verification sends it back to the
 * assignee (返工). One table of moves, used by the server to refuse illegal ones and by the
 * apps to offer only legal ones.
 */
export const EVENT_STATUSES = ['reported', 'accepted', 'dispatched', 'handled', 'verified', 'closed', 'returned', 'rejected', 'voided'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export const EVENT_STATUS_LABELS: Record<EventStatus, Term> = {
  reported: { zh: '已上报', en: 'Reported' },
  accepted: { zh: '已立案', en: 'Accepted' },
  dispatched: { zh: '已派遣', en: 'Dispatched' },
  handled: { zh: '已处置', en: 'Handled' },
  verified: { zh: '已核查', en: 'Verified' },
  closed: { zh: '已结案', en: 'Closed' },
  returned: { zh: '已退回', en: 'Returned' },
  rejected: { zh: '不予立案', en: 'Rejected' },
  voided: { zh: '已作废', en: 'Voided' },
};

export const EVENT_ACTIONS = ['accept', 'reject', 'dispatch', 'handle', 'return', 'verify', 'close'] as const;
export type EventAction = (typeof EVENT_ACTIONS)[number];

export const EVENT_ACTION_LABELS: Record<EventAction, Term> = {
  accept: { zh: '立案', en: 'Accept' },
  reject: { zh: '不予立案', en: 'Reject' },
  dispatch: { zh: '派遣', en: 'Dispatch' },
  handle: { zh: '处置', en: 'Handle' },
  return: { zh: '退回', en: 'Return' },
  verify: { zh: '核查', en: 'Verify' },
  close: { zh: '结案', en: 'Close' },
};

/** From which statuses each action may be taken. A verification that fails goes back to `dispatched`. */
export const ACTION_FROM: Record<EventAction, readonly EventStatus[]> = {
  accept: ['reported'],
  reject: ['reported', 'accepted', 'returned'],
  dispatch: ['reported', 'accepted', 'returned'],
  handle: ['dispatched'],
  return: ['dispatched'],
  verify: ['handled'],
  close: ['verified'],
};

export function actionTarget(action: EventAction, passed = true): EventStatus {
  switch (action) {
    case 'accept': return 'accepted';
    case 'reject': return 'rejected';
    case 'dispatch': return 'dispatched';
    case 'handle': return 'handled';
    case 'return': return 'returned';
    case 'verify': return passed ? 'verified' : 'dispatched';
    case 'close': return 'closed';
  }
}

export function canTake(action: EventAction, from: EventStatus): boolean {
  return ACTION_FROM[action].includes(from);
}

export function actionsFrom(status: EventStatus): EventAction[] {
  return EVENT_ACTIONS.filter((a) => canTake(a, status));
}

/** The steps that run against a deadline: what the event waits for in each open status. */
export const EVENT_STEPS = ['dispatch', 'handle', 'verify', 'close'] as const;
export type EventStep = (typeof EVENT_STEPS)[number];

export const EVENT_STEP_LABELS: Record<EventStep, Term> = {
  dispatch: { zh: '立案派遣', en: 'Accept and dispatch' },
  handle: { zh: '处置', en: 'Handling' },
  verify: { zh: '核查', en: 'Verification' },
  close: { zh: '结案', en: 'Closing' },
};

export function stepOf(status: EventStatus): EventStep | null {
  switch (status) {
    case 'reported': case 'accepted': case 'returned': return 'dispatch';
    case 'dispatched': return 'handle';
    case 'handled': return 'verify';
    case 'verified': return 'close';
    default: return null;
  }
}

export const OPEN_EVENT_STATUSES: readonly EventStatus[] = EVENT_STATUSES.filter((s) => stepOf(s) !== null);
