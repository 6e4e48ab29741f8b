import type { WarningView } from '../../../common/contracts/declarations.ts';
import type { HouseholdMatch, PersonView } from '../../../common/contracts/field.ts';
import { api, ApiError } from '../../lib/api.ts';
import { onOutboxChange } from './changes.ts';
import { completeItem, listOutbox, markRejected, markRetry, retryNow } from './outbox.ts';
import type { AlreadyVerifiedResult, EventMovedResult, OutboxItem, StoredError, WithdrawnResult } from './outbox-types.ts';
import { afterFailure, planQueue, settledBy } from './plan.ts';
import { sendItem } from './send.ts';

/**
 * The sync engine: sends the signed-in worker's outbox to the server, one item at a time, in
 * creation order.
 *
 * - A pass runs when the app starts, when a record is queued or fixed, when the browser comes
 *   back online, when the app becomes visible, when a back-off expires, and every 30 s anyway.
 * - No answer, 408, 429 and 5xx: the item stays at the head of the queue and is tried again
 *   after an exponential back-off with jitter (Retry-After honoured), however long the outage
 *   lasts: it is never refused for them. Later items wait, so the server sees records in the
 *   order they were made. Coming back online retries at once.
 * - A warning's verification answered 409 ALREADY_VERIFIED (verified first by someone else, or
 *   by this phone when the answer was lost) is done: it leaves the queue, and the sent log
 *   keeps what the server has (shown as a notice), not a refusal to fix. So is a task's read or
 *   feedback answered 409 INSTRUCTION_WITHDRAWN: the sender withdrew it, nothing is left to do;
 *   and an event's handling the event had moved past (plan.ts `settledBy`).
 * - Any other 4xx refuses the item: it is kept, marked refused with the server's reason, and
 *   the queue moves on; items that need it (a household's people, a person's movements) wait.
 * - 401: the session is gone. The queue stays as it is, the app asks for a new sign-in, and
 *   the engine continues after it.
 * - One tab at a time sends (Web Locks), so two open tabs cannot race each other.
 */
export type SyncPhase = 'idle' | 'syncing' | 'offline' | 'backoff' | 'login';

export interface SyncStatus {
  phase: SyncPhase;
  /** The item being sent. */
  sendingId: string | null;
  /** When the head of the queue will be tried again. */
  nextAttemptAt: number | null;
  lastSyncAt: number | null;
  /** Records the server stored since the app started (drives refetches). */
  sentCount: number;
}

type Listener = (status: SyncStatus) => void;

const PERIODIC_MS = 30_000;

function storedError(error: unknown): StoredError {
  const at = Date.now();
  if (error instanceof ApiError) {
    // The record the server already has: a person (PERSON_EXISTS) or a household at the address (HOUSEHOLD_DUPLICATE_ADDRESS).
    const found = error.extra.existing;
    const existing = !found ? {} : error.code === 'HOUSEHOLD_DUPLICATE_ADDRESS' ? { existingHousehold: found as HouseholdMatch } : { existing: found as PersonView };
    return { status: error.status, code: error.code, message: error.message, fields: error.fields, ...existing, at };
  }
  return { status: 0, code: 'NETWORK', message: error instanceof Error ? error.message : String(error), fields: {}, at };
}

/**
 * What a settled item leaves in the sent log: the warning as the server has it, the task's
 * withdrawal, or the event as it stands now (asked for: the refusal does not carry it; its
 * history tells whether the handling that got there was this phone's own, its answer lost).
 */
async function settledResult(item: OutboxItem, error: ApiError): Promise<AlreadyVerifiedResult | WithdrawnResult | EventMovedResult> {
  if (item.kind === 'warningVerify') return { alreadyVerified: true, warning: (error.extra.warning as WarningView | undefined) ?? null };
  if (item.kind === 'eventHandle') {
    const detail = await api('GET /api/events/:id', { params: { id: item.payload.eventId } }).catch(() => null);
    return { moved: true, detail };
  }
  return { withdrawn: true };
}

class SyncEngine {
  private userId: string | null = null;
  private status: SyncStatus = { phase: 'idle', sendingId: null, nextAttemptAt: null, lastSyncAt: null, sentCount: 0 };
  private listeners = new Set<Listener>();
  private running = false;
  private rerun = false;
  private wakeTimer: ReturnType<typeof setTimeout> | null = null;
  private periodic: ReturnType<typeof setInterval> | null = null;
  private unsubscribe: (() => void) | null = null;
  private completed = new Set<(item: OutboxItem, result: unknown) => void>();

  private readonly onOnline = () => {
    if (this.userId) void retryNow(this.userId).then(() => this.kick());
  };
  private readonly onOffline = () => this.set({ phase: 'offline' });
  private readonly onVisible = () => {
    if (document.visibilityState === 'visible') this.kick();
  };

  /** Starts sending for this user (after sign-in, or at start with a known session). */
  start(userId: string): void {
    if (this.userId === userId) {
      if (this.status.phase === 'login') this.set({ phase: 'idle' });
      this.kick();
      return;
    }
    this.stop();
    this.userId = userId;
    this.set({ phase: 'idle' });
    window.addEventListener('online', this.onOnline);
    window.addEventListener('offline', this.onOffline);
    document.addEventListener('visibilitychange', this.onVisible);
    // Queued here or in another tab: try soon. A change made by a pass itself is harmless (the pass re-plans).
    this.unsubscribe = onOutboxChange(() => this.kick());
    this.periodic = setInterval(() => this.kick(), PERIODIC_MS);
    this.kick();
  }

  stop(): void {
    this.userId = null;
    window.removeEventListener('online', this.onOnline);
    window.removeEventListener('offline', this.onOffline);
    document.removeEventListener('visibilitychange', this.onVisible);
    this.unsubscribe?.();
    this.unsubscribe = null;
    if (this.periodic) clearInterval(this.periodic);
    if (this.wakeTimer) clearTimeout(this.wakeTimer);
    this.periodic = null;
    this.wakeTimer = null;
  }

  getStatus = (): SyncStatus => this.status;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Called with each record the server stored (to refresh lists, to follow up PERSON_EXISTS…). */
  onCompleted(listener: (item: OutboxItem, result: unknown) => void): () => void {
    this.completed.add(listener);
    return () => this.completed.delete(listener);
  }

  /** Asks for a pass; passes never overlap, a request during one runs another after it. */
  kick(): void {
    if (!this.userId) return;
    if (this.running) {
      this.rerun = true;
      return;
    }
    this.running = true;
    void this.runExclusive().finally(() => {
      this.running = false;
      if (this.rerun) {
        this.rerun = false;
        this.kick();
      }
    });
  }

  private set(change: Partial<SyncStatus>): void {
    this.status = { ...this.status, ...change };
    for (const listener of [...this.listeners]) listener(this.status);
  }

  private async runExclusive(): Promise<void> {
    const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
    if (!locks) return this.pass();
    // Another tab holds the lock: it is sending this same outbox; this tab just watches.
    await locks.request('epigrid-field-sync', { ifAvailable: true }, async (lock) => {
      if (lock) await this.pass();
    });
  }

  private schedule(at: number | null): void {
    if (this.wakeTimer) clearTimeout(this.wakeTimer);
    this.wakeTimer = at === null ? null : setTimeout(() => this.kick(), Math.max(0, at - Date.now()) + 50);
  }

  private async pass(): Promise<void> {
    const userId = this.userId;
    if (!userId || this.status.phase === 'login') return;
    if (!navigator.onLine) {
      this.set({ phase: 'offline', sendingId: null });
      return;
    }
    for (;;) {
      if (this.userId !== userId) return;
      const plan = planQueue(await listOutbox(userId), Date.now());
      if (!plan.next) {
        this.schedule(plan.wakeAt);
        this.set({ phase: plan.wakeAt ? 'backoff' : 'idle', sendingId: null, nextAttemptAt: plan.wakeAt });
        return;
      }
      const item = plan.next;
      this.set({ phase: 'syncing', sendingId: item.id, nextAttemptAt: null });
      let outcome: 'continue' | 'stop';
      try {
        const { body } = await sendItem(item);
        await this.done(item, body);
        outcome = 'continue';
      } catch (error) {
        if (error instanceof ApiError && settledBy(item.kind, error.status, error.code)) {
          await this.done(item, await settledResult(item, error));
          outcome = 'continue';
        } else {
          outcome = await this.failed(item, error);
        }
      }
      if (outcome === 'stop') return;
    }
  }

  private async done(item: OutboxItem, result: unknown): Promise<void> {
    await completeItem(item, result);
    this.set({ lastSyncAt: Date.now(), sentCount: this.status.sentCount + 1 });
    for (const listener of [...this.completed]) listener(item, result);
  }

  private async failed(item: OutboxItem, error: unknown): Promise<'continue' | 'stop'> {
    const stored = storedError(error);
    const retryAfterMs = error instanceof ApiError && typeof error.extra.retryAfterMs === 'number' ? error.extra.retryAfterMs : 0;
    const next = afterFailure(stored.status, item.attempts, Date.now(), retryAfterMs);
    if (next.action === 'login') {
      this.set({ phase: 'login', sendingId: null });
      return 'stop';
    }
    if (next.action === 'reject') {
      await markRejected(item.id, stored);
      return 'continue';
    }
    await markRetry(item.id, stored, next.at);
    this.schedule(next.at);
    this.set({ phase: navigator.onLine ? 'backoff' : 'offline', sendingId: null, nextAttemptAt: next.at });
    return 'stop';
  }
}

export const syncEngine = new SyncEngine();
