import type { Term } from './vocabulary.ts';

/**
 * The life of an event report: a worker reports it, the governance centre accepts it (or
 * rejects it as invalid), then it is handled and closed. One table of allowed moves, used by
 * the server to refuse illegal ones and by the console to offer only legal ones.
 */
export const EVENT_STATUSES = ['reported', 'accepted', 'rejected', 'resolved', 'closed'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export const EVENT_STATUS_LABELS: Record<EventStatus, Term> = {
  reported: { zh: '已上报', en: 'Reported' },
  accepted: { zh: '已受理', en: 'Accepted' },
  rejected: { zh: '不予受理', en: 'Rejected' },
  resolved: { zh: '已处置', en: 'Resolved' },
  closed: { zh: '已结案', en: 'Closed' },
};

export const EVENT_TRANSITIONS: Record<EventStatus, readonly EventStatus[]> = {
  reported: ['accepted', 'rejected'],
  accepted: ['resolved'],
  rejected: [],
  resolved: ['closed', 'accepted'],
  closed: [],
};

export function canMoveEvent(from: EventStatus, to: EventStatus): boolean {
  return EVENT_TRANSITIONS[from].includes(to);
}
