import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CaseChange, CaseCreate } from '../../../../common/contracts/cases.ts';
import { api, apiUrl, type ApiQuery } from '../../../lib/api.ts';
import { download } from '../field/download.ts';

/** The list's filters: region, status, and a range of the current status's date. */
export type CaseFilters = Omit<ApiQuery<'GET /api/cases'>, 'offset' | 'limit'>;

export const CASES_KEY = ['cases'] as const;

/** A case with its history; null id: nothing open. */
export function useCaseDetail(id: string | null) {
  return useQuery({
    queryKey: [...CASES_KEY, 'detail', id],
    queryFn: () => api('GET /api/cases/:id', { params: { id: id! } }),
    enabled: id !== null,
  });
}

/** A new case also may add a person: both lists are re-read. */
export function useCreateCase() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CaseCreate) => api('POST /api/cases', { body }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: CASES_KEY });
      void queryClient.invalidateQueries({ queryKey: ['persons'] });
    },
  });
}

/** A status change re-reads the list and the open case (its history gains a line), whatever the outcome. */
export function useChangeCase(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: CaseChange) => api('POST /api/cases/:id/changes', { params: { id }, body: change }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: CASES_KEY }),
  });
}

export function useCaseExport() {
  return useMutation({ mutationFn: (filters: CaseFilters) => download(apiUrl('GET /api/cases/export', { query: filters }), {}, 'cases.xlsx') });
}

/** People in scope to pick from: by exact ID number when one is typed, else by part of the name. */
export function usePersonSearch(text: string) {
  const query = text.trim();
  const byId = /^[0-9]{17}[0-9Xx]$/.test(query);
  return useQuery({
    queryKey: ['persons', 'pick', query],
    queryFn: () => api('GET /api/persons', { query: { ...(byId ? { idNumber: query } : { name: query }), limit: 20 } }),
    enabled: query.length > 0,
    placeholderData: keepPreviousData,
  });
}
