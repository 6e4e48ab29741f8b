import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DailyQuery } from '../../../../common/contracts/declarations.ts';
import type { WarningRules } from '../../../../common/declarations/warning-rules.ts';
import { api } from '../../../lib/api.ts';
import { DECLARATIONS_KEY } from '../warnings/queries.ts';

/** A region and a range of China days, both included, at most MAX_DAYS apart. */
export type DailyFilters = DailyQuery;

/** The server answers at most this many days at once. */
export const MAX_DAYS = 92;

export function useDeclarationDaily(filters: DailyFilters) {
  return useQuery({
    queryKey: [...DECLARATIONS_KEY, 'daily', filters],
    queryFn: () => api('GET /api/declarations/daily', { query: filters }),
    placeholderData: keepPreviousData,
    // A dashboard left open on a wall screen keeps counting.
    refetchInterval: 60_000,
  });
}

const RULES_KEY = [...DECLARATIONS_KEY, 'rules'] as const;

export function useWarningRules() {
  return useQuery({ queryKey: RULES_KEY, queryFn: () => api('GET /api/declarations/rules') });
}

export function useSaveWarningRules() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (rules: WarningRules) => api('PUT /api/declarations/rules', { body: rules }),
    onSuccess: (saved) => queryClient.setQueryData(RULES_KEY, saved),
  });
}
