import type { TFunction } from 'i18next';
import type { MonitoringPanel } from '../../../../common/contracts/dashboard.ts';
import { EVENT_CATEGORY } from '../../../../common/field/vocabulary.ts';
import type { ChartOption } from '../../../lib/charts/echarts.ts';
import { term } from '../field/labels.ts';
import { CHART_COMMON, countAxis, dayLabels } from '../vital-signs/daily-charts.ts';

/** Infection-related categories in warm colours, services in cool ones; in EVENT_CATEGORY's order. */
const CATEGORY_COLORS = ['#e8453c', '#fa8c16', '#13c2c2', '#5b8ff9', '#722ed1', '#52c41a', '#eb2f96', '#a0a7b4'];

/** The chart's series are the categories in this order: a click reports an index into it. */
export const EVENT_SERIES = EVENT_CATEGORY.codes;

/** Events per day, one stacked bar per day, one colour per category. */
export function eventsOption(t: TFunction, days: MonitoringPanel['eventsByDay']): ChartOption {
  return {
    ...CHART_COMMON,
    grid: { left: 12, right: 12, top: 28, bottom: 44 },
    xAxis: { type: 'category', data: dayLabels(days), axisLabel: { color: '#5a6b85' } },
    yAxis: countAxis(''),
    series: EVENT_SERIES.map((category, i) => ({
      type: 'bar',
      name: term(t, 'eventCategory', category),
      stack: 'events',
      data: days.map((d) => d.byCategory[category]),
      color: CATEGORY_COLORS[i],
      barMaxWidth: 22,
      emphasis: { focus: 'series' },
    })),
  };
}
