import type { IncubationPanel } from '../../../common/contracts/dashboard.ts';
import { ORIGIN_CATEGORY } from '../../../common/field/vocabulary.ts';
import type { ScreenChartOption } from '../charts/echarts.ts';
import { categoryAxis, legend, SERIES_COLORS, shortDay, tooltip, valueAxis } from '../charts/style.ts';

type Days = IncubationPanel['days'];

/** People inside their 14-day window each day, stacked by where they came from. */
export function incubationOption(days: Days): ScreenChartOption {
  const names = ORIGIN_CATEGORY.codes.map((code) => ORIGIN_CATEGORY.labels[code].zh);
  return {
    color: [...SERIES_COLORS],
    grid: { left: 8, right: 8, top: 40, bottom: 4, containLabel: true },
    legend: legend(names),
    tooltip,
    xAxis: { ...categoryAxis(days.map((d) => shortDay(d.day))), boundaryGap: false },
    yAxis: valueAxis(),
    series: ORIGIN_CATEGORY.codes.map((code, i) => ({
      type: 'line' as const,
      name: names[i]!,
      stack: 'inWindow',
      symbol: 'none',
      smooth: true,
      lineStyle: { width: 2 },
      areaStyle: { opacity: 0.35 },
      data: days.map((d) => d.inWindow[code]),
    })),
  };
}

export const sumOf = (byOrigin: Record<string, number>) => Object.values(byOrigin).reduce((a, b) => a + b, 0);
