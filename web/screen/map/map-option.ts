import type { RegionFeatureCollection } from '../../../common/contracts/regions.ts';
import { bboxOf } from '../../../common/geo/geojson.ts';
import { unionBox } from '../../lib/svg-outline.ts';
import type { ScreenChartOption } from '../charts/echarts.ts';
import { COLORS } from '../charts/style.ts';
import { anchorOf, labelsThatFit, type DrawnFeature } from './label-plan.ts';

/** The map's longer side, as a share of the chart's shorter side. */
const SIZE_SHARE = 0.96;
const LABEL_FONT = 18;

export interface Outlines {
  features: DrawnFeature[];
  /** Horizontal shrink of longitudes: cos of the mid-latitude, so shapes keep their true proportions. */
  aspect: number;
}

/** The outlines that can be drawn (ECharts stops at a feature without geometry). */
export function outlinesOf(collection: RegionFeatureCollection): Outlines {
  const features = collection.features.filter((f): f is DrawnFeature => f.geometry !== null);
  if (features.length === 0) return { features, aspect: 1 };
  const [, minLat, , maxLat] = unionBox(features.map((f) => bboxOf(f.geometry)));
  return { features, aspect: Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180) };
}

/** The GeoJSON ECharts registers: `cp` puts each name on the region's centroid, where the label plan expects it. */
export function registrable(outlines: Outlines) {
  return {
    type: 'FeatureCollection' as const,
    features: outlines.features.map((f) => ({ ...f, properties: { ...f.properties, cp: anchorOf(f) } })),
  };
}

interface MapInput {
  /** Name the outlines were registered under (registerMap). */
  map: string;
  outlines: Outlines;
  values: Map<string, number>;
  metric: string;
  box: { width: number; height: number };
}

/** The regions coloured by one figure and named where the names fit; features are keyed by code. */
export function mapOption({ map, outlines, values, metric, box }: MapInput): ScreenChartOption {
  const names = new Map(outlines.features.map((f) => [f.properties.code, f.properties.name]));
  const named = labelsThatFit({ features: outlines.features, values, box, sizeShare: SIZE_SHARE, fontSize: LABEL_FONT, aspect: outlines.aspect });
  const data = outlines.features.map((f) => ({
    name: f.properties.code,
    value: values.get(f.properties.code) ?? 0,
    label: { show: named.has(f.properties.code) },
  }));
  const nameOf = (params: { name: string }) => names.get(params.name) ?? params.name;
  return {
    tooltip: {
      trigger: 'item',
      textStyle: { fontSize: 16 },
      formatter: (params) => {
        const p = params as unknown as { name: string; value: number };
        return `${nameOf(p)}<br/>${metric}：${(p.value || 0).toLocaleString('zh-CN')}`;
      },
    },
    visualMap: {
      type: 'continuous',
      // A grid has no regions below it to compare: no scale then.
      show: values.size > 0,
      min: 0,
      max: Math.max(1, ...data.map((d) => d.value)),
      left: 8,
      bottom: 8,
      itemWidth: 14,
      itemHeight: 150,
      text: ['高', '低'],
      textStyle: { color: COLORS.text, fontSize: 16 },
      inRange: { color: ['#123a73', '#1d6ad0', '#2fc4f0', '#ffc25c', '#ff5d6c'] },
    },
    series: [{
      type: 'map',
      map,
      nameProperty: 'code',
      aspectScale: outlines.aspect,
      layoutCenter: ['50%', '50%'],
      layoutSize: `${SIZE_SHARE * 100}%`,
      selectedMode: false,
      itemStyle: { borderColor: '#8fd3ff', borderWidth: 1.2 },
      label: { formatter: nameOf, color: '#ffffff', fontSize: LABEL_FONT, fontWeight: 'bold', textBorderColor: '#04112a', textBorderWidth: 3 },
      emphasis: { label: { show: true, color: '#ffffff' }, itemStyle: { areaColor: '#3c8cff' } },
      data,
    }],
  };
}
