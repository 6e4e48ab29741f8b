import { useQuery } from '@tanstack/react-query';
import type {
  HighIncidencePanel, IncubationPanel, MonitoringPanel, SummaryPanel, Ticker,
} from '../../../common/contracts/dashboard.ts';
import type { DeclarationDaily } from '../../../common/contracts/declarations.ts';
import type { RegionDetail, RegionFeature, RegionFeatureCollection } from '../../../common/contracts/regions.ts';
import { addDays } from '../../../common/time.ts';
import { api } from '../../lib/api.ts';
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

function usePanel<T>(panel: PanelName, scope: PanelScope, path: string, query: Record<string, string>) {
  return useQuery({
    queryKey: [...panelKey(panel), scope.region, scope.today],
    queryFn: () => api.get<T>(path, { region: scope.region, ...query }),
    // A panel that failed tries again on its own even while the stream is up (it only tells of changes).
    refetchInterval: (query) => (query.state.status === 'error' ? ERROR_RETRY_MS : scope.poll),
  });
}

// The day panels leave `day` to the server (today by default): a wall clock a few seconds
// ahead at midnight must not ask for a day the server calls the future.
export const useSummary = (s: PanelScope) => usePanel<SummaryPanel>('summary', s, '/api/dashboard/summary', {});
export const useMonitoring = (s: PanelScope) => usePanel<MonitoringPanel>('monitoring', s, '/api/dashboard/monitoring', {});
export const useTicker = (s: PanelScope) => usePanel<Ticker>('ticker', s, '/api/dashboard/ticker', {});
export const useIncubation = (s: PanelScope) => usePanel<IncubationPanel>('incubation', s, '/api/dashboard/incubation', period(s.today, TREND_DAYS));
export const useVital = (s: PanelScope) => usePanel<DeclarationDaily>('vital', s, '/api/declarations/daily', period(s.today, VITAL_DAYS));
export const useHighIncidence = (s: PanelScope) => usePanel<HighIncidencePanel>('highIncidence', s, '/api/dashboard/high-incidence', period(s.today, RANKING_DAYS));

/** The region's name, chain and children: they change only on a layer import. */
export function useRegion(code: string) {
  return useQuery({
    queryKey: ['screen', 'region', code],
    queryFn: () => api.get<RegionDetail>(`/api/regions/${code}`),
    staleTime: Infinity,
  });
}

/** Outlines to draw: the children's, or at a grid (no children) the grid's own. */
export function useOutlines(code: string) {
  return useQuery({
    queryKey: ['screen', 'outlines', code],
    queryFn: async (): Promise<RegionFeatureCollection> => {
      const children = await api.get<RegionFeatureCollection>(`/api/regions/${code}/geometry`, { of: 'children' });
      if (children.features.length > 0) return children;
      const self = await api.get<RegionFeature>(`/api/regions/${code}/geometry`, { of: 'self' });
      return { type: 'FeatureCollection', features: [self] };
    },
    staleTime: Infinity,
  });
}
