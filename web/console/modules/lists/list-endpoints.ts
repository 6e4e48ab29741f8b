import { api, type ApiKey, type ApiQuery, type ApiResponse } from '../../../lib/api.ts';
import type { PendingLists } from './pending-lists.ts';

/** What every list endpoint answers besides its own extras (counts by status, …). */
export interface PageAnswer<T = unknown> {
  items: T[];
  total: number;
  totalIsLowerBound?: true;
  nextCursor?: string;
}

type DeclaredList = { [K in ApiKey]: [ApiResponse<K>] extends [never] ? never : ApiResponse<K> extends PageAnswer ? K : never }[ApiKey];

/** An endpoint that answers a page of a list: `'GET /api/persons'`. */
export type ListKey = DeclaredList | Exclude<keyof PendingLists, ApiKey>;

type QueryOfList<K extends ListKey> = K extends ApiKey ? ApiQuery<K> : K extends keyof PendingLists ? Partial<PendingLists[K]['query']> : never;

/** A list's filters: its query without the paging the kit adds. */
export type ListFilters<K extends ListKey> = Omit<QueryOfList<K>, 'offset' | 'limit' | 'cursor'>;

/** A list's whole answer, with the extras of that list. */
export type ListAnswer<K extends ListKey> = K extends ApiKey ? ApiResponse<K> : K extends keyof PendingLists ? PendingLists[K]['answer'] : never;

export type ListRow<K extends ListKey> = ListAnswer<K> extends PageAnswer<infer T> ? T : never;

export interface PageAsk {
  limit: number;
  cursor?: string;
}

// The untyped call serves keys still pending; api() sends any key the same way.
const callAny = api as unknown as (key: string, request: { query: object }) => Promise<unknown>;

export function fetchPage<K extends ListKey>(key: K, filters: ListFilters<K>, ask: PageAsk): Promise<ListAnswer<K>> {
  return callAny(key, { query: { ...filters, ...ask } }) as Promise<ListAnswer<K>>;
}

/** The cache key of a list starts with its module's name, so a module's mutations re-read its lists. */
export function listQueryKey(key: ListKey, ...rest: unknown[]): unknown[] {
  return [key.split('/')[2], 'list', ...rest];
}
