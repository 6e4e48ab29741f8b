import type { ImportProblem } from '../../common/contracts/regions.ts';
import type { ErrorCode } from '../../common/errors.ts';

/** Any failed API call: the stable code and field reasons of the server's one error shape. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode | 'NETWORK',
    message: string,
    readonly fields: Record<string, string> = {},
    readonly problems: ImportProblem[] = [],
    /** Members the server adds beside `error` (e.g. `lockedUntil` for ACCOUNT_LOCKED). */
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface ErrorPayload {
  error?: { code?: ErrorCode; message?: string; fields?: Record<string, string> };
  problems?: ImportProblem[];
  [key: string]: unknown;
}

/** The ApiError of a failed response (for callers that make their own fetch, e.g. multipart). */
export async function toApiError(response: Response): Promise<ApiError> {
  let payload: ErrorPayload = {};
  try {
    payload = (await response.json()) as ErrorPayload;
  } catch {
    // A proxy or gateway page rather than our JSON: keep the status only.
  }
  const { error, problems, ...extra } = payload;
  const code = error?.code ?? (response.status >= 500 ? 'INTERNAL' : 'BAD_REQUEST');
  return new ApiError(response.status, code, error?.message ?? response.statusText, error?.fields, problems, extra);
}

type Query = Record<string, string | number | boolean | undefined | null>;

function withQuery(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' },
      body: body === undefined ? null : JSON.stringify(body),
    });
  } catch (cause) {
    throw new ApiError(0, 'NETWORK', cause instanceof Error ? cause.message : String(cause));
  }
  if (!response.ok) throw await toApiError(response);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

export const api = {
  get: <T>(path: string, query?: Query) => request<T>('GET', withQuery(path, query)),
  post: <T>(path: string, body?: unknown, query?: Query) => request<T>('POST', withQuery(path, query), body),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
};

export function isApiError(error: unknown, code?: ApiError['code']): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}
