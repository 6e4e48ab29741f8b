import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { WarningPage, WarningVerify, WarningView } from '../../../../common/contracts/declarations.ts';
import type { WarningLevel } from '../../../../common/declarations/vocabulary.ts';
import { api } from '../../../lib/api.ts';
import { pageQuery, type PageState } from '../field/paging.ts';
import type { WarningStatus } from '../vital-signs/terms.ts';

export interface WarningFilters {
  region?: string;
  status?: WarningStatus;
  level?: WarningLevel;
  /** First-declaration day range, YYYY-MM-DD (China days). */
  from?: string;
  to?: string;
}

export const WARNINGS_KEY = ['warnings'] as const;
/** The daily figures count warnings raised and verified: a verification changes them too. */
export const DECLARATIONS_KEY = ['declarations'] as const;

export function useWarningList(filters: WarningFilters, page: PageState, refetchInterval?: number) {
  return useQuery({
    queryKey: [...WARNINGS_KEY, 'list', filters, page],
    queryFn: () => api.get<WarningPage>('/api/warnings', { ...filters, ...pageQuery(page) }),
    placeholderData: keepPreviousData,
    // Warnings arrive all day and turn overdue by the clock: a list left open keeps up.
    refetchInterval,
  });
}

export function useWarningDetail(id: string | null) {
  return useQuery({
    queryKey: [...WARNINGS_KEY, 'detail', id],
    queryFn: () => api.get<WarningView>(`/api/warnings/${id}`),
    enabled: id !== null,
  });
}

export function useVerifyWarning(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: WarningVerify) => api.post<WarningView>(`/api/warnings/${id}/verify`, body),
    // Also after a refusal: "already verified" means someone else did, and the list should say so.
    onSettled: () => Promise.all([
      queryClient.invalidateQueries({ queryKey: WARNINGS_KEY }),
      queryClient.invalidateQueries({ queryKey: DECLARATIONS_KEY }),
    ]),
  });
}

/**
 * The declarant's full phone number (audited on the server). Deliberately not a query or a
 * mutation: TanStack keeps their results in its cache, and the number must live only in the
 * component that asked for it.
 */
export function fetchWarningContact(id: string): Promise<{ phone: string }> {
  return api.post<{ phone: string }>(`/api/warnings/${id}/contact`);
}
