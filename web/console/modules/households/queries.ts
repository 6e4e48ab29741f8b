import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { HouseholdDetail, HouseholdView } from '../../../../common/contracts/field.ts';
import { api } from '../../../lib/api.ts';
import { pageQuery, type PageOf, type PageState } from '../field/paging.ts';

export interface HouseholdFilters {
  region?: string;
  /** Part of the address. */
  q?: string;
}

export const HOUSEHOLDS_KEY = ['households'] as const;

export function useHouseholdList(filters: HouseholdFilters, page: PageState) {
  return useQuery({
    queryKey: [...HOUSEHOLDS_KEY, 'list', filters, page],
    queryFn: () => api.get<PageOf<HouseholdView>>('/api/households', { ...filters, ...pageQuery(page) }),
    placeholderData: keepPreviousData,
  });
}

/** A household with its members (masked) and visits; null id: nothing open. */
export function useHouseholdDetail(id: string | null) {
  return useQuery({
    queryKey: [...HOUSEHOLDS_KEY, 'detail', id],
    queryFn: () => api.get<HouseholdDetail>(`/api/households/${id}`),
    enabled: id !== null,
  });
}

/** What a stored register added. */
export interface RegisterImported {
  households: number;
  persons: number;
}
