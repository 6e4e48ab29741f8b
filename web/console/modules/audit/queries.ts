import { useInfiniteQuery, useMutation } from '@tanstack/react-query';
import type { AuditPage, AuditVerification } from '../../../../common/contracts/audit.ts';
import { api } from '../../../lib/api.ts';

export interface AuditFilters {
  action?: string;
  actor?: string;
}

const PAGE_SIZE = 50;

/** Newest first; each further page continues before the last entry seen. */
export function useAuditLog(filters: AuditFilters) {
  return useInfiniteQuery({
    queryKey: ['audit', filters],
    queryFn: ({ pageParam }) => api.get<AuditPage>('/api/audit', { ...filters, before: pageParam, limit: PAGE_SIZE }),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => last.nextBefore ?? undefined,
  });
}

/** Recomputing the chain reads the whole log, so it runs only when asked. */
export function useChainVerification() {
  return useMutation({ mutationFn: () => api.get<AuditVerification>('/api/audit/verify') });
}
