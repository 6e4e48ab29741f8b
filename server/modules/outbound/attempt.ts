import type { ChannelName } from './routing.ts';

/** A claimed delivery with what its channel needs to send it (never more than that). */
export interface DueDelivery {
  id: string;
  channel: ChannelName;
  attempt: number;
  notification: {
    id: string;
    kind: string;
    title: string;
    priority: string;
    at: Date;
    instructionId: string | null;
    eventId: string | null;
    /** The recipient account's region. */
    region: string;
    /** The recipient account's encrypted mobile number, if it has one. */
    phoneCipher: string | null;
  };
}

/** What one attempt came to; `error` is ours to write, never a response body or a phone number. */
export type AttemptResult =
  | { outcome: 'delivered'; statusCode: number }
  | { outcome: 'retry'; statusCode: number | null; error: string; retryAfterMs?: number }
  | { outcome: 'failed'; statusCode: number | null; error: string };

export interface OutboundChannel {
  /** Throws only when no answer came (network, timeout, stop): the worker retries those. */
  send(delivery: DueDelivery, signal: AbortSignal): Promise<AttemptResult>;
}

/** A Retry-After header (seconds or an HTTP date) as milliseconds from `now`. */
export function retryAfterMs(header: string | null, now: number): number | undefined {
  if (!header) return undefined;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/**
 * 2xx is delivered. A timeout (408), throttling (429) or a server error (5xx) may pass, so they
 * are retried; any other answer (a 4xx, a redirect) will not change by asking again.
 */
export function outcomeOfStatus(response: Response, now = Date.now()): AttemptResult {
  const status = response.status;
  if (status >= 200 && status < 300) return { outcome: 'delivered', statusCode: status };
  const error = `HTTP ${status}`;
  if (status === 408 || status === 429 || status >= 500) {
    const after = retryAfterMs(response.headers.get('retry-after'), now);
    return after === undefined ? { outcome: 'retry', statusCode: status, error } : { outcome: 'retry', statusCode: status, error, retryAfterMs: after };
  }
  return { outcome: 'failed', statusCode: status, error };
}

/** Why no answer came, in a few words: the error's code (ECONNREFUSED…), a timeout, or the stop. */
export function describeNoAnswer(error: unknown, timeoutMs: number): string {
  const e = error as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e.name === 'TimeoutError') return `no answer within ${timeoutMs} ms`;
  if (e.name === 'AbortError') return 'stopped before an answer';
  return (e.cause?.code ?? e.cause?.message ?? e.message ?? 'request failed').slice(0, 200);
}
