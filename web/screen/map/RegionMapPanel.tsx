import { useCallback, useMemo, useState } from 'react';
import type { MonitoringPanel } from '../../../common/contracts/dashboard.ts';
import { Chart } from '../charts/Chart.tsx';
import { registerMap, type ECElementEvent } from '../charts/echarts.ts';
import { useOutlines } from '../data/queries.ts';
import { Panel } from '../panels/Panel.tsx';
import { useRotation } from '../panels/use-rotation.ts';
import { T } from '../text.ts';
import { mapOption, outlinesOf, registrable } from './map-option.ts';
import { MAP_METRICS } from './metrics.ts';

const ROTATE_MS = 15_000;

interface Props {
  region: string;
  monitoring: MonitoringPanel | undefined;
  /** A click on a region one level down. */
  onDrill: (code: string) => void;
}

/** The viewed region's children, coloured by one figure at a time; a click drills down to one. */
export function RegionMapPanel({ region, monitoring, onDrill }: Props) {
  const query = useOutlines(region);
  const [index, pick] = useRotation(MAP_METRICS.length, ROTATE_MS);
  const metric = MAP_METRICS[index]!;
  // The stage never resizes its boxes (it scales them), so one measurement holds.
  const [box, setBox] = useState<{ width: number; height: number } | null>(null);
  const measure = useCallback((element: HTMLDivElement | null) => {
    if (element) setBox({ width: element.clientWidth, height: element.clientHeight });
  }, []);
  // ECharts draws a map by registered name; the region's code makes it unique, and registering
  // the same outlines again is harmless.
  const drawn = useMemo(() => {
    if (!query.data) return null;
    const outlines = outlinesOf(query.data);
    const map = `region-${region}`;
    registerMap(map, registrable(outlines) as unknown as Parameters<typeof registerMap>[1]);
    return { map, outlines };
  }, [query.data, region]);
  const option = useMemo(() => {
    if (!drawn || !box) return null;
    const values = new Map((monitoring?.children ?? []).map((row) => [row.region.code, metric.of(row)]));
    return mapOption({ ...drawn, values, metric: metric.label, box });
  }, [drawn, box, monitoring, metric]);
  const onClick = useCallback((event: ECElementEvent) => {
    if (event.name && event.name !== region) onDrill(event.name);
  }, [region, onDrill]);

  const tabs = (
    <span className="metric-tabs" role="tablist">
      {MAP_METRICS.map((m, i) => (
        <button key={m.key} type="button" role="tab" aria-selected={i === index} className={i === index ? 'metric-tab on' : 'metric-tab'} title={m.label} onClick={() => pick(i)}>
          {m.short}
        </button>
      ))}
    </span>
  );
  return (
    <Panel name="map" title={`${T.map} · ${metric.label}`} extra={tabs} query={query} className="map-panel">
      <div ref={measure} className="map-box" data-testid="screen-map" data-region={region} data-features={drawn?.outlines.features.length}>
        {option && <Chart option={option} onItemClick={onClick} label={`${T.map}：${metric.label}`} />}
      </div>
    </Panel>
  );
}
