import { useQueries } from '@tanstack/react-query';
import { ErrorBlock, SpinLoading } from 'antd-mobile';
import { useMemo, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Location } from '../../../../common/contracts/field.ts';
import { bboxOf } from '../../../../common/geo/geojson.ts';
import { drawOutlines, outlineProjection, unionBox } from '../../../lib/svg-outline.ts';
import { cachedGet } from '../../offline/cached-get.ts';
import { useCurrentUser } from '../auth/session.ts';

const WIDTH = 320;
const PADDING = 14;

export function useGridGeometry(codes: readonly string[]) {
  const me = useCurrentUser();
  return useQueries({
    queries: codes.map((code) => ({
      queryKey: ['geometry', code],
      queryFn: async () => {
        const outline = await cachedGet(me.id, 'GET /api/regions/:code/geometry', { params: { code } });
        // Without `of` the answer is the region's own outline, never its children's collection.
        if (outline.type !== 'Feature') throw new Error('a grid outline was expected');
        return outline;
      },
      staleTime: Infinity,
    })),
  });
}

/**
 * The worker's grid outline, no map tiles: a tap sets the point (WGS-84, the outline's own
 * coordinates); without `onPick` it only shows the point. The outline comes from the server
 * once and is kept on the phone.
 */
export function GridMap({ grids, value, onPick }: { grids: readonly string[]; value?: Location | null; onPick?(location: Location): void }) {
  const { t } = useTranslation();
  const results = useGridGeometry(grids);
  const features = results.flatMap((r) => (r.data ? [r.data] : []));
  const drawing = useMemo(() => {
    const items = features.map((f) => ({ code: f.properties.code, name: f.properties.name, geometry: f.geometry, centroid: f.properties.centroid }));
    const boxes = items.flatMap((i) => (i.geometry ? [bboxOf(i.geometry)] : []));
    if (boxes.length === 0) return null;
    return { outline: drawOutlines(items, WIDTH, PADDING), projection: outlineProjection(unionBox(boxes), WIDTH, PADDING) };
  }, [features]);

  if (results.some((r) => r.isPending)) return <div className="grid-map-empty"><SpinLoading /></div>;
  if (!drawing) return <ErrorBlock status="empty" title={t('location.noOutline')} description={t('location.noOutlineHint')} />;
  const { outline, projection } = drawing;

  const tap = (event: MouseEvent<SVGSVGElement>) => {
    if (!onPick) return;
    const box = event.currentTarget.getBoundingClientRect();
    const x = ((event.clientX - box.left) / box.width) * WIDTH;
    const y = ((event.clientY - box.top) / box.height) * outline.height;
    onPick({ lon: Math.round(projection.lon(x) * 1e6) / 1e6, lat: Math.round(projection.lat(y) * 1e6) / 1e6, crs: 'wgs84' });
  };
  const marker = value && value.crs === 'wgs84' ? [projection.x(value.lon), projection.y(value.lat)] as const : null;
  return (
    <svg className="grid-map" viewBox={`0 0 ${WIDTH} ${outline.height}`} onClick={tap} data-testid="grid-map" role="img" aria-label={t('location.mapLabel')}>
      {outline.shapes.map((s) => (
        <g key={s.code}>
          <path d={s.d} className="grid-map-shape" />
          <text x={s.label[0]} y={s.label[1]} className="grid-map-label">{s.name}</text>
        </g>
      ))}
      {marker && (
        <g className="grid-map-marker" transform={`translate(${marker[0]} ${marker[1]})`}>
          <circle r="9" className="grid-map-marker-halo" />
          <circle r="4.5" />
        </g>
      )}
    </svg>
  );
}
