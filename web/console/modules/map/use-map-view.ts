import { useSearchParams } from 'react-router';
import { LAYER_DEFINITIONS, MAP_LAYER, type MapLayer } from '../../../../common/map/layers.ts';
import { chinaDate } from '../../../../common/time.ts';
import { useCan, useCurrentUser } from '../auth/session.ts';
import type { Drill } from '../overview/use-view.ts';
import { readMapView, writeMapView, type MapView } from './map-view.ts';

/** The layers this user may read (e.g. health staff have no grid-worker layer). */
function useAllowedLayers(): MapLayer[] {
  const can = useCan();
  return MAP_LAYER.codes.filter((layer) => can(LAYER_DEFINITIONS[layer].permission));
}

/**
 * The map's region, layers and period, kept in the address: a view can be shared, a reload
 * shows the same, and Back climbs up again after a drill-down.
 */
export function useMapView() {
  const me = useCurrentUser();
  const allowed = useAllowedLayers();
  const [params, setParams] = useSearchParams();
  const scope = me.region.code;
  const today = chinaDate(new Date());
  const view = readMapView(params, scope, today, allowed);
  const search = (next: MapView) => writeMapView(next, scope, today);
  const change = (patch: Partial<MapView>) => setParams(search({ ...view, ...patch }));
  const drill: Drill = {
    href: (region) => ({ search: search({ ...view, region }).toString() }),
    show: (region) => change({ region }),
  };
  return {
    view,
    today,
    scope,
    allowed,
    drill,
    setLayers: (layers: MapLayer[]) => change({ layers: MAP_LAYER.codes.filter((l) => layers.includes(l)) }),
    setKeys: (layer: MapLayer, keys: string[]) => change({ keys: { ...view.keys, [layer]: keys } }),
    setPeriod: (period: { from: string; to: string }) => change(period),
  };
}
