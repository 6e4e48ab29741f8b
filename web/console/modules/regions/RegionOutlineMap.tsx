import { Card, Empty, Spin } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegionDetail } from '../../../../common/contracts/regions.ts';
import { GRID_LEVEL } from '../../../../common/regions/codes.ts';
import { errorText } from '../../../lib/errors.ts';
import { drawOutlines } from '../../../lib/svg-outline.ts';
import { useRegionGeometry } from './queries.ts';

const FILLS = ['#d6e4ff', '#d9f7be', '#fff1b8', '#ffd8bf', '#efdbff', '#b5f5ec', '#ffd6e7', '#e6f4ff', '#f4ffb8', '#ffe7ba'];

interface Props {
  region: RegionDetail;
  onOpen: (code: string) => void;
}

/** The children's outlines (a grid: its own), drawn as SVG; a click drills into a child. */
export function RegionOutlineMap({ region, onOpen }: Props) {
  const { t } = useTranslation();
  const ofSelf = region.level >= GRID_LEVEL || region.children.length === 0;
  const geometry = useRegionGeometry(region.code, ofSelf ? 'self' : 'children');
  const [hovered, setHovered] = useState<string | null>(null);

  const drawing = useMemo(() => drawOutlines((geometry.data ?? []).map((f) => ({
    code: f.properties.code, name: f.properties.name, geometry: f.geometry, centroid: f.properties.centroid ?? null,
  }))), [geometry.data]);
  const byCode = new Map(region.children.map((c) => [c.code, c]));
  const hoveredChild = hovered ? byCode.get(hovered) : undefined;
  const fontSize = drawing.width / 42;

  let body;
  if (geometry.isPending) body = <div className="outline-placeholder"><Spin /></div>;
  else if (geometry.isError) body = <Empty className="outline-placeholder" description={errorText(t, geometry.error)} />;
  else if (drawing.shapes.length === 0) body = <Empty className="outline-placeholder" description={t('regions.noGeometry')} />;
  else {
    body = (
      <div className="outline-map">
        <svg viewBox={`0 0 ${drawing.width} ${drawing.height}`} role="img" aria-label={t('regions.map')} data-testid="region-map">
          {drawing.shapes.map((shape, index) => (
            <path
              key={shape.code}
              d={shape.d}
              className={ofSelf ? 'outline-shape outline-self' : 'outline-shape'}
              fill={FILLS[index % FILLS.length]}
              onMouseEnter={() => setHovered(shape.code)}
              onMouseLeave={() => setHovered(null)}
              onClick={ofSelf ? undefined : () => onOpen(shape.code)}
              data-testid={`region-map-path-${shape.code}`}
            >
              <title>{shape.name}</title>
            </path>
          ))}
          {/* A name is written only where it fits inside its shape; hovering names every shape. */}
          {!ofSelf && drawing.shapes.filter((shape) => shape.name.length * fontSize <= shape.width).map((shape) => (
            <text key={shape.code} x={shape.label[0]} y={shape.label[1]} className="outline-label" fontSize={fontSize}>{shape.name}</text>
          ))}
        </svg>
        {hoveredChild && (
          <div className="outline-hover">
            <strong>{hoveredChild.name}</strong>
            <span>
              {hoveredChild.level < GRID_LEVEL
                ? t('regions.hoverCounts', { children: hoveredChild.childCount, grids: hoveredChild.gridCount })
                : hoveredChild.population !== null && t('regions.hoverPopulation', { population: hoveredChild.population })}
            </span>
          </div>
        )}
      </div>
    );
  }

  return (
    <Card title={t('regions.map')} extra={!ofSelf && <span className="text-muted">{t('regions.mapHint')}</span>} className="fill-card">
      {body}
    </Card>
  );
}
