import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { EventDetail, EventStatusChange, EventView } from '../../../../common/contracts/field.ts';
import { api } from '../../../lib/api.ts';

const EVENTS_KEY = ['events'] as const;

export function useEventDetail(id: string | null) {
  return useQuery({
    queryKey: [...EVENTS_KEY, 'detail', id],
    queryFn: () => api.get<EventDetail>(`/api/events/${id}`),
    enabled: id !== null,
  });
}

/** A status change re-reads the list and the open event (its history gains a line). */
export function useEventStatusChange(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: EventStatusChange) => api.post<EventView>(`/api/events/${id}/status`, change),
    onSettled: () => queryClient.invalidateQueries({ queryKey: EVENTS_KEY }),
  });
}
