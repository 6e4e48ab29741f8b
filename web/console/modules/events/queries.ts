import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

const EVENTS_KEY = ['events'] as const;

export function useEventDetail(id: string | null) {
  return useQuery({
    queryKey: [...EVENTS_KEY, 'detail', id],
    queryFn: () => api('GET /api/events/:id', { params: { id: id! } }),
    enabled: id !== null,
  });
}

/** The steps an office takes with a note only; each re-reads the list and the open event (its history gains a line). */
export type NoteStep = 'accept' | 'reject' | 'close' | 'verify-pass' | 'verify-fail';

export function useEventStep(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ step, note }: { step: NoteStep; note?: string }) => {
      const params = { id };
      switch (step) {
        case 'accept': return api('POST /api/events/:id/accept', { params, body: note ? { note } : {} });
        case 'reject': return api('POST /api/events/:id/reject', { params, body: { note: note ?? '' } });
        case 'close': return api('POST /api/events/:id/close', { params, body: note ? { note } : {} });
        case 'verify-pass': return api('POST /api/events/:id/verify', { params, body: { passed: true, ...(note ? { note } : {}) } });
        case 'verify-fail': return api('POST /api/events/:id/verify', { params, body: { passed: false, ...(note ? { note } : {}) } });
      }
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: EVENTS_KEY }),
  });
}
