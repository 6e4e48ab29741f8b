import type { TFunction } from 'i18next';
import type { DeclarationDay } from '../../../../common/contracts/declarations.ts';
import { SYMPTOM } from '../../../../common/declarations/vocabulary.ts';
import type { ChartOption, ChartSeries } from '../../../lib/charts/echarts.ts';
import { declTerm } from './terms.ts';

/** One colour per symptom, apart from the declarations' blue and from each other. */
const SYMPTOM_COLORS: Record<string, string> = {
  fever: '#e8453c',
  dry_cough: '#fa8c16',
  fatigue: '#a0d911',
  runny_nose: '#13c2c2',
  sore_throat: '#722ed1',
  diarrhoea: '#8c6d1f',
  taste_smell_loss: '#eb2f96',
  short_breath: '#2f54eb',
};

const AXIS_TEXT = '#5a6b85';
const FONT = '-apple-system, BlinkMacSystemFont, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif';

/** "05-12" under each day: the year is in the range picker above. */
export function dayLabels(days: readonly { day: string }[]): string[] {
  return days.map((d) => d.day.slice(5));
}

export function countAxis(name: string) {
  return {
    type: 'value' as const,
    name,
    minInterval: 1,
    nameTextStyle: { color: AXIS_TEXT, align: 'left' as const },
    axisLabel: { color: AXIS_TEXT },
    splitLine: { lineStyle: { color: '#edf0f5' } },
  };
}

/** Font, axis tooltip and scrolling legend at the bottom: what every console chart shares. */
export const CHART_COMMON = {
  textStyle: { fontFamily: FONT },
  tooltip: { trigger: 'axis' as const, axisPointer: { type: 'shadow' as const } },
  legend: { type: 'scroll' as const, bottom: 0, textStyle: { color: '#3b4a63' } },
};

/**
 * Declarations per day (bars, left axis) and one line per symptom (right axis, their counts
 * are far smaller): the legend turns each on and off.
 */
export function trendOption(t: TFunction, days: readonly DeclarationDay[]): ChartOption {
  const symptomSeries: ChartSeries[] = SYMPTOM.codes.map((code) => ({
    type: 'line',
    name: declTerm(t, 'symptom', code),
    yAxisIndex: 1,
    data: days.map((d) => d.symptoms[code] ?? 0),
    smooth: 0.2,
    symbolSize: 5,
    color: SYMPTOM_COLORS[code],
    emphasis: { focus: 'series' },
  }));
  return {
    ...CHART_COMMON,
    grid: { left: 16, right: 16, top: 40, bottom: 44 },
    xAxis: { type: 'category', data: dayLabels(days), axisLabel: { color: AXIS_TEXT }, axisTick: { alignWithLabel: true } },
    yAxis: [countAxis(t('vital.axisDeclarations')), { ...countAxis(t('vital.axisSymptoms')), splitLine: { show: false }, nameTextStyle: { color: AXIS_TEXT, align: 'right' } }],
    series: [
      {
        type: 'bar',
        name: t('vital.seriesDeclarations'),
        data: days.map((d) => d.declarations),
        color: '#8fb4f5',
        barMaxWidth: 28,
        itemStyle: { borderRadius: [3, 3, 0, 0] },
      },
      {
        type: 'line',
        name: t('vital.seriesFever'),
        yAxisIndex: 1,
        data: days.map((d) => d.feverTemperatures),
        color: '#cf1322',
        lineStyle: { type: 'dashed', width: 2 },
        symbol: 'diamond',
        symbolSize: 7,
      },
      ...symptomSeries,
    ],
  };
}

/** Warnings raised and verified per day, side by side. */
export function warningsOption(t: TFunction, days: readonly DeclarationDay[]): ChartOption {
  return {
    ...CHART_COMMON,
    grid: { left: 12, right: 12, top: 28, bottom: 40 },
    xAxis: { type: 'category', data: dayLabels(days), axisLabel: { color: AXIS_TEXT } },
    yAxis: countAxis(''),
    series: [
      { type: 'bar', name: t('vital.seriesRaised'), data: days.map((d) => d.warningsRaised), color: '#fa8c16', barMaxWidth: 16, itemStyle: { borderRadius: [2, 2, 0, 0] } },
      { type: 'bar', name: t('vital.seriesVerified'), data: days.map((d) => d.warningsVerified), color: '#52c41a', barMaxWidth: 16, itemStyle: { borderRadius: [2, 2, 0, 0] } },
    ],
  };
}
