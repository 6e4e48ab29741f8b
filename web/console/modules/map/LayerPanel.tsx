import { DownOutlined, UpOutlined } from '@ant-design/icons';
import { Button, Checkbox, Select, Tag, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LAYER_DEFINITIONS, type MapLayer } from '../../../../common/map/layers.ts';
import { formatCount } from '../../../lib/format.ts';
import { keyColor, LAYER_COLORS } from '../../../lib/map/palette.ts';
import { keyName, layerName, timeName } from './layer-labels.ts';
import { keysOf, type MapView } from './map-view.ts';

interface Props {
  view: MapView;
  /** The layers this user may read, in the table's order. */
  allowed: readonly MapLayer[];
  /** The selected region's count per active layer, once known. */
  totals: Partial<Record<MapLayer, number>>;
  onLayers: (layers: MapLayer[]) => void;
  onKeys: (layer: MapLayer, keys: string[]) => void;
  onOpenTotal: (layer: MapLayer) => void;
}

/**
 * The layer switcher: each layer with its colour, how its count relates to the period, the
 * selected region's total (opens the list), and, when on, its category filter.
 */
const NARROW = '(max-width: 767px)';

export function LayerPanel({ view, allowed, totals, onLayers, onKeys, onOpenTotal }: Props) {
  const { t, i18n } = useTranslation();
  // Folded, the panel leaves the map's left side free (at grid level the grid itself is there);
  // on a phone it starts folded, or it would cover the map.
  const [folded, setFolded] = useState(() => window.matchMedia(NARROW).matches);
  const toggle = (layer: MapLayer, on: boolean) => onLayers(on ? [...view.layers, layer] : view.layers.filter((l) => l !== layer));
  return (
    <div className={folded ? 'map-layer-panel is-folded' : 'map-layer-panel'} data-testid="map-layers">
      <div className="map-panel-head">
        <div className="map-panel-title">{t('map.layers')}</div>
        <Button type="text" size="small" icon={folded ? <DownOutlined /> : <UpOutlined />} onClick={() => setFolded(!folded)} data-testid="map-layers-fold">
          {folded ? t('map.unfold') : t('map.fold')}
        </Button>
      </div>
      {!folded && allowed.map((layer) => {
        const active = view.layers.includes(layer);
        const time = timeName(t, layer);
        const total = totals[layer];
        const { codes } = LAYER_DEFINITIONS[layer].keys;
        return (
          <div key={layer} className={active ? 'map-layer is-active' : 'map-layer'} data-testid={`map-layer-${layer}`}>
            <div className="map-layer-row">
              <Checkbox checked={active} onChange={(e) => toggle(layer, e.target.checked)} data-testid={`map-layer-toggle-${layer}`}>
                <span className="map-swatch" style={{ background: LAYER_COLORS[layer] }} />
                {layerName(t, layer)}
              </Checkbox>
              <Tooltip title={time.hint}>
                <Tag className={`map-time map-time-${LAYER_DEFINITIONS[layer].time}`} variant="filled">{time.label}</Tag>
              </Tooltip>
              {active && total !== undefined && (
                <button
                  type="button"
                  className="map-layer-total"
                  style={{ color: LAYER_COLORS[layer] }}
                  disabled={total === 0}
                  onClick={() => onOpenTotal(layer)}
                  data-testid={`map-total-${layer}`}
                  data-value={total}
                >
                  {formatCount(total, i18n.language)}
                </button>
              )}
            </div>
            {active && codes.length > 1 && (
              <Select
                mode="multiple"
                size="small"
                className="map-layer-keys"
                value={keysOf(view, layer)}
                // Every category chosen reads as one word rather than a row of tags.
                maxTagCount={keysOf(view, layer).length === codes.length ? 0 : 'responsive'}
                maxTagPlaceholder={(omitted) => (omitted.length === codes.length ? t('map.allKeys') : `+ ${omitted.length}`)}
                placeholder={t('map.keysPlaceholder')}
                options={codes.map((key) => ({ value: key, label: <span><span className="map-dot" style={{ background: keyColor(layer, key) }} />{keyName(t, layer, key)}</span> }))}
                // At least one category: an empty filter would silently count the defaults.
                onChange={(keys: string[]) => keys.length > 0 && onKeys(layer, keys)}
                data-testid={`map-keys-${layer}`}
              />
            )}
          </div>
        );
      })}
    </div>
  );
}
