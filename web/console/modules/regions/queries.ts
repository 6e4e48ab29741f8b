import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { RegionFeature } from '../../../../common/contracts/regions.ts';
import { api } from '../../../lib/api.ts';

export type { RegionFeature };
export type GeometryOf = 'self' | 'children';

/** Every region query starts with 'region', so one invalidation refreshes them all after an import. */
export const REGION_ROOT_KEY = ['region'] as const;

export function regionDetailQuery(code: string) {
  return queryOptions({
    queryKey: [...REGION_ROOT_KEY, code],
    queryFn: () => api('GET /api/regions/:code', { params: { code } }),
  });
}

export function useRegionDetail(code: string) {
  return useQuery({ ...regionDetailQuery(code), placeholderData: keepPreviousData });
}

export function useRegionGeometry(code: string, of: GeometryOf) {
  return useQuery({
    queryKey: [...REGION_ROOT_KEY, code, 'geometry', of],
    queryFn: async (): Promise<RegionFeature[]> => {
      const answer = await api('GET /api/regions/:code/geometry', { params: { code }, query: { of } });
      return 'features' in answer ? answer.features : [answer];
    },
    // Boundaries change only by import, which invalidates them.
    staleTime: 10 * 60_000,
  });
}

/** Direct children for pickers; 500 is the server's cap and above any real fan-out. */
export function regionChildrenQuery(parent: string | null) {
  return queryOptions({
    queryKey: [...REGION_ROOT_KEY, parent ?? 'root', 'list'],
    queryFn: async () => (await api('GET /api/regions', { query: parent ? { parent, limit: 500 } : {} })).items,
  });
}
