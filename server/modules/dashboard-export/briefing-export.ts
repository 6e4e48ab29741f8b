import { briefingTitle, EXPORT_PANEL } from '../../../common/briefing/panels.ts';
import type { PanelQuery } from '../../../common/contracts/dashboard.ts';
import { xlsxBuffer } from '../../excel/inert.ts';
import { addReportSheet, newReportWorkbook } from '../../excel/report-sheet.ts';
import type { Actor } from '../../core/actor.ts';
import type { AppServices } from '../../core/services.ts';
import { recordAudit } from '../audit/service.ts';
import { buildBriefing } from './briefing.ts';
import { panelSheet, type ReportContext } from './heading.ts';
import type { ExportFile } from './panel-export.ts';
import { coverSheet } from './sheets/cover.ts';
import { highIncidenceBody } from './sheets/high-incidence.ts';
import { incubationBody } from './sheets/incubation.ts';
import { monitoringBody } from './sheets/monitoring.ts';
import { vitalSignsBody } from './sheets/vital-signs.ts';

/** 日报 as a workbook: the cover with the day's key figures, then one sheet per panel. Audited. */
export async function exportBriefing(services: AppServices, actor: Actor, q: PanelQuery, requestId: string, now = new Date()): Promise<ExportFile> {
  const b = await buildBriefing(services, actor, q, now);
  const path = b.regionPath.map((r) => r.name);
  const context: ReportContext = { region: b.region, path, by: actor.displayName, at: now };
  const trend = { from: b.vitalSigns.from, to: b.day };
  const workbook = newReportWorkbook(now);
  addReportSheet(workbook, coverSheet(b, context));
  addReportSheet(workbook, panelSheet(EXPORT_PANEL.labels.incubation.zh, context, trend, incubationBody(b.incubation)));
  addReportSheet(workbook, panelSheet(EXPORT_PANEL.labels['vital-signs'].zh, context, trend, vitalSignsBody(b.vitalSigns)));
  addReportSheet(workbook, panelSheet(EXPORT_PANEL.labels.monitoring.zh, context, { day: b.day }, monitoringBody(b.monitoring)));
  addReportSheet(workbook, panelSheet(EXPORT_PANEL.labels['high-incidence'].zh, context, { from: b.highIncidence.from, to: b.day }, highIncidenceBody(b.highIncidence)));
  const content = await xlsxBuffer(workbook);
  await services.database.transaction((tx) => recordAudit(tx, actor, {
    action: 'export.briefing', targetType: 'dashboard', regionCode: b.region.code,
    detail: { region: b.region.code, day: b.day, requestId },
  }));
  return { content, fileName: `${briefingTitle(path)}_${b.day}.xlsx`, asciiName: `briefing-${b.region.code}-${b.day}.xlsx` };
}
