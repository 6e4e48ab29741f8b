import { Type, type Static } from 'typebox';
import { EVENT_CATEGORY } from '../field/vocabulary.ts';
import { TEXT_LIMITS } from '../field/rules.ts';
import { AREA_KIND, DEPARTMENT_KIND, EVENT_PRIORITY, EVENT_REQUEST_KIND, EVENT_SOURCE } from '../events/vocabulary.ts';
import { EVENT_STEPS } from '../events/workflow.ts';
import { TIME_LIMIT_BOUNDS } from '../events/time-limits.ts';
import { IsoDateTime, Nullable, RegionRef } from './shared.ts';

/** Request and response shapes of event dispatch (事件交办): departments, steps, time limits, requests, statistics. */
const RegionCode = Type.String({ pattern: '^[0-9]{4}([0-9]{2}([0-9]{3}([0-9]{3}([0-9]{3})?)?)?)?$' });
const Note = Type.String({ maxLength: TEXT_LIMITS.note });
const Reason = Type.String({ minLength: 1, maxLength: TEXT_LIMITS.note });

export const DepartmentView = Type.Object({
  id: Type.String(),
  region: RegionRef,
  kind: Type.Enum(DEPARTMENT_KIND.codes),
  name: Type.String(),
  active: Type.Boolean(),
  accounts: Type.Integer({ description: 'Active accounts bound to the department' }),
});
export type DepartmentView = Static<typeof DepartmentView>;

export const DepartmentList = Type.Object({ items: Type.Array(DepartmentView) });

export const DepartmentQuery = Type.Object({
  region: Type.Optional(RegionCode),
  serving: Type.Optional(Type.String({ pattern: '^[0-9]{15}$', description: 'A grid code: only the active departments an event of that grid may be dispatched to (those whose region holds it)' })),
}, { additionalProperties: false });

export const DepartmentCreate = Type.Object({
  regionCode: RegionCode,
  kind: Type.Enum(DEPARTMENT_KIND.codes),
  name: Type.String({ minLength: 1, maxLength: 60 }),
}, { additionalProperties: false });
export type DepartmentCreate = Static<typeof DepartmentCreate>;

export const DepartmentUpdate = Type.Object({
  kind: Type.Optional(Type.Enum(DEPARTMENT_KIND.codes)),
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 60 })),
  active: Type.Optional(Type.Boolean()),
}, { additionalProperties: false });
export type DepartmentUpdate = Static<typeof DepartmentUpdate>;

export const Assignee = Type.Object({
  kind: Type.Union([Type.Literal('department'), Type.Literal('user')]),
  id: Type.String(),
  name: Type.String(),
});

/** What dispatch adds to an event's view: priority, source, assignee and the current step's clock. */
export const DispatchState = {
  priority: Type.Enum(EVENT_PRIORITY.codes),
  source: Type.Enum(EVENT_SOURCE.codes),
  assignee: Nullable(Assignee),
  step: Nullable(Type.Enum(EVENT_STEPS, { description: 'What the event waits for; null once closed, rejected or voided' })),
  dueAt: Nullable(IsoDateTime),
  overdue: Type.Boolean({ description: 'The current step is past its deadline' }),
  suspended: Type.Boolean({ description: 'Suspended (缓办) with the dispatcher\'s approval: the clock is stopped' }),
  escalated: Type.Boolean({ description: 'Overdue on the current step and passed to the parent level\'s supervision (督办)' }),
  supervisionRegion: Nullable(Type.String({ description: 'The region whose supervision queue holds it' })),
  handledOnSpot: Type.Boolean({ description: 'Handled by the reporting worker on the spot (自行处置)' }),
  returns: Type.Integer(),
  reworks: Type.Integer({ description: 'Verifications that failed and sent it back' }),
  canAct: Type.Array(Type.String(), { description: 'The actions the caller may take now' }),
};

export const AcceptBody = Type.Object({ note: Type.Optional(Note) }, { additionalProperties: false });
export const RejectBody = Type.Object({ note: Reason }, { additionalProperties: false });
export const DispatchBody = Type.Object({
  departmentId: Type.Optional(Type.String({ format: 'uuid' })),
  userId: Type.Optional(Type.String({ format: 'uuid' })),
  note: Type.Optional(Note),
  priority: Type.Optional(Type.Enum(EVENT_PRIORITY.codes, { description: 'Raises or lowers the event\'s priority as it is dispatched' })),
}, { additionalProperties: false, description: 'Exactly one of departmentId and userId' });
export type DispatchBody = Static<typeof DispatchBody>;
export const HandleBody = Type.Object({ note: Reason }, { additionalProperties: false });
export type HandleBody = Static<typeof HandleBody>;
export const ReturnBody = Type.Object({ reason: Reason }, { additionalProperties: false });
export const VerifyBody = Type.Object({
  passed: Type.Boolean(),
  note: Type.Optional(Note),
}, { additionalProperties: false, description: 'A failed verification needs a note and sends the event back to its assignee' });
export type VerifyBody = Static<typeof VerifyBody>;
export const CloseBody = Type.Object({ note: Type.Optional(Note) }, { additionalProperties: false });

export const EventRequestCreate = Type.Object({
  kind: Type.Enum(EVENT_REQUEST_KIND.codes),
  reason: Reason,
  minutes: Type.Optional(Type.Integer({ minimum: 1, maximum: TIME_LIMIT_BOUNDS.maxMinutes, description: 'For an extension: how much longer' })),
}, { additionalProperties: false });
export type EventRequestCreate = Static<typeof EventRequestCreate>;

export const EventRequestDecision = Type.Object({
  approved: Type.Boolean(),
  note: Type.Optional(Note),
}, { additionalProperties: false });
export type EventRequestDecision = Static<typeof EventRequestDecision>;

export const EventRequestView = Type.Object({
  id: Type.String(),
  kind: Type.Enum(EVENT_REQUEST_KIND.codes),
  reason: Type.String(),
  minutes: Nullable(Type.Integer()),
  requestedBy: Type.String(),
  requestedAt: IsoDateTime,
  decidedBy: Nullable(Type.String()),
  decidedAt: Nullable(IsoDateTime),
  approved: Nullable(Type.Boolean()),
  decisionNote: Nullable(Type.String()),
});
export type EventRequestView = Static<typeof EventRequestView>;

export const TimeLimitRuleBody = Type.Object({
  step: Type.Enum(EVENT_STEPS),
  category: Nullable(Type.Enum(EVENT_CATEGORY.codes)),
  priority: Nullable(Type.Enum(EVENT_PRIORITY.codes)),
  area: Nullable(Type.Enum(AREA_KIND.codes)),
  minutes: Type.Integer({ minimum: TIME_LIMIT_BOUNDS.minMinutes, maximum: TIME_LIMIT_BOUNDS.maxMinutes }),
  workingHours: Type.Boolean(),
}, { additionalProperties: false });

export const TimeLimits = Type.Object({
  rules: Type.Array(TimeLimitRuleBody, { maxItems: TIME_LIMIT_BOUNDS.maxRules, description: 'The most specific matching rule wins (category, then priority, then area); every step needs a rule that matches anything' }),
}, { additionalProperties: false });
export type TimeLimits = Static<typeof TimeLimits>;

export const NearbyWorker = Type.Object({
  userId: Type.String(),
  name: Type.String(),
  grid: Type.Object({ code: Type.String(), name: Type.String() }),
  onDuty: Type.Boolean(),
  distanceM: Type.Integer(),
  fixAt: IsoDateTime,
  fixAgeS: Type.Integer(),
});
export const NearbyWorkers = Type.Object({ items: Type.Array(NearbyWorker) });
export type NearbyWorkers = Static<typeof NearbyWorkers>;

export const STATS_GROUPS = ['region', 'department', 'category', 'source', 'day', 'month'] as const;

export const DispatchStatsQuery = Type.Object({
  region: Type.Optional(RegionCode),
  from: Type.Optional(Type.String({ format: 'date' })),
  to: Type.Optional(Type.String({ format: 'date' })),
  by: Type.Optional(Type.Enum(STATS_GROUPS, { default: 'region' })),
}, { additionalProperties: false });

export const DispatchFigures = Type.Object({
  reported: Type.Integer({ description: '上报数' }),
  registered: Type.Integer({ description: '立案数' }),
  registeredOnTime: Type.Integer({ description: '按时立案（派遣）数' }),
  dispatched: Type.Integer({ description: '派遣数' }),
  dispatchedAccurately: Type.Integer({ description: '准确派遣数: not returned' }),
  handled: Type.Integer({ description: '处置数' }),
  handledOnTime: Type.Integer({ description: '按期处置数' }),
  handledLate: Type.Integer({ description: '超期处置数' }),
  overdueOpen: Type.Integer({ description: '超期未处置数' }),
  dueToClose: Type.Integer({ description: '应结案数: registered and not voided' }),
  closed: Type.Integer({ description: '结案数' }),
  closedOnTime: Type.Integer({ description: '按期结案数: no step late' }),
  reworked: Type.Integer({ description: '返工数: events with a failed verification' }),
  handledOnSpot: Type.Integer({ description: '自行处置数' }),
  returned: Type.Integer(),
  extended: Type.Integer(),
  suspended: Type.Integer(),
  voided: Type.Integer(),
  escalated: Type.Integer({ description: 'Under supervision (督办)' }),
  avgHandleMinutes: Nullable(Type.Number({ description: '平均处置时长: dispatch to handled' })),
  rates: Type.Object({
    registeredOnTime: Nullable(Type.Number({ description: '按时立案率' })),
    dispatchAccuracy: Nullable(Type.Number({ description: '准确派遣率' })),
    handledOnTime: Nullable(Type.Number({ description: '按期处置率' })),
    closed: Nullable(Type.Number({ description: '结案率 = 结案数 / 应结案数' })),
    closedOnTime: Nullable(Type.Number({ description: '按期结案率 = 按期结案数 / 应结案数' })),
    rework: Nullable(Type.Number({ description: '返工率' })),
  }),
});
export type DispatchFigures = Static<typeof DispatchFigures>;

export const DispatchStats = Type.Object({
  region: RegionRef,
  from: Type.String(),
  to: Type.String(),
  by: Type.Enum(STATS_GROUPS),
  total: DispatchFigures,
  rows: Type.Array(Type.Object({ key: Type.String(), name: Type.String(), ...DispatchFigures.properties })),
});
export type DispatchStats = Static<typeof DispatchStats>;
