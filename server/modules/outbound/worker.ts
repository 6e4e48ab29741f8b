import type { OutboundConfig } from '../../config.ts';
import type { Database } from '../../db/database.ts';
import type { PiiCipher } from '../../pii/crypto.ts';
import { describeNoAnswer, type AttemptResult, type DueDelivery, type OutboundChannel } from './attempt.ts';
import { retryDelayMs } from './backoff.ts';
import { configuredChannels, routingOf, type ChannelName, type OutboundRouting } from './routing.ts';
import { SmsChannel } from './sms.ts';
import { claimDue, finishAttempt } from './store.ts';
import { WebhookChannel } from './webhook.ts';

/** Deliveries claimed and sent together; the next batch follows at once while the queue is full. */
const BATCH = 20;

/**
 * Sends the queued deliveries of this process's configured channels. Requests only write queue
 * rows in their own transaction; the worker picks them up after the commit, outside any request,
 * so a slow or failing receiver never slows or fails one. Every process runs one.
 */
export class OutboundWorker {
  readonly routing: OutboundRouting;
  private readonly channels: Partial<Record<ChannelName, OutboundChannel>>;
  /** How long a claim keeps the other workers off a delivery. */
  readonly leaseMs: number;
  private readonly stopping = new AbortController();
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(private readonly database: Database, pii: PiiCipher, private readonly config: OutboundConfig) {
    this.routing = routingOf(config);
    this.channels = {
      ...(config.webhook ? { webhook: new WebhookChannel(config.webhook) } : {}),
      ...(config.sms ? { sms: new SmsChannel(config.sms, pii) } : {}),
    };
    // A claim outlives the longest send and the writing of its result.
    this.leaseMs = config.timeoutMs * 2 + 5_000;
  }

  /** Polls the queue; nothing at all when no channel is configured. */
  start(): void {
    if (configuredChannels(this.routing).length > 0) this.schedule(0);
  }

  /** Claims one batch of due deliveries and sends them; answers how many were claimed. */
  async runOnce(now = new Date()): Promise<number> {
    const due = await claimDue(this.database, {
      channels: configuredChannels(this.routing), now, limit: BATCH, leaseMs: this.leaseMs, maxAttempts: this.config.maxAttempts,
    });
    // Every send finishes writing its result before the batch ends, even when one of them fails.
    const failed = (await Promise.allSettled(due.map((d) => this.attempt(d, now)))).find((s) => s.status === 'rejected');
    if (failed) throw failed.reason;
    return due.length;
  }

  /** In-flight sends are cut short and retried soon (by another process, or this one after a restart). */
  async stop(): Promise<void> {
    this.stopping.abort();
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  private schedule(ms: number): void {
    if (this.stopping.signal.aborted) return;
    this.timer = setTimeout(() => {
      this.running = this.drain().finally(() => this.schedule(this.config.pollMs));
    }, ms);
    this.timer.unref();
  }

  private async drain(): Promise<void> {
    try {
      while (!this.stopping.signal.aborted && (await this.runOnce()) === BATCH);
    } catch (error) {
      process.emitWarning(`outbound deliveries: ${(error as Error).message}`);
    }
  }

  private async attempt(d: DueDelivery, now: Date): Promise<void> {
    const started = performance.now();
    let result: AttemptResult;
    try {
      result = await this.channels[d.channel]!.send(d, AbortSignal.any([this.stopping.signal, AbortSignal.timeout(this.config.timeoutMs)]));
    } catch (error) {
      result = { outcome: 'retry', statusCode: null, error: describeNoAnswer(error, this.config.timeoutMs) };
    }
    const durationMs = performance.now() - started;
    const finishedAt = new Date(now.getTime() + durationMs);
    if (result.outcome === 'retry' && d.attempt >= this.config.maxAttempts) {
      result = { outcome: 'failed', statusCode: result.statusCode, error: `${result.error}; gave up after ${d.attempt} attempts` };
    }
    const retryAt = result.outcome !== 'retry' ? undefined
      : this.stopping.signal.aborted ? finishedAt
      : new Date(finishedAt.getTime() + retryDelayMs(d.attempt, this.config.backoffMs, result.retryAfterMs));
    await finishAttempt(this.database, d, { result, durationMs, finishedAt, ...(retryAt ? { retryAt } : {}) });
  }
}

declare module '../../core/services.ts' {
  interface AppServices {
    /** The outbound channels (webhook, SMS): their routing for notifyAccounts, and this process's sender. */
    outbound: OutboundWorker;
  }
}
