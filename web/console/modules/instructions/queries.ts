import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FeedbackCreate, InstructionCreate } from '../../../../common/contracts/instructions.ts';
import { api } from '../../../lib/api.ts';

/** Every instruction query starts so (the list kit's too): a change on the live topic re-reads them all. */
export const INSTRUCTIONS_KEY = ['instructions'] as const;
export const NOTIFICATIONS_KEY = ['notifications'] as const;

export function useInstruction(id: string) {
  return useQuery({
    queryKey: [...INSTRUCTIONS_KEY, 'detail', id],
    queryFn: () => api('GET /api/instructions/:id', { params: { id } }),
  });
}

/** Its progress in a region and one level down; undefined: the caller's own region. */
export function useProgress(id: string, region: string | undefined) {
  return useQuery({
    queryKey: [...INSTRUCTIONS_KEY, 'progress', id, region ?? null],
    queryFn: () => api('GET /api/instructions/:id/progress', { params: { id }, query: region ? { region } : {} }),
    placeholderData: keepPreviousData,
  });
}

/** The receipts of the caller's office (staff) or grid; off for those who receive none. */
export function useInbox(enabled: boolean) {
  return useQuery({
    queryKey: [...INSTRUCTIONS_KEY, 'inbox'],
    queryFn: () => api('GET /api/instructions/inbox'),
    enabled,
  });
}

function useInvalidating() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: INSTRUCTIONS_KEY });
    void queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY });
  };
}

export function useSendInstruction() {
  const invalidate = useInvalidating();
  return useMutation({ mutationFn: (body: InstructionCreate) => api('POST /api/instructions', { body }), onSuccess: invalidate });
}

/** Opening a received instruction reads it for the office, and its notifications for the reader. */
export function useReadInstruction() {
  const invalidate = useInvalidating();
  return useMutation({ mutationFn: (id: string) => api('POST /api/instructions/:id/read', { params: { id } }), onSuccess: invalidate });
}

export function useAnswerInstruction(id: string) {
  const invalidate = useInvalidating();
  return useMutation({ mutationFn: (body: FeedbackCreate) => api('POST /api/instructions/:id/feedback', { params: { id }, body }), onSuccess: invalidate });
}

export function useRemind(id: string) {
  const invalidate = useInvalidating();
  return useMutation({ mutationFn: (region: string | undefined) => api('POST /api/instructions/:id/remind', { params: { id }, body: region ? { region } : {} }), onSuccess: invalidate });
}

export function useWithdraw(id: string) {
  const invalidate = useInvalidating();
  return useMutation({ mutationFn: (reason: string) => api('POST /api/instructions/:id/withdraw', { params: { id }, body: { reason } }), onSettled: invalidate });
}

/** The bell's list: the newest notifications and the unread count. */
export function useNotifications() {
  return useQuery({
    queryKey: [...NOTIFICATIONS_KEY, 'list'],
    queryFn: () => api('GET /api/notifications', { query: { limit: 20 } }),
    // Scheduled instructions reach the inbox by the clock; the live stream also tells, this is the net under it.
    refetchInterval: 60_000,
  });
}

export function useReadNotifications() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (which: { ids: string[] } | { all: true }) => api('POST /api/notifications/read', { body: which }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY }),
  });
}
