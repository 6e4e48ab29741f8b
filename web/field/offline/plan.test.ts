import { describe, expect, it } from 'vitest';
import type { OutboxItem } from './outbox-types.ts';
import { afterFailure, BACKOFF, backoffDelay, classifyAnswer, dependentsOf, parseRetryAfter, planQueue, settledBy } from './plan.ts';

let seq = 0;
function item(kind: OutboxItem['kind'], id: string, payload: Record<string, unknown> = {}, extra: Partial<OutboxItem> = {}): OutboxItem {
  seq += 1;
  return {
    id, kind, payload: { id, ...payload }, userId: 'u', seq, createdAt: seq, state: 'pending',
    attempts: 0, nextAttemptAt: 0, lastAttemptAt: null, lastError: null, photoIds: [], ...extra,
  } as OutboxItem;
}

describe('planQueue', () => {
  it('sends the oldest item first and queues the rest behind it', () => {
    const items = [item('household', 'h1'), item('event', 'e1')];
    const plan = planQueue(items, 10);
    expect(plan.next?.id).toBe('h1');
    expect(plan.statuses.get('e1')).toEqual({ state: 'queued', behind: 'h1' });
  });

  it('waits for a backing-off head instead of overtaking it', () => {
    const items = [item('household', 'h1', {}, { nextAttemptAt: 500 }), item('event', 'e1')];
    const plan = planQueue(items, 10);
    expect(plan.next).toBeNull();
    expect(plan.wakeAt).toBe(500);
  });

  it('skips refused items and what depends on them, transitively, and sends the rest', () => {
    const items = [
      item('household', 'h1', {}, { state: 'rejected' }),
      item('person', 'p1', { householdId: 'h1' }),
      item('movement', 'm1', { personId: 'p1' }),
      item('event', 'e1'),
    ];
    const plan = planQueue(items, 10);
    expect(plan.statuses.get('p1')).toEqual({ state: 'blocked', by: 'h1' });
    expect(plan.statuses.get('m1')).toEqual({ state: 'blocked', by: 'h1' });
    expect(plan.next?.id).toBe('e1');
  });

  it('a person of a household already on the server is not blocked', () => {
    const plan = planQueue([item('person', 'p2', { householdId: 'h-server' })], 10);
    expect(plan.next?.id).toBe('p2');
  });
});

describe('dependentsOf', () => {
  it('lists the records that go with a discarded one', () => {
    const items = [item('household', 'h1'), item('person', 'p1', { householdId: 'h1' }), item('movement', 'm1', { personId: 'p1' }), item('visit', 'v1', { householdId: 'h2' })];
    expect(dependentsOf(items, 'h1').map((i) => i.id)).toEqual(['p1', 'm1']);
  });
});

describe('backoffDelay', () => {
  it('doubles up to a cap, with half of it random', () => {
    expect(backoffDelay(1, 0)).toBe(1_000);
    expect(backoffDelay(1, 1)).toBe(2_000);
    expect(backoffDelay(3, 1)).toBe(8_000);
    expect(backoffDelay(30, 1)).toBe(300_000);
    expect(backoffDelay(30, 0)).toBe(150_000);
  });

  it('honours Retry-After', () => {
    expect(backoffDelay(1, 0, 60_000)).toBe(60_000);
  });
});

describe('classifyAnswer', () => {
  it.each([[201, 'done'], [200, 'done'], [0, 'retry'], [408, 'retry'], [429, 'retry'], [503, 'retry'], [401, 'login'], [400, 'rejected'], [404, 'rejected'], [409, 'rejected'], [413, 'rejected']] as const)('%i → %s', (status, cls) => {
    expect(classifyAnswer(status)).toBe(cls);
  });
});

describe('afterFailure', () => {
  const NOW = 1_000_000;

  it.each([0, 408, 429, 500, 502, 503, 504])('%i is tried again for as long as it takes, never refused', (status) => {
    for (let attempts = 0; attempts <= 200; attempts++) {
      const next = afterFailure(status, attempts, NOW, 0, 0.5);
      expect(next.action, `after ${attempts} failures`).toBe('retry');
      if (next.action !== 'retry') return;
      expect(next.at - NOW).toBeGreaterThan(0);
      expect(next.at - NOW, 'the back-off is capped').toBeLessThanOrEqual(BACKOFF.maxMs);
    }
  });

  it('backs off further after each failure, with jitter, up to the cap', () => {
    const delay = (attempts: number, random: number) => {
      const next = afterFailure(503, attempts, NOW, 0, random);
      return next.action === 'retry' ? next.at - NOW : NaN;
    };
    expect(delay(0, 0)).toBeLessThan(delay(3, 0));
    expect(delay(3, 0)).toBeLessThan(delay(3, 1));
    expect(delay(40, 1)).toBe(BACKOFF.maxMs);
  });

  it('waits at least what Retry-After asks, and no longer than the cap', () => {
    expect(afterFailure(503, 0, NOW, 20_000, 0)).toEqual({ action: 'retry', at: NOW + 20_000 });
    expect(afterFailure(503, 0, NOW, 24 * 3_600_000, 0)).toEqual({ action: 'retry', at: NOW + BACKOFF.maxMs });
  });

  it('refuses only on a definitive 4xx answer; 401 asks for a sign-in', () => {
    for (const status of [400, 403, 404, 409, 410, 413, 422]) expect(afterFailure(status, 0, NOW)).toEqual({ action: 'reject' });
    expect(afterFailure(401, 0, NOW)).toEqual({ action: 'login' });
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2024-02-01T08:00:00Z');
  it('reads delay-seconds and HTTP dates; anything else is no wait', () => {
    expect(parseRetryAfter('5', now)).toBe(5_000);
    expect(parseRetryAfter(' 120 ', now)).toBe(120_000);
    expect(parseRetryAfter('Thu, 01 Feb 2024 08:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Thu, 01 Feb 2024 07:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter(null, now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBe(0);
    expect(parseRetryAfter('-3', now)).toBe(0);
  });
});

describe('settledBy', () => {
  it('takes a warning someone verified first as done, and nothing else', () => {
    expect(settledBy('warningVerify', 409, 'ALREADY_VERIFIED')).toBe(true);
    expect(settledBy('warningVerify', 404, 'WARNING_NOT_FOUND')).toBe(false);
    expect(settledBy('warningVerify', 400, 'VALIDATION_FAILED')).toBe(false);
    expect(settledBy('person', 409, 'ALREADY_VERIFIED')).toBe(false);
    expect(settledBy('person', 409, 'PERSON_EXISTS')).toBe(false);
  });

  it('takes a task\'s read or answer that meets its withdrawal as done', () => {
    expect(settledBy('instructionRead', 409, 'INSTRUCTION_WITHDRAWN')).toBe(true);
    expect(settledBy('instructionFeedback', 409, 'INSTRUCTION_WITHDRAWN')).toBe(true);
    expect(settledBy('instructionFeedback', 404, 'INSTRUCTION_NOT_FOUND')).toBe(false);
    expect(settledBy('instructionFeedback', 409, 'ALREADY_VERIFIED')).toBe(false);
    expect(settledBy('warningVerify', 409, 'INSTRUCTION_WITHDRAWN')).toBe(false);
    expect(settledBy('notificationRead', 409, 'INSTRUCTION_WITHDRAWN')).toBe(false);
  });

  it('takes a handling the event moved past, or meant for someone else now, as done; a bad one is refused', () => {
    expect(settledBy('eventHandle', 409, 'INVALID_TRANSITION')).toBe(true);
    expect(settledBy('eventHandle', 403, 'NOT_ASSIGNEE')).toBe(true);
    expect(settledBy('eventHandle', 400, 'VALIDATION_FAILED')).toBe(false);
    expect(settledBy('eventHandle', 403, 'FORBIDDEN')).toBe(false);
    expect(settledBy('eventHandle', 409, 'ALREADY_VERIFIED')).toBe(false);
    expect(settledBy('event', 409, 'INVALID_TRANSITION')).toBe(false);
    expect(settledBy('warningVerify', 403, 'NOT_ASSIGNEE')).toBe(false);
  });

  it('an answer waits for the read of its task, held back when that was refused', () => {
    const read = item('instructionRead', 't1', { instructionId: 't1' }, { state: 'rejected' });
    const answer = item('instructionFeedback', 'f1', { instructionId: 't1', id: 'f1' });
    expect(planQueue([read, answer], 10).statuses.get('f1')).toEqual({ state: 'blocked', by: 't1' });
    expect(planQueue([answer], 10).next?.id).toBe('f1');
  });

  it('a verification waits for nothing before it', () => {
    const plan = planQueue([item('household', 'h1', {}, { state: 'rejected' }), item('warningVerify', 'w1', { warningId: 'w1' })], 10);
    expect(plan.next?.id).toBe('w1');
  });
});
