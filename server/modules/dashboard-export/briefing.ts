import { briefingPeriods } from '../../../common/briefing/panels.ts';
import type { PanelQuery } from '../../../common/contracts/dashboard.ts';
import type { Briefing } from '../../../common/contracts/dashboard-export.ts';
import type { Actor } from '../../core/actor.ts';
import type { AppServices } from '../../core/services.ts';
import { declarationDaily } from '../declarations/daily.ts';
import { highIncidencePanel } from '../dashboard/high-incidence.ts';
import { incubationPanel } from '../dashboard/incubation.ts';
import { monitoringPanel } from '../dashboard/monitoring.ts';
import { panelDay, panelRegion } from '../regions/panel-region.ts';
import { summaryPanel } from '../dashboard/summary.ts';
import { regionPathOf } from './region-path.ts';

/**
 * 日报: every panel for one region and day, read with the panels' own functions so the figures
 * are the dashboard's to the digit. The region is resolved and checked once, first.
 */
export async function buildBriefing(services: AppServices, actor: Actor, q: PanelQuery, now = new Date()): Promise<Briefing> {
  const db = services.database.db;
  const { region } = await panelRegion(db, actor, q.region);
  const day = panelDay(q.day, now);
  const { trend, ranking } = briefingPeriods(day);
  const at = { region: region.code };
  const [regionPath, summary, incubation, vital, monitoring, highIncidence] = await Promise.all([
    regionPathOf(db, region.code),
    summaryPanel(db, actor, { ...at, day }, now),
    incubationPanel(db, actor, { ...at, ...trend }),
    declarationDaily(services, actor, { ...at, ...trend }, now),
    monitoringPanel(db, actor, { ...at, day }, now),
    highIncidencePanel(db, actor, { ...at, ...ranking }),
  ]);
  return {
    region, regionPath, day, generatedAt: now.toISOString(),
    summary, incubation, vitalSigns: { ...trend, ...vital }, monitoring, highIncidence,
  };
}
