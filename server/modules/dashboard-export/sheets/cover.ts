import { DAY_FIGURE, dayFigures, FIELD_FIGURE, fieldFigures, type DayFigure, type FieldFigure } from '../../../../common/briefing/figures.ts';
import { briefingTitle, fullRegionName } from '../../../../common/briefing/panels.ts';
import type { Briefing } from '../../../../common/contracts/dashboard-export.ts';
import { reportTable, type ReportSheet } from '../../../excel/report-sheet.ts';
import { chinaDateTime, type ReportContext } from '../heading.ts';
import { summaryTables } from './summary.ts';

const WEEKDAYS = '日一二三四五六';

function weekday(day: string): string {
  return `星期${WEEKDAYS[new Date(`${day}T00:00:00Z`).getUTCDay()]}`;
}

/** The briefing's first sheet: title, date, and the day's key figures; the panels follow on their own sheets. */
export function coverSheet(b: Briefing, context: ReportContext): ReportSheet {
  const day = dayFigures(b.vitalSigns, b.day);
  const field = fieldFigures(b.monitoring);
  return {
    name: '日报',
    heading: [
      briefingTitle(context.path),
      `${b.day}（${weekday(b.day)}）　　${fullRegionName(context.path)}（${b.region.code}）`,
      `生成时间：${chinaDateTime(context.at)}　　制表：${context.by}`,
    ],
    tables: [
      ...summaryTables(b.summary),
      reportTable<DayFigure>([
        { header: '指标', format: 'text', value: (f) => DAY_FIGURE.labels[f].zh },
        { header: '数值', value: (f) => day[f] },
      ], DAY_FIGURE.codes, { caption: '当日健康申报与预警' }),
      reportTable<FieldFigure>([
        { header: '指标', format: 'text', value: (f) => FIELD_FIGURE.labels[f].zh },
        { header: '数值', value: (f) => field[f] },
      ], FIELD_FIGURE.codes, { caption: '当日网格员与基层工作' }),
    ],
    notes: [
      `后附工作表：潜伏期趋势、体征监测（${b.vitalSigns.from} 至 ${b.day}），人员监控（当日），高发案件（${b.highIncidence.from} 至 ${b.day}，对比前7天）。`,
      '本日报仅含汇总数字，不含个人信息；导出已记入审计日志。',
    ],
    freezeHeader: false,
  };
}
