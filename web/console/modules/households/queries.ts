import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

export const HOUSEHOLDS_KEY = ['households'] as const;

/** A household with its members (masked) and visits; null id: nothing open. */
export function useHouseholdDetail(id: string | null) {
  return useQuery({
    queryKey: [...HOUSEHOLDS_KEY, 'detail', id],
    queryFn: () => api('GET /api/households/:id', { params: { id: id! } }),
    enabled: id !== null,
  });
}
