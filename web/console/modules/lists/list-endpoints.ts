import { api, type ApiKey, type ApiQuery, type ApiRequest, type ApiResponse } from '../../../lib/api.ts';

/** What every list endpoint answers besides its own extras (counts by status, …). */
export interface PageAnswer<T = unknown> {
  items: T[];
  total: number;
  totalIsLowerBound?: true;
  nextCursor?: string;
}

type DeclaredList = { [K in ApiKey]: [ApiResponse<K>] extends [never] ? never : ApiResponse<K> extends PageAnswer ? K : never }[ApiKey];

/** An endpoint that answers a page of a list: `'GET /api/persons'`. */
export type ListKey = DeclaredList;

/** A list's filters: its query without the paging the kit adds. */
export type ListFilters<K extends ListKey> = Omit<ApiQuery<K>, 'offset' | 'limit' | 'cursor'>;

/** A list's whole answer, with the extras of that list. */
export type ListAnswer<K extends ListKey> = ApiResponse<K>;

export type ListRow<K extends ListKey> = ListAnswer<K> extends PageAnswer<infer T> ? T : never;

export interface PageAsk {
  limit: number;
  cursor?: string;
}

export function fetchPage<K extends ListKey>(key: K, filters: ListFilters<K>, ask: PageAsk, params?: Record<string, string>): Promise<ListAnswer<K>> {
  // TypeScript cannot narrow the request type while the key is generic; the list's query takes filters and paging.
  return api(key, { ...(params ? { params } : {}), query: { ...filters, ...ask } } as ApiRequest<K>);
}

/** The cache key of a list starts with its module's name, so a module's mutations re-read its lists. */
export function listQueryKey(key: ListKey, ...rest: unknown[]): unknown[] {
  return [key.split('/')[2], 'list', ...rest];
}
