import { keepPreviousData, useQuery, type QueryKey } from '@tanstack/react-query';
import type {
  HighIncidencePanel, IncubationPanel, MonitoringPanel, SummaryPanel, Ticker,
} from '../../../../common/contracts/dashboard.ts';
import { api } from '../../../lib/api.ts';
import type { PanelName } from '../../../lib/live.ts';
import { DECLARATIONS_KEY } from '../warnings/queries.ts';
import type { OverviewView } from './view.ts';

const DASHBOARD_KEY = ['dashboard'] as const;

/**
 * The query-key prefix of each panel, for the live refresh. Vital signs is the declarations'
 * daily query that 体征监测 also reads, so both pages share its cache.
 */
export function overviewKey(panel: PanelName): QueryKey {
  return panel === 'vital' ? [...DECLARATIONS_KEY, 'daily'] : [...DASHBOARD_KEY, panel];
}

/** Poll this often (ms) while the live stream is down; false while it tells of changes. */
export type Poll = number | false;

function usePanel<T>(panel: PanelName, path: string, query: Record<string, string | undefined>, poll: Poll) {
  return useQuery({
    queryKey: [...overviewKey(panel), query],
    queryFn: () => api.get<T>(path, query),
    // Drilling down keeps the last figures (marked stale) until the region's own arrive.
    placeholderData: keepPreviousData,
    refetchInterval: poll,
  });
}

/**
 * The day panels count the period's last day. Today is left to the server: a browser clock a
 * little ahead at midnight must not ask for a day the server calls the future.
 */
const dayOf = (view: OverviewView, today: string) => (view.to === today ? undefined : view.to);

export const useSummary = (view: OverviewView, today: string, poll: Poll) =>
  usePanel<SummaryPanel>('summary', '/api/dashboard/summary', { region: view.region, day: dayOf(view, today) }, poll);

export const useMonitoring = (view: OverviewView, today: string, poll: Poll) =>
  usePanel<MonitoringPanel>('monitoring', '/api/dashboard/monitoring', { region: view.region, day: dayOf(view, today) }, poll);

export const useIncubation = (view: OverviewView, poll: Poll) =>
  usePanel<IncubationPanel>('incubation', '/api/dashboard/incubation', { region: view.region, from: view.from, to: view.to }, poll);

export const useHighIncidence = (view: OverviewView, poll: Poll) =>
  usePanel<HighIncidencePanel>('highIncidence', '/api/dashboard/high-incidence', { region: view.region, from: view.from, to: view.to }, poll);

export const useTicker = (view: OverviewView, poll: Poll) =>
  usePanel<Ticker>('ticker', '/api/dashboard/ticker', { region: view.region }, poll);
