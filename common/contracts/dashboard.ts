import { Type, type Static, type TSchema } from 'typebox';
import { CASE_STATUS } from '../cases/vocabulary.ts';
import { EVENT_CATEGORY, ORIGIN_CATEGORY } from '../field/vocabulary.ts';
import { INSTRUCTION_PRIORITY } from '../instructions/vocabulary.ts';

/**
 * The command centre's panels (数据汇总, 潜伏期趋势, 体征监测, 人员监控, 高发案件). The console's
 * overview and the big screen read the same endpoints; every figure comes from the daily
 * counters or a small bounded query, for the region asked (the caller's own by default).
 */
const Day = Type.String({ format: 'date' });
const Region = Type.Object({ code: Type.String(), name: Type.String(), level: Type.Integer() });
/** An object with one property per code of a vocabulary, every one required. */
function perCode<K extends string, S extends TSchema>(codes: readonly K[], schema: S) {
  return Type.Object(Object.fromEntries(codes.map((c) => [c, schema])) as Record<K, S>, { additionalProperties: false });
}
const ByOrigin = perCode(ORIGIN_CATEGORY.codes, Type.Integer());
const ByCaseStatus = perCode(CASE_STATUS.codes, Type.Integer());
const ByEventCategory = perCode(EVENT_CATEGORY.codes, Type.Integer());

export const PanelQuery = Type.Object({
  region: Type.Optional(Type.String({ pattern: '^[0-9]{4,15}$', description: 'A region inside the caller\'s; the caller\'s own by default' })),
  day: Type.Optional(Type.String({ format: 'date', description: 'The day the panel is for (China time); today by default' })),
}, { additionalProperties: false });
export type PanelQuery = Static<typeof PanelQuery>;

export const PeriodQuery = Type.Object({
  region: Type.Optional(Type.String({ pattern: '^[0-9]{4,15}$' })),
  from: Type.String({ format: 'date' }),
  to: Type.String({ format: 'date' }),
}, { additionalProperties: false });
export type PeriodQuery = Static<typeof PeriodQuery>;

const ArrivalFigures = Type.Object({
  today: Type.Integer(),
  last14Days: Type.Integer({ description: 'Arrived on the day or the 13 before it: still inside the 14-day window' }),
  total: Type.Integer(),
});

export const SummaryPanel = Type.Object({
  region: Region,
  day: Day,
  /** Arrivals by origin category (key areas first), and all of them together. */
  arrivals: perCode(ORIGIN_CATEGORY.codes, ArrivalFigures),
  arrivalsAll: ArrivalFigures,
  cases: Type.Object({
    /** In each status at the end of the day. */
    current: ByCaseStatus,
    /** The same at the end of the day before, for the change. */
    previous: ByCaseStatus,
    /** Ever confirmed (现有确诊 + 治愈 + 死亡 among confirmed cases). */
    confirmedTotal: Type.Integer(),
    confirmedTotalPrevious: Type.Integer(),
  }),
});
export type SummaryPanel = Static<typeof SummaryPanel>;

export const IncubationDay = Type.Object({
  day: Day,
  arrivals: ByOrigin,
  departures: ByOrigin,
  /** People inside their 14-day window at the end of the day, by origin category. */
  inWindow: ByOrigin,
});
export const IncubationPanel = Type.Object({ region: Region, days: Type.Array(IncubationDay) });
export type IncubationPanel = Static<typeof IncubationPanel>;

const WorkerFigures = Type.Object({ total: Type.Integer(), onDuty: Type.Integer(), activeToday: Type.Integer(), inactive: Type.Integer() });
export const MonitoringRegionRow = Type.Object({
  region: Region,
  workers: WorkerFigures,
  visitsToday: Type.Integer(),
  eventsToday: Type.Integer(),
  arrivalsToday: Type.Integer(),
  declarationsToday: Type.Integer(),
  openWarnings: Type.Integer(),
});
export const MonitoringPanel = Type.Object({
  region: Region,
  day: Day,
  workers: WorkerFigures,
  visitsToday: Type.Integer(),
  eventsToday: Type.Integer(),
  /** Events per day by category over the 14 days ending on `day`. */
  eventsByDay: Type.Array(Type.Object({ day: Day, byCategory: ByEventCategory })),
  /** One row per region one level down (empty at grid level). */
  children: Type.Array(MonitoringRegionRow),
});
export type MonitoringPanel = Static<typeof MonitoringPanel>;

export const RankedRegion = Type.Object({ region: Region, count: Type.Integer(), previous: Type.Integer() });
export const HighIncidencePanel = Type.Object({
  region: Region,
  from: Day,
  to: Day,
  /** The period of the same length just before, for the change. */
  previousFrom: Day,
  previousTo: Day,
  categories: Type.Array(Type.Object({
    category: Type.Enum(EVENT_CATEGORY.codes),
    total: Type.Integer(),
    previousTotal: Type.Integer(),
    /** Regions one level down, most events first (ties by code); those with none left out. */
    regions: Type.Array(RankedRegion),
  })),
});
export type HighIncidencePanel = Static<typeof HighIncidencePanel>;

/** The latest happenings for the big screen's ticker: no personal data, only what and where. */
export const TickerItem = Type.Object({
  kind: Type.Enum(['event', 'warning', 'arrival', 'case']),
  at: Type.String({ format: 'date-time' }),
  label: Type.String({ description: 'Category or status code of the item' }),
  region: Type.Object({ code: Type.String(), name: Type.String() }),
  path: Type.String({ description: 'District › street › community, for the reader' }),
});
export const Ticker = Type.Object({ items: Type.Array(TickerItem) });
export type Ticker = Static<typeof Ticker>;

const CommandFigures = {
  instructionReceipts: Type.Integer({ description: 'Receipts of the instructions sent on the day, inside the region' }),
  instructionsRead: Type.Integer(),
  instructionsDone: Type.Integer(),
  instructionsOverdue: Type.Integer({ description: 'Not done and past their deadline' }),
  eventsOpen: Type.Integer({ description: 'Events waiting for a step (立案派遣, 处置, 核查, 结案)' }),
  eventsOverdue: Type.Integer({ description: 'Open events past their step\'s deadline' }),
  eventsClosed: Type.Integer({ description: 'Events closed on the day' }),
  eventsClosedOnTime: Type.Integer({ description: 'Of those, closed with no step late' }),
};

/** 指挥调度: the loop at a glance — the day's instructions down to the grids, and the events by step, overdue and on time. */
export const CommandPanel = Type.Object({
  region: Region,
  day: Day,
  ...CommandFigures,
  eventsByStep: Type.Object({ dispatch: Type.Integer(), handle: Type.Integer(), verify: Type.Integer(), close: Type.Integer() }),
  eventsEscalated: Type.Integer({ description: 'Open events under the supervision (督办) of a region inside this one' }),
  instructions: Type.Array(Type.Object({
    id: Type.String(), title: Type.String(), priority: Type.Enum(INSTRUCTION_PRIORITY.codes), sentAt: Type.String({ format: 'date-time' }),
    receipts: Type.Integer(), read: Type.Integer(), done: Type.Integer(), overdue: Type.Integer(),
  }), { description: 'The day\'s instructions reaching the region, newest first (at most 10)' }),
  children: Type.Array(Type.Object({ code: Type.String(), name: Type.String(), ...CommandFigures })),
});
export type CommandPanel = Static<typeof CommandPanel>;
