/** No retry waits longer than this, whatever the back-off or a Retry-After says. */
export const MAX_RETRY_DELAY_MS = 3_600_000;

/**
 * Exponential back-off with jitter: the n-th retry waits between half and all of
 * base × 2^(n−1), so receivers that came back are not hit by every sender at the same instant.
 * A Retry-After asks for at least its delay.
 */
export function retryDelayMs(attempt: number, baseMs: number, retryAfterMs?: number, random = Math.random): number {
  const ceiling = Math.min(MAX_RETRY_DELAY_MS, baseMs * 2 ** (attempt - 1));
  const backoff = Math.round(ceiling / 2 + (random() * ceiling) / 2);
  return Math.min(MAX_RETRY_DELAY_MS, Math.max(backoff, retryAfterMs ?? 0));
}
