import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { WarningVerify } from '../../../../common/contracts/declarations.ts';
import { api, type ApiQuery, type ApiResponse } from '../../../lib/api.ts';
import { pageQuery, type PageState } from '../field/paging.ts';

/** The list's filters: region, status, level, and a range of the first declaration's China day. */
export type WarningFilters = Omit<ApiQuery<'GET /api/warnings'>, 'offset' | 'limit'>;

export const WARNINGS_KEY = ['warnings'] as const;
/** The daily figures count warnings raised and verified: a verification changes them too. */
export const DECLARATIONS_KEY = ['declarations'] as const;

export function useWarningList(filters: WarningFilters, page: PageState, refetchInterval?: number) {
  return useQuery({
    queryKey: [...WARNINGS_KEY, 'list', filters, page],
    queryFn: () => api('GET /api/warnings', { query: { ...filters, ...pageQuery(page) } }),
    placeholderData: keepPreviousData,
    // Warnings arrive all day and turn overdue by the clock: a list left open keeps up.
    refetchInterval,
  });
}

export function useWarningDetail(id: string | null) {
  return useQuery({
    queryKey: [...WARNINGS_KEY, 'detail', id],
    queryFn: () => api('GET /api/warnings/:id', { params: { id: id! } }),
    enabled: id !== null,
  });
}

export function useVerifyWarning(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: WarningVerify) => api('POST /api/warnings/:id/verify', { params: { id }, body }),
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
export function fetchWarningContact(id: string): Promise<ApiResponse<'POST /api/warnings/:id/contact'>> {
  return api('POST /api/warnings/:id/contact', { params: { id } });
}
