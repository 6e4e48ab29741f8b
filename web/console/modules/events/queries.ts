import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { EventDetail, EventStatusChange, EventView } from '../../../../common/contracts/field.ts';
import type { EventStatus } from '../../../../common/field/event-status.ts';
import type { EventCategory } from '../../../../common/field/vocabulary.ts';
import { api } from '../../../lib/api.ts';
import { pageQuery, type PageOf, type PageState } from '../field/paging.ts';

export interface EventFilters {
  region?: string;
  category?: EventCategory;
  status?: EventStatus;
  needsReview?: boolean;
  /** Occurrence day range, YYYY-MM-DD. */
  from?: string;
  to?: string;
}

const EVENTS_KEY = ['events'] as const;

export function useEventList(filters: EventFilters, page: PageState) {
  return useQuery({
    queryKey: [...EVENTS_KEY, 'list', filters, page],
    queryFn: () => api.get<PageOf<EventView>>('/api/events', { ...filters, ...pageQuery(page) }),
    placeholderData: keepPreviousData,
  });
}

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
