import { useQuery } from '@tanstack/react-query';
import { cachedGet } from '../../offline/cached-get.ts';
import { useCurrentUser } from '../auth/session.ts';

const SUMMARY_KEY = ['summary'] as const;

/** My grids, today's figures and my open shift; the last answer is kept for offline starts. */
export function useSummary() {
  const me = useCurrentUser();
  return useQuery({ queryKey: SUMMARY_KEY, queryFn: () => cachedGet(me.id, 'GET /api/field/summary') });
}

/** The grids the worker may record in: from the summary, else the account's own region if it is a grid. */
export function useMyGrids(): { code: string; name: string }[] {
  const me = useCurrentUser();
  const summary = useSummary();
  if (summary.data && summary.data.grids.length > 0) return summary.data.grids.map((g) => ({ code: g.code, name: g.name }));
  return me.region.level === 5 ? [{ code: me.region.code, name: me.region.name }] : [];
}
