import type { DeclarationDay } from '../../../common/contracts/declarations.ts';
import { SYMPTOM, type Symptom } from '../../../common/declarations/vocabulary.ts';
import type { ScreenChartOption } from '../charts/echarts.ts';
import { categoryAxis, COLORS, legend, shortDay, tooltip, valueAxis } from '../charts/style.ts';
import { T } from '../text.ts';

/** Declarations per day (bars) against the warnings they raised (line, own scale). */
export function vitalOption(days: DeclarationDay[]): ScreenChartOption {
  return {
    grid: { left: 4, right: 4, top: 36, bottom: 4, containLabel: true },
    legend: legend([T.declarations, T.warnings]),
    tooltip,
    xAxis: categoryAxis(days.map((d) => shortDay(d.day))),
    yAxis: [valueAxis(), valueAxis({ splitLine: { show: false } })],
    series: [
      { type: 'bar', name: T.declarations, data: days.map((d) => d.declarations), itemStyle: { color: COLORS.blue, borderRadius: [3, 3, 0, 0] }, barMaxWidth: 14 },
      { type: 'line', name: T.warnings, yAxisIndex: 1, data: days.map((d) => d.warningsRaised), itemStyle: { color: COLORS.red }, lineStyle: { width: 3 }, symbolSize: 6 },
    ],
  };
}

/** The day's most reported symptoms, most first, those nobody reported left out. */
export function topSymptoms(day: DeclarationDay, limit: number): { code: Symptom; label: string; count: number }[] {
  return SYMPTOM.codes
    .map((code) => ({ code, label: SYMPTOM.labels[code].zh, count: day.symptoms[code] ?? 0 }))
    .filter((s) => s.count > 0)
    .sort((a, b) => b.count - a.count)
    .slice(0, limit);
}
