/**
 * Declarations a minute per checkpoint, in this process: a leaked poster token cannot flood
 * the database. A fixed one-minute window is enough here; a busy gate sees a few a minute.
 */
export class CheckpointRateLimiter {
  private window = 0;
  private counts = new Map<string, number>();

  constructor(private readonly perMinute: number) {}

  allow(checkpointId: string, now = Date.now()): boolean {
    const window = Math.floor(now / 60_000);
    if (window !== this.window) {
      this.window = window;
      this.counts = new Map();
    }
    const n = (this.counts.get(checkpointId) ?? 0) + 1;
    this.counts.set(checkpointId, n);
    return n <= this.perMinute;
  }
}
