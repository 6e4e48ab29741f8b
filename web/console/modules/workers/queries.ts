import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { WorkerStatusPage } from '../../../../common/contracts/field.ts';
import { api } from '../../../lib/api.ts';
import type { WorkerStatus } from '../field/labels.ts';
import { pageQuery, type PageState } from '../field/paging.ts';

export interface WorkerFilters {
  region?: string;
  status?: WorkerStatus;
}

/** Status is "now": re-read every minute while the page is open. */
export function useWorkerStatus(filters: WorkerFilters, page: PageState) {
  return useQuery({
    queryKey: ['workers', filters, page],
    queryFn: () => api.get<WorkerStatusPage>('/api/workers', { ...filters, ...pageQuery(page) }),
    placeholderData: keepPreviousData,
    refetchInterval: 60_000,
  });
}
