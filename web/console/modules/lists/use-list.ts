import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { currentCursor, firstPage, nextPage, pageNumber, previousPage, withFilters, withSize, type CursorPages } from './cursor-pages.ts';
import { fetchPage, listQueryKey, type ListAnswer, type ListFilters, type ListKey, type ListRow, type PageAnswer } from './list-endpoints.ts';
import { useRememberedState } from './remembered-state.ts';

/** What a list's pager shows and does. */
export interface Pager {
  page: number;
  size: number;
  total: number;
  /** More rows match than `total` ("10,000+"). */
  totalIsLowerBound: boolean;
  hasPrevious: boolean;
  hasNext: boolean;
  previous: () => void;
  next: () => void;
  resize: (size: number) => void;
}

interface Options {
  /** The name its place is remembered under, when one endpoint serves two lists. */
  remember?: string;
  /** Re-read while the page is open (rows that change by the clock). */
  refetchInterval?: number;
  /** The path's parameters of a list below a record (an instruction's receipts). */
  params?: Record<string, string>;
  /** The filters a list opens with before the user picks any (e.g. a department account's own events). */
  initialFilters?: object;
}

/**
 * One page of a list endpoint, walked by cursor. Filters, page size and the cursors behind
 * the page are remembered per list in memory only (see useRememberedState), so coming back
 * from a record lands on the same page; other filters start again at page 1.
 */
export function useList<K extends ListKey>(key: K, { remember = key, refetchInterval, params, initialFilters = {} }: Options = {}) {
  const [pages, setPages] = useRememberedState<CursorPages<ListFilters<K>>>(remember, firstPage(initialFilters as ListFilters<K>));
  const cursor = currentCursor(pages);
  const query = useQuery({
    queryKey: listQueryKey(key, params ?? null, pages.filters, pages.size, cursor),
    queryFn: () => fetchPage(key, pages.filters, { limit: pages.size, ...(cursor === undefined ? {} : { cursor }) }, params),
    placeholderData: keepPreviousData,
    refetchInterval,
  });
  const answer = query.data as PageAnswer | undefined;
  // A background re-read keeps its rows on screen; only other rows coming shows the spinner.
  const loading = query.isPending || query.isPlaceholderData;
  const nextCursor = loading ? undefined : answer?.nextCursor;
  const pager: Pager = {
    page: pageNumber(pages),
    size: pages.size,
    total: answer?.total ?? 0,
    totalIsLowerBound: answer?.totalIsLowerBound === true,
    hasPrevious: pages.cursors.length > 0,
    hasNext: nextCursor !== undefined,
    previous: () => setPages(previousPage),
    next: () => {
      if (nextCursor !== undefined) setPages((p) => nextPage(p, nextCursor));
    },
    resize: (size) => setPages((p) => withSize(p, size)),
  };
  return {
    filters: pages.filters,
    setFilters: (filters: ListFilters<K>) => setPages((p) => withFilters(p, filters)),
    data: query.data as ListAnswer<K> | undefined,
    rows: (answer?.items ?? []) as ListRow<K>[],
    error: query.error,
    /** Nothing to show yet: the first answer has not come. */
    pending: query.isPending,
    loading,
    pager,
  };
}

export type ListState<K extends ListKey> = ReturnType<typeof useList<K>>;
