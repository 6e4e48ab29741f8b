import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DepartmentCreate, DepartmentUpdate, TimeLimits } from '../../../../common/contracts/dispatch.ts';
import { api } from '../../../lib/api.ts';

/** Every change re-reads the departments wherever they show (this page, the dispatch dialog, the users' form). */
const DEPARTMENTS_KEY = ['departments'] as const;
const TIME_LIMITS_KEY = ['event-time-limits'] as const;

export function useDepartments(region: string | undefined) {
  return useQuery({
    queryKey: [...DEPARTMENTS_KEY, 'list', region],
    queryFn: () => api('GET /api/departments', { query: { region } }),
  });
}

export function useDepartmentMutations() {
  const queryClient = useQueryClient();
  const onSuccess = () => queryClient.invalidateQueries({ queryKey: DEPARTMENTS_KEY });
  return {
    create: useMutation({ mutationFn: (body: DepartmentCreate) => api('POST /api/departments', { body }), onSuccess }),
    update: useMutation({ mutationFn: ({ id, ...body }: DepartmentUpdate & { id: string }) => api('PATCH /api/departments/:id', { params: { id }, body }), onSuccess }),
  };
}

export function useTimeLimits() {
  return useQuery({ queryKey: TIME_LIMITS_KEY, queryFn: () => api('GET /api/event-time-limits') });
}

export function useSaveTimeLimits() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TimeLimits) => api('PUT /api/event-time-limits', { body }),
    onSuccess: (saved) => queryClient.setQueryData(TIME_LIMITS_KEY, saved),
  });
}
