import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CaseChange, CaseCreate, CaseDetail } from '../../../../common/contracts/cases.ts';
import type { PersonView } from '../../../../common/contracts/field.ts';
import type { CaseStatus } from '../../../../common/cases/vocabulary.ts';
import { api } from '../../../lib/api.ts';
import { download } from '../field/download.ts';
import { pageQuery, type PageOf } from '../field/paging.ts';

export interface CaseFilters {
  region?: string;
  status?: CaseStatus;
  /** Range of the current status's date, YYYY-MM-DD. */
  from?: string;
  to?: string;
}

export const CASES_KEY = ['cases'] as const;

/** A case with its history; null id: nothing open. */
export function useCaseDetail(id: string | null) {
  return useQuery({
    queryKey: [...CASES_KEY, 'detail', id],
    queryFn: () => api.get<CaseDetail>(`/api/cases/${id}`),
    enabled: id !== null,
  });
}

/** A new case also may add a person: both lists are re-read. */
export function useCreateCase() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CaseCreate) => api.post<CaseDetail>('/api/cases', body),
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
    mutationFn: (change: CaseChange) => api.post<CaseDetail>(`/api/cases/${id}/changes`, change),
    onSettled: () => queryClient.invalidateQueries({ queryKey: CASES_KEY }),
  });
}

export function useCaseExport() {
  return useMutation({ mutationFn: (filters: CaseFilters) => download('/api/cases/export', { ...filters }, 'cases.xlsx') });
}

/** People in scope to pick from: by exact ID number when one is typed, else by part of the name. */
export function usePersonSearch(text: string) {
  const query = text.trim();
  const byId = /^[0-9]{17}[0-9Xx]$/.test(query);
  return useQuery({
    queryKey: ['persons', 'pick', query],
    queryFn: () => api.get<PageOf<PersonView>>('/api/persons', { ...(byId ? { idNumber: query } : { name: query }), ...pageQuery({ current: 1, pageSize: 20 }) }),
    enabled: query.length > 0,
    placeholderData: keepPreviousData,
  });
}
