import type { MonitoringPanel } from '../contracts/dashboard.ts';
import type { BriefingVitalSigns } from '../contracts/dashboard-export.ts';
import { terms } from '../terms.ts';

/**
 * The briefing's key figures of the day beside the arrivals and cases tables: the same rows,
 * labels and values on the printed page and the workbook's cover.
 */
export const DAY_FIGURE = terms({
  declarations: { zh: '健康申报人次', en: 'Health declarations' },
  entering: { zh: '　其中进入', en: '— of which entering' },
  leaving: { zh: '　其中外出', en: '— of which leaving' },
  stops: { zh: '拦截人次', en: 'Stopped at the gate' },
  feverTemperatures: { zh: '体温异常人次', en: 'Abnormal temperatures' },
  warningsRaised: { zh: '新发预警', en: 'Warnings raised' },
  warningsVerified: { zh: '完成核实', en: 'Warnings verified' },
  openWarnings: { zh: '待核实预警（生成时）', en: 'Warnings open (at generation)' },
  overdueWarnings: { zh: '超时未核实（生成时）', en: 'Overdue (at generation)' },
});
export type DayFigure = (typeof DAY_FIGURE.codes)[number];

export const FIELD_FIGURE = terms({
  workers: { zh: '网格员总数', en: 'Grid workers' },
  onDuty: { zh: '在岗值守', en: 'On duty' },
  activeToday: { zh: '当日活跃', en: 'Active on the day' },
  inactive: { zh: '未活跃', en: 'Inactive' },
  visits: { zh: '入户走访', en: 'Household visits' },
  events: { zh: '事件上报', en: 'Event reports' },
});
export type FieldFigure = (typeof FIELD_FIGURE.codes)[number];

/** Declarations and warnings of the briefing's day; open and overdue are as they stood when it was made. */
export function dayFigures(v: BriefingVitalSigns, day: string): Record<DayFigure, number> {
  const d = v.days.find((x) => x.day === day);
  return {
    declarations: d?.declarations ?? 0,
    entering: d?.entering ?? 0,
    leaving: d?.leaving ?? 0,
    stops: d?.stops ?? 0,
    feverTemperatures: d?.feverTemperatures ?? 0,
    warningsRaised: d?.warningsRaised ?? 0,
    warningsVerified: d?.warningsVerified ?? 0,
    openWarnings: v.openWarnings,
    overdueWarnings: v.overdueWarnings,
  };
}

/** Grid workers by status and the field work of the day. */
export function fieldFigures(m: MonitoringPanel): Record<FieldFigure, number> {
  return {
    workers: m.workers.total,
    onDuty: m.workers.onDuty,
    activeToday: m.workers.activeToday,
    inactive: m.workers.inactive,
    visits: m.visitsToday,
    events: m.eventsToday,
  };
}
