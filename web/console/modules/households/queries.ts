import { useQuery } from '@tanstack/react-query';
import type { HouseholdDetail } from '../../../../common/contracts/field.ts';
import { api } from '../../../lib/api.ts';

export const HOUSEHOLDS_KEY = ['households'] as const;

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
