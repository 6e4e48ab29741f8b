import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { Static } from 'typebox';
import type { PersonDetail, PersonRevealed, PersonView } from '../../../../common/contracts/field.ts';
import { api } from '../../../lib/api.ts';
import { pageQuery, type PageOf, type PageState } from '../field/paging.ts';

export interface PersonFilters {
  region?: string;
  /** Part of the name. */
  name?: string;
  /** Exact numbers, matched by the server's blind index. */
  idNumber?: string;
  phone?: string;
}

export type Revealed = Static<typeof PersonRevealed>;

const PERSONS_KEY = ['persons'] as const;

export function usePersonList(filters: PersonFilters, page: PageState) {
  return useQuery({
    queryKey: [...PERSONS_KEY, 'list', filters, page],
    queryFn: () => api.get<PageOf<PersonView>>('/api/persons', { ...filters, ...pageQuery(page) }),
    placeholderData: keepPreviousData,
  });
}

export function usePersonDetail(id: string) {
  return useQuery({
    queryKey: [...PERSONS_KEY, 'detail', id],
    queryFn: () => api.get<PersonDetail>(`/api/persons/${id}`),
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
      onRevealed(await api.post<Revealed>(`/api/persons/${id}/reveal`, { reason }));
    },
    gcTime: 0,
  });
}
