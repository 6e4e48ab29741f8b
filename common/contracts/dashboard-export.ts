import { Type, type Static } from 'typebox';
import { HighIncidencePanel, IncubationPanel, MonitoringPanel, SummaryPanel } from './dashboard.ts';
import { DeclarationDaily } from './declarations.ts';
import { IsoDateTime, RegionRef } from './shared.ts';

const Day = Type.String({ format: 'date' });

/** Vital signs over the briefing's trend period: the panel's answer with the period it covers. */
export const BriefingVitalSigns = Type.Object({ from: Day, to: Day, ...DeclarationDaily.properties });
export type BriefingVitalSigns = Static<typeof BriefingVitalSigns>;

/**
 * 日报: every panel's figures for one region and day, as the printable page and the Excel
 * workbook show them. Trends cover the 14 days ending on the day, the ranking the 7 days
 * ending on it against the 7 before (common/briefing/panels.ts).
 */
export const Briefing = Type.Object({
  region: RegionRef,
  /** The city down to the region, for the title (聊城市东昌府区…). */
  regionPath: Type.Array(RegionRef),
  day: Day,
  generatedAt: IsoDateTime,
  summary: SummaryPanel,
  incubation: IncubationPanel,
  vitalSigns: BriefingVitalSigns,
  monitoring: MonitoringPanel,
  highIncidence: HighIncidencePanel,
});
export type Briefing = Static<typeof Briefing>;
