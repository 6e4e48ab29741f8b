/** The part of a pino logger the outage tracker writes to. */
export interface OutageLog {
  warn(details: object, message: string): void;
  info(details: object, message: string): void;
}

/** How soon a caller may try again while the database is unreachable (the Retry-After header). */
export const RETRY_AFTER_SECONDS = 5;

/** The error's code or the start of its message: connection errors name a host and port, never personal data. */
function reasonOf(error: unknown): string {
  const e = error as { code?: unknown; message?: unknown } | null;
  if (typeof e?.code === 'string' && e.code) return e.code;
  return typeof e?.message === 'string' ? e.message.slice(0, 120) : String(error).slice(0, 120);
}

/**
 * Knows whether the database is reachable, so that an outage is logged once when it starts
 * and once when it ends, however many requests fail meanwhile. The first failure marks it
 * down; from then on a probe asks every `probeMs` until the database answers again.
 */
export class DatabaseOutage {
  private downSince: number | null = null;
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(
    private readonly probe: () => Promise<unknown>,
    private readonly log: OutageLog,
    private readonly probeMs = 1_000,
  ) {}

  get down(): boolean {
    return this.downSince !== null;
  }

  /** A request (or a health check) found the database unreachable. */
  noteUnavailable(error: unknown): void {
    if (this.downSince !== null || this.stopped) return;
    this.downSince = Date.now();
    this.log.warn({ reason: reasonOf(error) }, 'database unreachable: answering 503 DATABASE_UNAVAILABLE until it is back');
    this.scheduleProbe();
  }

  private scheduleProbe(): void {
    this.timer = setTimeout(() => {
      this.timer = null;
      this.probe().then(() => {
        if (this.stopped || this.downSince === null) return;
        this.log.info({ downForMs: Date.now() - this.downSince }, 'database reachable again');
        this.downSince = null;
      }, () => {
        if (!this.stopped) this.scheduleProbe();
      });
    }, this.probeMs);
    this.timer.unref();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
