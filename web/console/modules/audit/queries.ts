import { useInfiniteQuery, useMutation } from '@tanstack/react-query';
import { api, type ApiQuery } from '../../../lib/api.ts';

export type AuditFilters = Pick<ApiQuery<'GET /api/audit'>, 'action' | 'actor'>;

const PAGE_SIZE = 50;

/** Newest first; each further page continues before the last entry seen. */
export function useAuditLog(filters: AuditFilters) {
  return useInfiniteQuery({
    queryKey: ['audit', filters],
    queryFn: ({ pageParam }) => api('GET /api/audit', { query: { ...filters, before: pageParam, limit: PAGE_SIZE } }),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => last.nextBefore ?? undefined,
  });
}

/** Recomputing the chain reads the whole log, so it runs only when asked. */
export function useChainVerification() {
  return useMutation({ mutationFn: () => api('GET /api/audit/verify') });
}
