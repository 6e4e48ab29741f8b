import { EXPORT_PANEL, type ExportPanel } from '../../../common/briefing/panels.ts';
import { xlsxBuffer } from '../../excel/inert.ts';
import { addReportSheet, newReportWorkbook } from '../../excel/report-sheet.ts';
import type { Actor } from '../../core/actor.ts';
import type { AppServices } from '../../core/services.ts';
import { recordAudit } from '../audit/service.ts';
import { panelRegion } from '../regions/panel-region.ts';
import { panelSheet, periodSlug, type Period, type SheetBody } from './heading.ts';
import { regionPathOf } from './region-path.ts';

/** One panel's Excel form: its figures, read with the panel's own function, as a sheet. */
export interface PanelExport<Q extends { region?: string }> {
  panel: ExportPanel;
  /** For a region already resolved inside the caller's scope; the panel function checks it again. */
  load(services: AppServices, actor: Actor, query: Q & { region: string }, now: Date): Promise<{ period: Period; body: SheetBody }>;
}

export interface ExportFile {
  content: Buffer;
  /** Chinese, for today's browsers… */
  fileName: string;
  /** …and ASCII, for the rest. */
  asciiName: string;
}

/**
 * A panel as a one-sheet workbook. The region is resolved (and refused when outside the
 * caller's scope) before anything is read; the export is audited with what and where only:
 * panels are aggregates and carry no personal data.
 */
export async function exportPanel<Q extends { region?: string }>(
  services: AppServices, actor: Actor, def: PanelExport<Q>, query: Q, requestId: string, now = new Date(),
): Promise<ExportFile> {
  const db = services.database.db;
  const { region } = await panelRegion(db, actor, query.region);
  const [{ period, body }, path] = await Promise.all([
    def.load(services, actor, { ...query, region: region.code }, now),
    regionPathOf(db, region.code),
  ]);
  const title = EXPORT_PANEL.labels[def.panel].zh;
  const workbook = newReportWorkbook(now);
  addReportSheet(workbook, panelSheet(title, { region, path: path.map((r) => r.name), by: actor.displayName, at: now }, period, body));
  const content = await xlsxBuffer(workbook);
  await services.database.transaction((tx) => recordAudit(tx, actor, {
    action: 'export.dashboard', targetType: 'dashboard', regionCode: region.code,
    detail: { panel: def.panel, region: region.code, period, requestId },
  }));
  const slug = periodSlug(period);
  return { content, fileName: `${title}_${region.name}_${slug}.xlsx`, asciiName: `${def.panel}-${region.code}-${slug}.xlsx` };
}
