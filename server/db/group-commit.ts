/**
 * Group commit: many requests wait a few milliseconds and one transaction stores them all, so
 * a morning rush costs one fsync per batch instead of one per request. Each caller's promise
 * settles only after the batch that carries its item has committed (durable) or failed.
 * While a batch commits, the next one fills: the slower the disk, the bigger the batches.
 */
export interface GroupCommitOptions {
  /** Most items in one transaction. */
  maxBatch: number;
  /** How long the first item of a batch waits for company. */
  maxWaitMs: number;
  /** Batches committing at the same time (1 on PGlite: it has one connection). */
  maxConcurrent: number;
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
    this.commit(batch.map((w) => w.item)).then(
      (results) => batch.forEach((w, i) => w.resolve(results[i]!)),
      (error: unknown) => batch.forEach((w) => w.reject(error)),
    ).finally(() => {
      this.running -= 1;
      // What queued up during this commit goes next, without waiting for the timer.
      if (this.pending.length > 0) this.flush();
      else if (this.running === 0) this.idle.splice(0).forEach((done) => done());
    });
  }

  /** Commits what is waiting and resolves when nothing is left in flight. */
  drain(): Promise<void> {
    if (this.pending.length === 0 && this.running === 0) return Promise.resolve();
    const done = new Promise<void>((resolve) => this.idle.push(resolve));
    this.flush();
    return done;
  }
}
