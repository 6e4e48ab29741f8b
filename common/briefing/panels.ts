import { addDays } from '../time.ts';
import { terms } from '../terms.ts';

/** The dashboard panels that export to Excel, by the name their export URL uses. */
export const EXPORT_PANEL = terms({
  summary: { zh: '数据汇总', en: 'Data summary' },
  incubation: { zh: '潜伏期趋势', en: 'Incubation trend' },
  'vital-signs': { zh: '体征监测', en: 'Vital signs' },
  monitoring: { zh: '疫情案件、人员监控', en: 'Case and personnel monitoring' },
  'high-incidence': { zh: '高发案件', en: 'High incidence' },
});
export type ExportPanel = (typeof EXPORT_PANEL.codes)[number];

/** The briefing's trends cover the incubation window ending on its day… */
const BRIEFING_TREND_DAYS = 14;
/** …and its ranking one week, against the week before. */
const BRIEFING_RANKING_DAYS = 7;

export interface DayPeriod {
  from: string;
  to: string;
}

/** The periods a briefing for `day` reports on: both end on the day. */
export function briefingPeriods(day: string): { trend: DayPeriod; ranking: DayPeriod } {
  return {
    trend: { from: addDays(day, 1 - BRIEFING_TREND_DAYS), to: day },
    ranking: { from: addDays(day, 1 - BRIEFING_RANKING_DAYS), to: day },
  };
}

/**
 * A region's full name from the city down, written the way official documents do
 * (聊城市东昌府区古楼街道). A name that already starts with its parent's (古城社区 › 古城社区第1网格)
 * replaces the parent rather than repeating it.
 */
export function fullRegionName(path: readonly string[]): string {
  const kept: string[] = [];
  for (const name of path) {
    const parent = kept.at(-1);
    if (parent !== undefined && name.startsWith(parent)) kept.pop();
    kept.push(name);
  }
  return kept.join('');
}

/** 「聊城市东昌府区疫情防控日报」: the briefing's title, on paper and in the workbook. */
export function briefingTitle(path: readonly string[]): string {
  return `${fullRegionName(path)}疫情防控日报`;
}
