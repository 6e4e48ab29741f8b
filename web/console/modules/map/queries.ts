import { useQueries, useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { MapAggregates, MapPoints } from '../../../../common/contracts/map.ts';
import { LAYER_DEFINITIONS, type MapLayer } from '../../../../common/map/layers.ts';
import { api } from '../../../lib/api.ts';
import { keysOf, type MapView } from './map-view.ts';

const MAP_KEY = ['map'] as const;

/** The period a request carries. */
export interface Period {
  from: string;
  to: string;
}

/**
 * A layer's query parameters. A `now` layer (checkpoints, workers) ignores the period, so it is
 * left out: playing through days then reuses one answer instead of asking again each step.
 */
function layerParams(view: Pick<MapView, 'keys'>, layer: MapLayer, period: Period) {
  const timed = LAYER_DEFINITIONS[layer].time !== 'now';
  return { layer, keys: keysOf(view, layer).join(','), ...(timed ? period : {}) };
}

/** The base map the server is configured with; null: none, the map runs offline. */
export function useMapConfig() {
  return useQuery({
    queryKey: [...MAP_KEY, 'config'],
    queryFn: () => api('GET /api/map/config'),
    staleTime: Infinity,
  });
}

/** The answers of one request per active layer, in the layers' order, as one value. */
export interface LayerAnswers<T> {
  /** undefined: that layer's answer has not arrived (or failed). */
  answers: (T | undefined)[];
  fetching: boolean;
  error: Error | null;
  refetch: () => void;
}

/** A module-level function: useQueries re-runs it only when an answer changes, keeping the result stable for memos. */
function combine<T>(results: UseQueryResult<T>[]): LayerAnswers<T> {
  return {
    answers: results.map((r) => r.data),
    fetching: results.some((r) => r.isFetching),
    error: results.find((r) => r.error)?.error ?? null,
    refetch: () => results.forEach((r) => r.isError && void r.refetch()),
  };
}

/** Per active layer, the region's children with their counts. While another period loads, the region's last counts stay. */
export function useLayerAggregates(view: MapView, period: Period, enabled: boolean): LayerAnswers<MapAggregates> {
  return useQueries({
    queries: view.layers.map((layer) => {
      const params = { region: view.region, ...layerParams(view, layer, period) };
      return {
        queryKey: [...MAP_KEY, 'aggregates', params],
        queryFn: () => api('GET /api/map/aggregates', { query: params }),
        enabled,
        placeholderData: (previous: MapAggregates | undefined) => (previous?.region.code === view.region ? previous : undefined),
        staleTime: 30_000,
      };
    }),
    combine: combine<MapAggregates>,
  });
}

/** Per active layer, the located items inside one grid. */
export function useLayerPoints(view: MapView, period: Period, enabled: boolean): LayerAnswers<MapPoints> {
  return useQueries({
    queries: view.layers.map((layer) => {
      const params = { region: view.region, ...layerParams(view, layer, period) };
      return {
        queryKey: [...MAP_KEY, 'points', params],
        queryFn: () => api('GET /api/map/points', { query: params }),
        enabled,
        placeholderData: (previous: MapPoints | undefined) => (previous?.region.code === view.region ? previous : undefined),
        staleTime: 30_000,
      };
    }),
    combine: combine<MapPoints>,
  });
}

/** What a count opens: the rows of one layer in one region. */
export interface ListTarget {
  region: string;
  regionName: string;
  layer: MapLayer;
  /** The region's label point (WGS-84), kept in sight while its list is open. */
  at: [number, number] | null;
}

/** What a list shows, page aside: the region and layer, the layer's categories and (unless live) the period. */
export function listedOf(target: ListTarget, view: Pick<MapView, 'keys'>, period: Period) {
  return { region: target.region, ...layerParams(view, target.layer, period) };
}

export function useMapList(target: ListTarget, view: Pick<MapView, 'keys'>, period: Period, page: { offset: number; limit: number }) {
  const listed = listedOf(target, view, period);
  return useQuery({
    queryKey: [...MAP_KEY, 'list', listed, page],
    queryFn: () => api('GET /api/map/list', { query: { ...listed, ...page } }),
    placeholderData: (previous) => previous,
  });
}

export function useTrajectory(personId: string | null) {
  return useQuery({
    queryKey: [...MAP_KEY, 'trajectory', personId],
    queryFn: () => api('GET /api/map/persons/:id/trajectory', { params: { id: personId ?? '' } }),
    enabled: personId !== null,
  });
}
