import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { cachedGet } from '../../offline/cached-get.ts';
import { useCurrentUser } from '../auth/session.ts';

const PAGE = 30;

export function useHouseholdList(q: string) {
  const me = useCurrentUser();
  return useInfiniteQuery({
    queryKey: ['households', q],
    queryFn: ({ pageParam }) => cachedGet(me.id, 'GET /api/households', { query: { q: q.trim() || undefined, offset: pageParam, limit: PAGE } }),
    initialPageParam: 0,
    getNextPageParam: (last, pages) => {
      const loaded = pages.reduce((n, p) => n + p.items.length, 0);
      return loaded < last.total && last.items.length > 0 ? loaded : undefined;
    },
  });
}

/** A household on the server (not asked for while it only exists in the outbox). */
export function useHouseholdDetail(id: string, enabled: boolean) {
  const me = useCurrentUser();
  return useQuery({
    queryKey: ['household', id],
    queryFn: () => cachedGet(me.id, 'GET /api/households/:id', { params: { id } }),
    enabled,
  });
}
