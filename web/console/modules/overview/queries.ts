import { keepPreviousData, useQuery, type QueryKey } from '@tanstack/react-query';
import { api, type ApiKey, type ApiQuery, type ApiRequest } from '../../../lib/api.ts';
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

function usePanel<K extends ApiKey>(panel: PanelName, key: K, query: ApiQuery<K>, poll: Poll) {
  return useQuery({
    queryKey: [...overviewKey(panel), query],
    queryFn: () => api(key, { query } as ApiRequest<K>),
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
  usePanel('summary', 'GET /api/dashboard/summary', { region: view.region, day: dayOf(view, today) }, poll);

export const useMonitoring = (view: OverviewView, today: string, poll: Poll) =>
  usePanel('monitoring', 'GET /api/dashboard/monitoring', { region: view.region, day: dayOf(view, today) }, poll);

export const useIncubation = (view: OverviewView, poll: Poll) =>
  usePanel('incubation', 'GET /api/dashboard/incubation', { region: view.region, from: view.from, to: view.to }, poll);

export const useHighIncidence = (view: OverviewView, poll: Poll) =>
  usePanel('highIncidence', 'GET /api/dashboard/high-incidence', { region: view.region, from: view.from, to: view.to }, poll);

export const useTicker = (view: OverviewView, poll: Poll) =>
  usePanel('ticker', 'GET /api/dashboard/ticker', { region: view.region }, poll);

export const useCommand = (view: OverviewView, today: string, poll: Poll) =>
  usePanel('command', 'GET /api/dashboard/command', { region: view.region, day: dayOf(view, today) }, poll);
