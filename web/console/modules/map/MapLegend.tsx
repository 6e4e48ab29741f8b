import { useTranslation } from 'react-i18next';
import type { MapItem } from '../../../../common/contracts/map.ts';
import { LAYER_DEFINITIONS, type MapLayer } from '../../../../common/map/layers.ts';
import { keyColor, LAYER_COLORS } from '../../../lib/map/palette.ts';
import { keyName, layerName } from './layer-labels.ts';
import type { MapView } from './map-view.ts';

interface Props {
  view: MapView;
  atGrid: boolean;
  /** At grid level, the points drawn: the legend names only the categories among them. */
  points: readonly { layer: MapLayer; points: readonly MapItem[] }[];
  trajectory: boolean;
}

/**
 * What the map's marks mean. Above the grid level: the region outlines and one colour per
 * layer (the bubbles' numbers); at grid level: the colour of each category among the points.
 */
export function MapLegend({ view, atGrid, points, trajectory }: Props) {
  const { t } = useTranslation();
  return (
    <div className="map-legend" data-testid="map-legend">
      <div className="map-panel-title">{t('map.legend')}</div>
      <div className="map-legend-item"><span className="map-legend-selected" />{t('map.legendSelected')}</div>
      {!atGrid && <div className="map-legend-item"><span className="map-legend-area" />{t('map.legendChildren')}</div>}
      {!atGrid && view.layers.map((layer) => (
        <div key={layer} className="map-legend-item"><span className="map-swatch" style={{ background: LAYER_COLORS[layer] }} />{layerName(t, layer)}</div>
      ))}
      {atGrid && points.map(({ layer, points: items }) => <PointKeys key={layer} layer={layer} present={new Set(items.map((p) => p.key))} />)}
      {atGrid && <div className="map-legend-item"><span className="map-legend-cluster">9</span>{t('map.legendCluster')}</div>}
      {trajectory && <div className="map-legend-item"><span className="map-legend-trajectory">1</span>{t('map.legendTrajectory')}</div>}
    </div>
  );
}

function PointKeys({ layer, present }: { layer: MapLayer; present: Set<string> }) {
  const { t } = useTranslation();
  const shown = LAYER_DEFINITIONS[layer].keys.codes.filter((k) => present.has(k));
  return (
    <div className="map-legend-group">
      <div className="map-legend-layer" style={{ color: LAYER_COLORS[layer] }}>
        {layerName(t, layer)}{shown.length === 0 && <span className="text-muted"> · {t('map.noData')}</span>}
      </div>
      <div className="map-legend-keys">
        {shown.map((key) => (
          <div key={key} className="map-legend-item">
            <span className="map-dot is-point" style={{ background: keyColor(layer, key), borderColor: LAYER_COLORS[layer] }} />
            {keyName(t, layer, key)}
          </div>
        ))}
      </div>
    </div>
  );
}
