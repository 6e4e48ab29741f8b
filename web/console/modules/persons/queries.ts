import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { api, type ApiQuery, type ApiResponse } from '../../../lib/api.ts';
import { pageQuery, type PageState } from '../field/paging.ts';

/** The list's filters: region, part of the name, or exact numbers (matched by the server's blind index). */
export type PersonFilters = Omit<ApiQuery<'GET /api/persons'>, 'offset' | 'limit'>;

export type Revealed = ApiResponse<'POST /api/persons/:id/reveal'>;

const PERSONS_KEY = ['persons'] as const;

export function usePersonList(filters: PersonFilters, page: PageState) {
  return useQuery({
    queryKey: [...PERSONS_KEY, 'list', filters, page],
    queryFn: () => api('GET /api/persons', { query: { ...filters, ...pageQuery(page) } }),
    placeholderData: keepPreviousData,
  });
}

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
