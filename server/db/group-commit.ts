import { isDatabaseUnavailable } from './errors.ts';

/**
 * Group commit: many requests wait a few milliseconds and one transaction stores them all, so
 * a morning rush costs one fsync per batch instead of one per request. Each caller's promise
 * settles only after the batch that carries its item has committed (durable) or failed.
 * While a batch commits, the next one fills: the slower the disk, the bigger the batches.
 *
 * One caller's bad item must not fail the others: when a batch fails for a reason that may lie
 * in one of its items, it is split in halves and each half commits in its own transaction, down
 * to single items, so the good items commit and only the failing item's caller gets the error
 * (k bad items in n cost about 2·k·log2(n/k) extra transactions). A failure no item can cause
 * (the database unreachable) is not split: every caller of what is left gets it at once.
 */
export interface GroupCommitOptions {
  /** Most items in one transaction. */
  maxBatch: number;
  /** How long the first item of a batch waits for company. */
  maxWaitMs: number;
  /** Batches committing at the same time (1 on PGlite: it has one connection). */
  maxConcurrent: number;
  /** Whether a failed commit may be the fault of one item, and so worth splitting; by default anything but an outage. */
  itemSpecific?: (error: unknown) => boolean;
}

interface Waiting<In, Out> {
  item: In;
  resolve: (value: Out) => void;
  reject: (error: unknown) => void;
}

export class GroupCommitter<In, Out> {
  private pending: Waiting<In, Out>[] = [];
  private timer: NodeJS.Timeout | null = null;
  private running = 0;
  private idle: (() => void)[] = [];

  constructor(
    private readonly commit: (items: In[]) => Promise<Out[]>,
    private readonly options: GroupCommitOptions,
  ) {}

  submit(item: In): Promise<Out> {
    return new Promise<Out>((resolve, reject) => {
      this.pending.push({ item, resolve, reject });
      if (this.pending.length >= this.options.maxBatch) this.flush();
      else this.timer ??= setTimeout(() => this.flush(), this.options.maxWaitMs);
    });
  }

  /** Items waiting or committing right now. */
  get backlog(): number {
    return this.pending.length;
  }

  private flush(): void {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    if (this.pending.length === 0 || this.running >= this.options.maxConcurrent) return;
    const batch = this.pending.splice(0, this.options.maxBatch);
    this.running += 1;
    void this.commitIsolating(batch).finally(() => {
      this.running -= 1;
      // What queued up during this commit goes next, without waiting for the timer.
      if (this.pending.length > 0) this.flush();
      else if (this.running === 0) this.idle.splice(0).forEach((done) => done());
    });
  }

  /**
   * Commits `batch`, splitting it on an item-specific failure. Settles every caller and never
   * rejects; answers the error that must fail whatever has not been committed yet, if any.
   */
  private async commitIsolating(batch: Waiting<In, Out>[]): Promise<{ fatal: unknown } | null> {
    try {
      const results = await this.commit(batch.map((w) => w.item));
      batch.forEach((w, i) => w.resolve(results[i]!));
      return null;
    } catch (error: unknown) {
      const itemSpecific = this.options.itemSpecific ?? ((e: unknown) => !isDatabaseUnavailable(e));
      if (batch.length === 1 || !itemSpecific(error)) {
        batch.forEach((w) => w.reject(error));
        return itemSpecific(error) ? null : { fatal: error };
      }
      const half = Math.ceil(batch.length / 2);
      const first = await this.commitIsolating(batch.slice(0, half));
      if (first) {
        batch.slice(half).forEach((w) => w.reject(first.fatal));
        return first;
      }
      return this.commitIsolating(batch.slice(half));
    }
  }

  /** Commits what is waiting and resolves when nothing is left in flight. */
  drain(): Promise<void> {
    if (this.pending.length === 0 && this.running === 0) return Promise.resolve();
    const done = new Promise<void>((resolve) => this.idle.push(resolve));
    this.flush();
    return done;
  }
}
