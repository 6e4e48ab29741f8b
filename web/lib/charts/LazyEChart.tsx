import { lazy, Suspense, type ComponentProps } from 'react';
import type { EChart as EChartComponent } from './EChart.tsx';

const EChart = lazy(() => import('./EChart.tsx').then((m) => ({ default: m.EChart })));

type Props = ComponentProps<typeof EChartComponent>;

/**
 * EChart loaded on first use: ECharts is its own chunk, fetched while the page's other parts
 * (figures, tables) already show; until then an empty box of the chart's size holds its place.
 */
export function LazyEChart(props: Props) {
  const { height = 320 } = props;
  return (
    <Suspense fallback={<div style={{ width: '100%', height }} className="chart-loading" data-testid={props['data-testid'] ? `${props['data-testid']}-loading` : undefined} />}>
      <EChart {...props} />
    </Suspense>
  );
}
