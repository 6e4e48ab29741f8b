import { apiUrl, type ApiRequest, type ApiResponse } from '../lib/api.ts';
import type { DeclarationFields } from './validate.ts';

/** The two public endpoints, with the retries a slow link needs. No session, no cookies. */
export type BlockedCode = 'TOKEN_UNKNOWN' | 'TOKEN_ROTATED' | 'CHECKPOINT_CLOSED';

export type Failure =
  | { kind: 'blocked'; code: BlockedCode }
  | { kind: 'fields'; fields: Record<string, string> }
  | { kind: 'rateLimited' }
  /** No answer (network, timeout, 5xx) even after the retries: the caller may try again with the same id. */
  | { kind: 'network' }
  | { kind: 'other'; code: string; message: string };

export type Result<T> = { ok: true; value: T } | ({ ok: false } & Failure);

const TIMEOUT_MS = 20_000;
/** Waits before the automatic retries (two retries after the first try). */
const RETRY_DELAYS_MS = [1_500, 4_000];
const BLOCKED: readonly string[] = ['TOKEN_UNKNOWN', 'TOKEN_ROTATED', 'CHECKPOINT_CLOSED'];

/** A token as the server's schema accepts it; anything else cannot be a poster of ours. */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{16,64}$/;

type Attempt<T> = Result<T> | { ok: false; kind: 'retryable' };

async function once<T>(path: string, init: RequestInit): Promise<Attempt<T>> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), TIMEOUT_MS);
  try {
    const response = await fetch(path, { ...init, credentials: 'omit', cache: 'no-store', signal: abort.signal });
    if (response.ok) return { ok: true, value: (await response.json()) as T };
    if (response.status >= 500) return { ok: false, kind: 'retryable' };
    let error: { code?: string; message?: string; fields?: Record<string, string> } = {};
    try {
      error = ((await response.json()) as { error?: typeof error }).error ?? {};
    } catch {
      // Not our JSON (a gateway page): the status says enough.
    }
    const code = error.code ?? '';
    if (BLOCKED.includes(code)) return { ok: false, kind: 'blocked', code: code as BlockedCode };
    if (response.status === 429) return { ok: false, kind: 'rateLimited' };
    if (code === 'VALIDATION_FAILED' && error.fields) return { ok: false, kind: 'fields', fields: error.fields };
    return { ok: false, kind: 'other', code: code || String(response.status), message: error.message ?? response.statusText };
  } catch {
    return { ok: false, kind: 'retryable' };
  } finally {
    clearTimeout(timer);
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Tries, then retries the same request after short waits while there is no answer; `onRetry(n)` before retry n. */
async function withRetries<T>(path: string, init: RequestInit, onRetry: (n: number) => void = () => {}): Promise<Result<T>> {
  for (let attempt = 0; ; attempt++) {
    const result = await once<T>(path, init);
    if (result.ok || result.kind !== 'retryable') return result;
    const delay = RETRY_DELAYS_MS[attempt];
    if (delay === undefined) return { ok: false, kind: 'network' };
    onRetry(attempt + 1);
    await sleep(delay);
  }
}

export function fetchCheckpoint(token: string): Promise<Result<ApiResponse<'GET /api/public/checkpoints/:token'>>> {
  return withRetries(apiUrl('GET /api/public/checkpoints/:token', { params: { token } }), { headers: { accept: 'application/json' } });
}

/** The same `id` on every try: the server stores a declaration once and answers a retry the same. */
export function submitDeclaration(token: string, id: string, fields: DeclarationFields, onRetry?: (n: number) => void): Promise<Result<ApiResponse<'POST /api/public/declarations'>>> {
  const body: ApiRequest<'POST /api/public/declarations'>['body'] = { token, id, ...fields };
  return withRetries(apiUrl('POST /api/public/declarations', { body }), {
    method: 'POST',
    headers: { accept: 'application/json', 'content-type': 'application/json' },
    body: JSON.stringify(body),
  }, onRetry);
}
