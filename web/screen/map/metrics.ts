import type { MonitoringPanel } from '../../../common/contracts/dashboard.ts';

type Row = MonitoringPanel['children'][number];

/** Figures the map is coloured by, one at a time, from the monitoring panel's per-region rows. */
export const MAP_METRICS: { key: string; label: string; short: string; of: (row: Row) => number }[] = [
  { key: 'declarations', label: '今日申报人次', short: '申报', of: (r) => r.declarationsToday },
  { key: 'arrivals', label: '今日来（返）聊', short: '来聊', of: (r) => r.arrivalsToday },
  { key: 'events', label: '今日上报事件', short: '事件', of: (r) => r.eventsToday },
  { key: 'warnings', label: '待核实预警', short: '预警', of: (r) => r.openWarnings },
  { key: 'visits', label: '今日走访', short: '走访', of: (r) => r.visitsToday },
];
