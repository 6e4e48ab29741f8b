import type { TFunction } from 'i18next';
import type { IncubationPanel } from '../../../../common/contracts/dashboard.ts';
import type { OriginCategory } from '../../../../common/field/vocabulary.ts';
import type { ChartOption } from '../../../lib/charts/echarts.ts';
import { CHART_COMMON, countAxis, dayLabels } from '../vital-signs/daily-charts.ts';

type Day = IncubationPanel['days'][number];
export type OriginPick = OriginCategory | 'all';
export type IncubationMeasure = 'arrivals' | 'departures' | 'inWindow';

/** The chart's series in order: a click reports its index into this list. */
export const INCUBATION_SERIES: readonly IncubationMeasure[] = ['arrivals', 'departures', 'inWindow'];

/** A day's figure for one origin, or for all of them together. */
export function figureOf(day: Day, measure: IncubationMeasure, origin: OriginPick): number {
  const byOrigin = day[measure];
  return origin === 'all' ? Object.values(byOrigin).reduce((sum, n) => sum + n, 0) : byOrigin[origin];
}

/**
 * Arrivals and departures per day (bars, left axis) and the people inside their 14-day window
 * (line, right axis: it sums two weeks of arrivals, so it runs far higher).
 */
export function incubationOption(t: TFunction, days: readonly Day[], origin: OriginPick): ChartOption {
  const data = (measure: IncubationMeasure) => days.map((d) => figureOf(d, measure, origin));
  return {
    ...CHART_COMMON,
    grid: { left: 16, right: 16, top: 40, bottom: 44 },
    xAxis: { type: 'category', data: dayLabels(days), axisLabel: { color: '#5a6b85' }, axisTick: { alignWithLabel: true } },
    yAxis: [
      countAxis(t('overview.incubation.axisDaily')),
      { ...countAxis(t('overview.incubation.inWindow')), splitLine: { show: false }, nameTextStyle: { color: '#5a6b85', align: 'right' } },
    ],
    series: [
      { type: 'bar', name: t('overview.incubation.arrivals'), data: data('arrivals'), color: '#5b8ff9', barMaxWidth: 14, itemStyle: { borderRadius: [2, 2, 0, 0] } },
      { type: 'bar', name: t('overview.incubation.departures'), data: data('departures'), color: '#f6bd16', barMaxWidth: 14, itemStyle: { borderRadius: [2, 2, 0, 0] } },
      {
        type: 'line', name: t('overview.incubation.inWindow'), yAxisIndex: 1, data: data('inWindow'),
        color: '#e8453c', smooth: 0.2, symbolSize: 6, lineStyle: { width: 2 }, areaStyle: { opacity: 0.08 },
      },
    ],
  };
}
