import { useQuery } from '@tanstack/react-query';
import type { RegionFeatureCollection } from '../../../common/contracts/regions.ts';
import { addDays } from '../../../common/time.ts';
import { api, type ApiKey, type ApiQuery, type ApiRequest } from '../../lib/api.ts';
import type { PanelName } from '../../lib/live.ts';

/** Periods the panels cover, ending today. */
export const TREND_DAYS = 30;
export const VITAL_DAYS = 14;
export const RANKING_DAYS = 7;

const ERROR_RETRY_MS = 30_000;

export const panelKey = (panel: PanelName) => ['screen', panel] as const;

/**
 * What every panel query needs: the viewed region, today (in the key, so midnight refetches),
 * and how often to poll — only while the live stream is down.
 */
export interface PanelScope {
  region: string;
  today: string;
  poll: number | false;
}

const period = (today: string, days: number) => ({ from: addDays(today, 1 - days), to: today });

function usePanelQuery<T>(panel: PanelName, scope: PanelScope, fetch: () => Promise<T>) {
  return useQuery({
    queryKey: [...panelKey(panel), scope.region, scope.today],
    queryFn: fetch,
    // A panel that failed tries again on its own even while the stream is up (it only tells of changes).
    refetchInterval: (query) => (query.state.status === 'error' ? ERROR_RETRY_MS : scope.poll),
  });
}

function usePanel<K extends ApiKey>(panel: PanelName, scope: PanelScope, key: K, query: ApiQuery<K>) {
  return usePanelQuery(panel, scope, () => api(key, { query: { region: scope.region, ...query } } as ApiRequest<K>));
}

// The day panels leave `day` to the server (today by default): a wall clock a few seconds
// ahead at midnight must not ask for a day the server calls the future.
export const useSummary = (s: PanelScope) => usePanel('summary', s, 'GET /api/dashboard/summary', {});
export const useMonitoring = (s: PanelScope) => usePanel('monitoring', s, 'GET /api/dashboard/monitoring', {});
export const useTicker = (s: PanelScope) => usePanel('ticker', s, 'GET /api/dashboard/ticker', {});
export const useCommand = (s: PanelScope) => usePanel('command', s, 'GET /api/dashboard/command', {});
export const useIncubation = (s: PanelScope) => usePanel('incubation', s, 'GET /api/dashboard/incubation', period(s.today, TREND_DAYS));
export const useVital = (s: PanelScope) => usePanel('vital', s, 'GET /api/declarations/daily', period(s.today, VITAL_DAYS));
export const useHighIncidence = (s: PanelScope) => usePanel('highIncidence', s, 'GET /api/dashboard/high-incidence', period(s.today, RANKING_DAYS));

/** The region's name, chain and children: they change only on a layer import. */
export function useRegion(code: string) {
  return useQuery({
    queryKey: ['screen', 'region', code],
    queryFn: () => api('GET /api/regions/:code', { params: { code } }),
    staleTime: Infinity,
  });
}

/** Outlines to draw: the children's, or at a grid (no children) the grid's own. */
export function useOutlines(code: string) {
  return useQuery({
    queryKey: ['screen', 'outlines', code],
    queryFn: async (): Promise<RegionFeatureCollection> => {
      const children = await api('GET /api/regions/:code/geometry', { params: { code }, query: { of: 'children' } });
      if (children.type === 'FeatureCollection' && children.features.length > 0) return children;
      const self = await api('GET /api/regions/:code/geometry', { params: { code }, query: { of: 'self' } });
      return self.type === 'FeatureCollection' ? self : { type: 'FeatureCollection', features: [self] };
    },
    staleTime: Infinity,
  });
}
