import { Empty, Spin } from 'antd';
import { useMemo, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { bboxOf, type AreaGeometry } from '../../../../common/geo/geojson.ts';
import { pointInGeometry } from '../../../../common/geo/point-in-polygon.ts';
import { errorText } from '../../../lib/errors.ts';
import { drawOutlines, outlineProjection, unionBox, type OutlineInput } from '../../../lib/svg-outline.ts';
import { useRegionGeometry } from '../regions/queries.ts';
import { useCommunityCheckpoints } from './queries.ts';

export interface LonLat {
  lon: number;
  lat: number;
}

interface Props {
  /** The community (or grid) whose outline is drawn. */
  region: string;
  value: LonLat | null;
  onChange: (point: LonLat) => void;
  /** The checkpoint being edited: drawn as the marker, not among the others. */
  editing?: string;
}

const WIDTH = 1000;
const PADDING = 24;

/** Six decimals of a degree: about 0.1 m, finer than any phone's fix. */
const round6 = (n: number) => Math.round(n * 1e6) / 1e6;

/**
 * The region's outline with its grids, drawn as SVG: a click places the checkpoint there
 * (inverting the drawing's projection), and the grid it falls in is named. Other checkpoints
 * of the region are shown as grey dots.
 */
export function LocationPicker({ region, value, onChange, editing }: Props) {
  const { t } = useTranslation();
  const self = useRegionGeometry(region, 'self');
  const children = useRegionGeometry(region, 'children');
  const others = useCommunityCheckpoints(region);

  const outline = self.data?.[0];
  const grids = useMemo(() => (children.data ?? []).filter((f) => f.geometry !== null && f.properties.code !== region), [children.data, region]);
  const drawing = useMemo(() => {
    if (!outline?.geometry) return null;
    const items: OutlineInput[] = [
      { code: outline.properties.code, name: outline.properties.name, geometry: outline.geometry },
      ...grids.map((g) => ({ code: g.properties.code, name: g.properties.name, geometry: g.geometry })),
    ];
    // The same box, width and padding as drawOutlines uses, so a click maps back exactly.
    const box = unionBox(items.filter((i) => i.geometry).map((i) => bboxOf(i.geometry as AreaGeometry)));
    return { ...drawOutlines(items, WIDTH, PADDING), projection: outlineProjection(box, WIDTH, PADDING) };
  }, [outline, grids]);

  if (self.isPending) return <div className="picker-placeholder"><Spin /></div>;
  if (self.isError) return <Empty className="picker-placeholder" description={errorText(t, self.error)} />;
  if (!drawing || drawing.shapes.length === 0) return <Empty className="picker-placeholder" description={t('regions.noGeometry')} />;

  const { projection: p } = drawing;
  const place = (event: MouseEvent<SVGSVGElement>) => {
    const svg = event.currentTarget;
    const matrix = svg.getScreenCTM();
    if (!matrix) return;
    const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    onChange({ lon: round6(p.lon(point.x)), lat: round6(p.lat(point.y)) });
  };
  const grid = value ? grids.find((g) => g.geometry && pointInGeometry(value.lon, value.lat, g.geometry) !== 'outside') : undefined;
  const inside = value && outline?.geometry ? pointInGeometry(value.lon, value.lat, outline.geometry) !== 'outside' : null;
  const unit = WIDTH / 100;

  return (
    <div className="location-picker">
      <svg
        viewBox={`0 0 ${drawing.width} ${drawing.height}`}
        onClick={place}
        role="img"
        aria-label={t('checkpoints.pickOnMap')}
        data-testid="checkpoint-location-map"
      >
        {drawing.shapes.map((shape, index) => (
          <path key={shape.code} d={shape.d} className={index === 0 ? 'picker-region' : 'picker-grid'}>
            <title>{shape.name}</title>
          </path>
        ))}
        {(others.data ?? []).filter((c) => c.id !== editing).map((c) => (
          <circle key={c.id} cx={p.x(c.lon)} cy={p.y(c.lat)} r={unit * 0.8} className="picker-other">
            <title>{c.name}</title>
          </circle>
        ))}
        {value && (
          <g className="picker-marker" transform={`translate(${p.x(value.lon)} ${p.y(value.lat)})`} data-testid="checkpoint-location-marker">
            <circle r={unit * 2.2} className="picker-marker-halo" />
            <circle r={unit * 1.1} className="picker-marker-dot" />
          </g>
        )}
      </svg>
      <div className="picker-caption" data-testid="checkpoint-location-grid">
        {!value && <span className="text-muted">{t('checkpoints.pickHint')}</span>}
        {value && grid && t('checkpoints.inGrid', { grid: grid.properties.name })}
        {value && !grid && inside && <span className="text-muted">{t('checkpoints.gridUnknown')}</span>}
        {value && inside === false && <span className="picker-outside">{t('checkpoints.outsideRegion', { region: outline?.properties.name })}</span>}
      </div>
    </div>
  );
}
