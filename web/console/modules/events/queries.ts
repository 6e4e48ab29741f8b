import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { EventStatusChange } from '../../../../common/contracts/field.ts';
import { api } from '../../../lib/api.ts';

const EVENTS_KEY = ['events'] as const;

export function useEventDetail(id: string | null) {
  return useQuery({
    queryKey: [...EVENTS_KEY, 'detail', id],
    queryFn: () => api('GET /api/events/:id', { params: { id: id! } }),
    enabled: id !== null,
  });
}

/** A status change re-reads the list and the open event (its history gains a line). */
export function useEventStatusChange(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: EventStatusChange) => api('POST /api/events/:id/status', { params: { id }, body: change }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: EVENTS_KEY }),
  });
}
