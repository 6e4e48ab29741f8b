import type { ImportProblem } from '../../common/contracts/regions.ts';
import type { ApiEndpoints } from '../../common/endpoints/index.ts';
import type { EndpointKey, QueryOf, RequestOf, ResponseOf } from '../../common/endpoints/kit.ts';
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

type QueryValue = string | number | boolean | undefined | null | readonly (string | number | boolean)[];
type Query = Record<string, QueryValue>;

function withQuery(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    for (const one of Array.isArray(value) ? value : [value]) {
      if (one !== undefined && one !== null && one !== '') params.append(key, String(one));
    }
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

async function send<T>(method: string, path: string, body?: unknown): Promise<T> {
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

/** An endpoint of the API, named as it is sent: `'GET /api/persons/:id'`. */
export type ApiKey = keyof ApiEndpoints & EndpointKey;
export type ApiRequest<K extends ApiKey> = RequestOf<ApiEndpoints[K]>;
export type ApiResponse<K extends ApiKey> = ResponseOf<ApiEndpoints[K]>;
/** The query of a list endpoint, e.g. a page's filters. */
export type ApiQuery<K extends ApiKey> = QueryOf<ApiEndpoints[K]>;
type ApiArgs<K extends ApiKey> = object extends ApiRequest<K> ? [request?: ApiRequest<K>] : [request: ApiRequest<K>];

interface AnyRequest { params?: Record<string, string | number>; query?: Query; body?: unknown }

/** The URL of an endpoint with its path parameters and query filled in (also for links and downloads). */
export function apiUrl<K extends ApiKey>(key: K, ...[request]: ApiArgs<K>): string {
  const { params = {}, query } = (request ?? {}) as AnyRequest;
  const path = key.slice(key.indexOf(' ') + 1).replace(/:([A-Za-z]+)/g, (_, name: string) => encodeURIComponent(String(params[name] ?? '')));
  return withQuery(path, query);
}

/**
 * Calls an endpoint as its declaration in common/endpoints says: the path parameters, query
 * and body it takes and the answer it gives are typed from that one declaration.
 */
export function api<K extends ApiKey>(key: K, ...args: ApiArgs<K>): Promise<ApiResponse<K>> {
  const method = key.slice(0, key.indexOf(' '));
  return send<ApiResponse<K>>(method, apiUrl(key, ...args), (args[0] as AnyRequest | undefined)?.body);
}


export function isApiError(error: unknown, code?: ApiError['code']): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}
