import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type ApiQuery } from '../../../lib/api.ts';
import { pageQuery, type PageState } from '../field/paging.ts';

export type WorkerFilters = Omit<ApiQuery<'GET /api/workers'>, 'offset' | 'limit'>;

/** Status is "now": re-read every minute while the page is open. */
export function useWorkerStatus(filters: WorkerFilters, page: PageState) {
  return useQuery({
    queryKey: ['workers', filters, page],
    queryFn: () => api('GET /api/workers', { query: { ...filters, ...pageQuery(page) } }),
    placeholderData: keepPreviousData,
    refetchInterval: 60_000,
  });
}
