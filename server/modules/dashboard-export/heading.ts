import { fullRegionName } from '../../../common/briefing/panels.ts';
import type { ReportSheet } from '../../excel/report-sheet.ts';

/** What a sheet's figures cover: one day, or a period of days. */
export type Period = { day: string } | { from: string; to: string };

/** Who made a workbook, when, and for which region: printed at the top of every sheet. */
export interface ReportContext {
  region: { code: string; name: string };
  /** Names from the city down to the region. */
  path: string[];
  /** The exporter's display name: never a username or anything that identifies them further. */
  by: string;
  at: Date;
}

/** The tables of a sheet, without its name and title block. */
export type SheetBody = Pick<ReportSheet, 'tables' | 'notes' | 'landscape'>;

/** 'YYYY-MM-DD HH:mm' in China time, whatever the server's zone. */
export function chinaDateTime(at: Date): string {
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}

function periodText(period: Period): string {
  return 'day' in period ? `日期：${period.day}` : `统计期间：${period.from} 至 ${period.to}`;
}

/** The period as it appears in file names. */
export function periodSlug(period: Period): string {
  return 'day' in period ? period.day : `${period.from}_${period.to}`;
}

/** A panel's sheet: its name as title, then region, period, when and by whom. */
export function panelSheet(title: string, context: ReportContext, period: Period, body: SheetBody): ReportSheet {
  return {
    name: title,
    heading: [
      title,
      `区域：${fullRegionName(context.path)}（${context.region.code}）`,
      `${periodText(period)}　　生成时间：${chinaDateTime(context.at)}　　导出人：${context.by}`,
    ],
    ...body,
  };
}
