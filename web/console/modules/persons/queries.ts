import { useMutation, useQuery } from '@tanstack/react-query';
import { api, type ApiResponse } from '../../../lib/api.ts';

export type Revealed = ApiResponse<'POST /api/persons/:id/reveal'>;

const PERSONS_KEY = ['persons'] as const;

export function usePersonDetail(id: string) {
  return useQuery({
    queryKey: [...PERSONS_KEY, 'detail', id],
    queryFn: () => api('GET /api/persons/:id', { params: { id } }),
  });
}

/**
 * The full numbers go straight to the caller's component state: the mutation itself keeps
 * nothing (it resolves to void, and is dropped as soon as nobody watches it), so no cache
 * holds them once the page is left.
 */
export function useReveal(id: string, onRevealed: (values: Revealed) => void) {
  return useMutation({
    mutationFn: async (reason: string): Promise<void> => {
      onRevealed(await api('POST /api/persons/:id/reveal', { params: { id }, body: { reason } }));
    },
    gcTime: 0,
  });
}
