import { parentIds, type OutboxItem, type OutboxKind } from './outbox-types.ts';

/**
 * The sync engine's decisions, as pure functions of the queue and the clock (unit-tested):
 * what to send next, what each waiting item is waiting for, how long to back off, and how an
 * answer is treated.
 */
export type ItemStatus =
  /** Next to send (or being sent). */
  | { state: 'ready' }
  /** Its last try failed for a passing reason; tried again at `at`. */
  | { state: 'retrying'; at: number }
  /** Waits its turn behind an earlier item (records go in creation order). */
  | { state: 'queued'; behind: string }
  /** A record it belongs to (a household, a person, a shift) was refused: it waits for that one. */
  | { state: 'blocked'; by: string }
  | { state: 'rejected' };

export interface QueuePlan {
  statuses: Map<string, ItemStatus>;
  /** The item to send now, if any. */
  next: OutboxItem | null;
  /** When the head of the queue may be tried again (it is backing off). */
  wakeAt: number | null;
}

/** `items` in creation order. */
export function planQueue(items: readonly OutboxItem[], now: number): QueuePlan {
  const statuses = new Map<string, ItemStatus>();
  /** Item id → the refused item at the root of its wait. */
  const blockedRoot = new Map<string, string>();
  let head: OutboxItem | null = null;
  let next: OutboxItem | null = null;
  let wakeAt: number | null = null;
  for (const item of items) {
    if (item.state === 'rejected') {
      statuses.set(item.id, { state: 'rejected' });
      blockedRoot.set(item.id, item.id);
      continue;
    }
    const blockingParent = parentIds(item).find((p) => blockedRoot.has(p));
    if (blockingParent !== undefined) {
      const root = blockedRoot.get(blockingParent)!;
      statuses.set(item.id, { state: 'blocked', by: root });
      blockedRoot.set(item.id, root);
      continue;
    }
    if (head) {
      statuses.set(item.id, { state: 'queued', behind: head.id });
      continue;
    }
    head = item;
    if (item.nextAttemptAt <= now) {
      next = item;
      statuses.set(item.id, { state: 'ready' });
    } else {
      wakeAt = item.nextAttemptAt;
      statuses.set(item.id, { state: 'retrying', at: item.nextAttemptAt });
    }
  }
  return { statuses, next, wakeAt };
}

/** Items that go with `id` when it is discarded: those that need it, and those that need them. */
export function dependentsOf(items: readonly OutboxItem[], id: string): OutboxItem[] {
  const gone = new Set([id]);
  const out: OutboxItem[] = [];
  for (const item of items) {
    if (parentIds(item).some((p) => gone.has(p))) {
      gone.add(item.id);
      out.push(item);
    }
  }
  return out;
}

export const BACKOFF = {
  baseMs: 2_000,
  maxMs: 5 * 60_000,
} as const;

/**
 * Exponential back-off with "equal jitter": half the delay is fixed, half random, so phones
 * that lost the network together do not all come back in the same second. A server's
 * Retry-After is waited out, up to the same cap.
 */
export function backoffDelay(attempts: number, random: number = Math.random(), retryAfterMs = 0): number {
  const exp = Math.min(BACKOFF.maxMs, BACKOFF.baseMs * 2 ** Math.max(0, attempts - 1));
  return Math.max(Math.min(retryAfterMs, BACKOFF.maxMs), Math.round(exp / 2 + (random * exp) / 2));
}

/** A Retry-After header in ms from `now`: delay-seconds or an HTTP date; 0 when absent or unreadable. */
export function parseRetryAfter(header: string | null, now: number): number {
  if (!header) return 0;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isFinite(at) ? Math.max(0, at - now) : 0;
}

export type AnswerClass = 'done' | 'retry' | 'login' | 'rejected';

/**
 * status 0 is "no answer" (network error, offline, aborted). Every 5xx, 408 and 429 say the
 * server or the way to it is in trouble (down, restarting, its database away, overloaded),
 * not that the record is wrong: those are tried again for as long as it takes. Only a
 * definitive 4xx answer (invalid, conflicting, not found…) refuses the record.
 */
export function classifyAnswer(status: number): AnswerClass {
  if (status >= 200 && status < 300) return 'done';
  if (status === 0 || status === 408 || status === 429 || status >= 500) return 'retry';
  if (status === 401) return 'login';
  return 'rejected';
}

export type FailureAction = { action: 'login' } | { action: 'reject' } | { action: 'retry'; at: number };

/** What becomes of an item whose try failed with `status`, after `attempts` earlier failed tries. */
export function afterFailure(status: number, attempts: number, now: number, retryAfterMs = 0, random: number = Math.random()): FailureAction {
  const answer = classifyAnswer(status);
  if (answer === 'login') return { action: 'login' };
  if (answer === 'rejected') return { action: 'reject' };
  return { action: 'retry', at: now + backoffDelay(attempts + 1, random, retryAfterMs) };
}

/**
 * A refusal that settles the item: a warning someone verified first (or this phone, whose earlier
 * answer was lost) answers 409 ALREADY_VERIFIED; a task its sender withdrew answers 409
 * INSTRUCTION_WITHDRAWN to its read and its feedback; an event that moved on without the
 * handling (handled — by this phone, whose answer was lost, or another —, returned, suspended,
 * voided) answers 409 INVALID_TRANSITION, and one dispatched to someone else 403 NOT_ASSIGNEE.
 * The item leaves the queue with a notice, it is not a record for the worker to fix.
 */
export function settledBy(kind: OutboxKind, status: number, code: string): boolean {
  if (kind === 'eventHandle') return (status === 409 && code === 'INVALID_TRANSITION') || (status === 403 && code === 'NOT_ASSIGNEE');
  if (status !== 409) return false;
  if (kind === 'warningVerify') return code === 'ALREADY_VERIFIED';
  return (kind === 'instructionRead' || kind === 'instructionFeedback') && code === 'INSTRUCTION_WITHDRAWN';
}
