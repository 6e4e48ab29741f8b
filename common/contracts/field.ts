import { Type, type Static } from 'typebox';
import { CRS_VALUES } from '../geo/crs.ts';
import { EVENT_STATUSES, EVENT_STEPS } from '../events/workflow.ts';
import { EVENT_PRIORITY } from '../events/vocabulary.ts';
import { DispatchState, EventRequestView } from './dispatch.ts';
import {
  DIRECTION, EVENT_CATEGORY, HEALTH_STATUS, ORIGIN_CATEGORY, RELATION, SEX, TRANSPORT, VISIT_OUTCOME,
} from '../field/vocabulary.ts';
import { TEXT_LIMITS } from '../field/rules.ts';
import { Nullable, Page, PageFields, Paging } from './shared.ts';

/** Request and response shapes of the field-work API (households, persons, movements, visits, events, duty). */
const ClientId = Type.String({ format: 'uuid', description: 'Made by the client when the record is created; a retry with the same id is stored once' });
const Day = Type.String({ format: 'date', description: 'YYYY-MM-DD (China time)' });
const Instant = Type.String({ format: 'date-time' });
const Text = (max: number, min = 0) => Type.String({ minLength: min, maxLength: max });

export const Location = Type.Object({
  lon: Type.Number({ minimum: -180, maximum: 180 }),
  lat: Type.Number({ minimum: -90, maximum: 90 }),
  crs: Type.Enum(CRS_VALUES, { default: 'wgs84', description: 'Coordinate system of lon/lat; stored as WGS-84' }),
  accuracy: Type.Optional(Type.Number({ minimum: 0, maximum: 100_000, description: 'GPS accuracy in metres' })),
}, { additionalProperties: false });
export type Location = Static<typeof Location>;

export const GridRef = Type.Object({ code: Type.String(), name: Type.String() });

// Households
export const HouseholdCreate = Type.Object({
  id: ClientId,
  address: Text(TEXT_LIMITS.address, 1),
  location: Type.Optional(Location),
  gridCode: Type.Optional(Type.String({ pattern: '^[0-9]{15}$', description: 'When no location is given: the grid, which must be inside the caller\'s region' })),
  note: Type.Optional(Text(TEXT_LIMITS.note)),
  confirmDuplicate: Type.Optional(Type.Boolean({ description: 'Register it even though the grid has a household at the same address (normalised); without it such a create answers 409 HOUSEHOLD_DUPLICATE_ADDRESS' })),
}, { additionalProperties: false });
export type HouseholdCreate = Static<typeof HouseholdCreate>;

export const HouseholdView = Type.Object({
  id: Type.String(),
  grid: GridRef,
  address: Type.String(),
  lon: Nullable(Type.Number()),
  lat: Nullable(Type.Number()),
  note: Nullable(Type.String()),
  memberCount: Type.Integer(),
  lastVisitAt: Nullable(Instant),
  createdAt: Instant,
});
export type HouseholdView = Static<typeof HouseholdView>;

/** A household already registered at an address (409 HOUSEHOLD_DUPLICATE_ADDRESS, the same-address lookup). */
export const HouseholdMatch = Type.Object({
  ...HouseholdView.properties,
  /** The head's name, masked as person lists mask it. */
  headName: Nullable(Type.String()),
});
export type HouseholdMatch = Static<typeof HouseholdMatch>;

// Persons
export const PersonCreate = Type.Object({
  id: ClientId,
  householdId: Type.Optional(Type.String({ format: 'uuid' })),
  gridCode: Type.Optional(Type.String({ pattern: '^[0-9]{15}$', description: 'Required without householdId' })),
  name: Text(TEXT_LIMITS.name, 1),
  idNumber: Type.Optional(Type.String({ maxLength: 20 })),
  phone: Type.Optional(Type.String({ maxLength: 20 })),
  sex: Type.Optional(Type.Enum(SEX.codes)),
  birthDate: Type.Optional(Day),
  relation: Type.Optional(Type.Enum(RELATION.codes)),
}, { additionalProperties: false });
export type PersonCreate = Static<typeof PersonCreate>;

export const PersonView = Type.Object({
  id: Type.String(),
  householdId: Nullable(Type.String()),
  grid: GridRef,
  /** Masked (张*明) except for the grid's own worker and on the detail page. */
  name: Type.String(),
  idNumberMasked: Nullable(Type.String({ description: 'City prefix and check character only: 3715*************X' })),
  phoneMasked: Nullable(Type.String()),
  sex: Nullable(Type.Enum(SEX.codes)),
  /** The year only: the full date beside the masked number would undo the mask (docs/api.md). */
  birthYear: Nullable(Type.Integer({ description: 'Year of birth; the full date comes only from the audited reveal' })),
  relation: Nullable(Type.Enum(RELATION.codes)),
  createdAt: Instant,
});
export type PersonView = Static<typeof PersonView>;

export const PersonRevealed = Type.Object({ idNumber: Nullable(Type.String()), phone: Nullable(Type.String()), birthDate: Nullable(Day) });
export type PersonRevealed = Static<typeof PersonRevealed>;

// Movements (arrivals and departures)
export const MovementCreate = Type.Object({
  id: ClientId,
  personId: Type.String({ format: 'uuid' }),
  direction: Type.Enum(DIRECTION.codes),
  category: Type.Enum(ORIGIN_CATEGORY.codes, { description: 'Where the person came from (arrival) or goes to (departure)' }),
  province: Type.Optional(Text(TEXT_LIMITS.place)),
  city: Type.Optional(Text(TEXT_LIMITS.place)),
  leftOn: Type.Optional(Day),
  arrivedOn: Type.Optional(Day),
  transport: Type.Optional(Type.Enum(TRANSPORT.codes)),
  healthStatus: Type.Enum(HEALTH_STATUS.codes),
  note: Type.Optional(Text(TEXT_LIMITS.note)),
}, { additionalProperties: false });
export type MovementCreate = Static<typeof MovementCreate>;

export const MovementView = Type.Object({
  id: Type.String(),
  personId: Type.String(),
  personName: Type.String(),
  grid: GridRef,
  direction: Type.Enum(DIRECTION.codes),
  category: Type.Enum(ORIGIN_CATEGORY.codes),
  province: Nullable(Type.String()),
  city: Nullable(Type.String()),
  leftOn: Nullable(Day),
  arrivedOn: Nullable(Day),
  transport: Nullable(Type.Enum(TRANSPORT.codes)),
  healthStatus: Type.Enum(HEALTH_STATUS.codes),
  observationEndsOn: Nullable(Day),
  inObservation: Type.Boolean(),
  note: Nullable(Type.String()),
  createdAt: Instant,
});
export type MovementView = Static<typeof MovementView>;

// Visits
export const VisitCreate = Type.Object({
  id: ClientId,
  householdId: Type.String({ format: 'uuid' }),
  visitedAt: Instant,
  metCount: Type.Integer({ minimum: 0, maximum: 99, description: 'People met' }),
  outcome: Type.Enum(VISIT_OUTCOME.codes),
  note: Type.Optional(Text(TEXT_LIMITS.note)),
  location: Type.Optional(Location),
}, { additionalProperties: false });
export type VisitCreate = Static<typeof VisitCreate>;

export const VisitView = Type.Object({
  id: Type.String(),
  householdId: Type.String(),
  address: Type.String(),
  grid: GridRef,
  visitedAt: Instant,
  metCount: Type.Integer(),
  outcome: Type.Enum(VISIT_OUTCOME.codes),
  note: Nullable(Type.String()),
  workerName: Type.String(),
});
export type VisitView = Static<typeof VisitView>;

// Events
export const EventCreate = Type.Object({
  id: ClientId,
  category: Type.Enum(EVENT_CATEGORY.codes),
  description: Text(TEXT_LIMITS.description, 1),
  occurredAt: Instant,
  location: Location,
  priority: Type.Optional(Type.Enum(EVENT_PRIORITY.codes, { default: 'normal' })),
  handledOnSpot: Type.Optional(Type.Boolean({ description: 'Handled on the spot by the reporter (自行处置): the event starts handled and waits for verification; the description says what was done' })),
}, { additionalProperties: false });
export type EventCreate = Static<typeof EventCreate>;

export const EventPhotoView = Type.Object({ id: Type.String(), url: Type.String(), width: Type.Integer(), height: Type.Integer(), bytes: Type.Integer() });

export const EventView = Type.Object({
  id: Type.String(),
  category: Type.Enum(EVENT_CATEGORY.codes),
  description: Type.String(),
  occurredAt: Instant,
  lon: Type.Number(),
  lat: Type.Number(),
  grid: GridRef,
  needsReview: Type.Boolean(),
  reviewReason: Nullable(Type.String()),
  status: Type.Enum(EVENT_STATUSES),
  statusNote: Nullable(Type.String()),
  reporterName: Type.String(),
  photos: Type.Array(EventPhotoView, { description: 'The report\'s photos' }),
  handlePhotos: Type.Array(EventPhotoView, { description: 'The handling\'s photos (处置)' }),
  createdAt: Instant,
  ...DispatchState,
});
export type EventView = Static<typeof EventView>;


// Duty
export const ShiftStart = Type.Object({
  id: ClientId,
  checkpointName: Text(TEXT_LIMITS.checkpointName, 1),
  startedAt: Instant,
  location: Type.Optional(Location),
}, { additionalProperties: false });
export type ShiftStart = Static<typeof ShiftStart>;

export const ShiftEnd = Type.Object({ endedAt: Instant }, { additionalProperties: false });

export const ShiftView = Type.Object({
  id: Type.String(),
  workerName: Type.String(),
  grid: GridRef,
  checkpointName: Type.String(),
  startedAt: Instant,
  endedAt: Nullable(Instant),
  lastHeartbeatAt: Nullable(Instant),
});
export type ShiftView = Static<typeof ShiftView>;

export const HeartbeatCreate = Type.Object({
  id: ClientId,
  shiftId: Type.String({ format: 'uuid' }),
  at: Instant,
  location: Location,
}, { additionalProperties: false });
export type HeartbeatCreate = Static<typeof HeartbeatCreate>;

export const WORKER_STATUSES = ['on_duty', 'active_today', 'inactive'] as const;
export const WorkerStatusView = Type.Object({
  userId: Type.String(),
  username: Type.String(),
  displayName: Type.String(),
  grid: GridRef,
  status: Type.Enum(WORKER_STATUSES),
  lastActivityAt: Nullable(Instant),
  lastLon: Nullable(Type.Number()),
  lastLat: Nullable(Type.Number()),
  today: Type.Object({ visits: Type.Integer(), events: Type.Integer(), movements: Type.Integer(), households: Type.Integer(), persons: Type.Integer(), dutyMinutes: Type.Integer() }),
  openShift: Nullable(ShiftView),
});
export type WorkerStatusView = Static<typeof WorkerStatusView>;

export { Page };

/** Home screen of the field app: the worker's grids and today's figures. */
export const FieldSummary = Type.Object({
  grids: Type.Array(Type.Object({ code: Type.String(), name: Type.String(), chain: Type.Array(Type.Object({ code: Type.String(), name: Type.String(), level: Type.Integer() })), centroid: Nullable(Type.Tuple([Type.Number(), Type.Number()])) })),
  today: Type.Object({ visits: Type.Integer(), events: Type.Integer(), movements: Type.Integer(), households: Type.Integer(), persons: Type.Integer(), dutyMinutes: Type.Integer() }),
  totals: Type.Object({ households: Type.Integer(), persons: Type.Integer(), inObservation: Type.Integer() }),
  openShift: Nullable(ShiftView),
});
export type FieldSummary = Static<typeof FieldSummary>;

// Details and list queries
/** A member inside the 14-day observation window after an arrival, today. */
export const MemberObservation = Type.Object({ personId: Type.String(), observationEndsOn: Day });
export type MemberObservation = Static<typeof MemberObservation>;

export const HouseholdDetail = Type.Object({
  household: HouseholdView,
  members: Type.Array(PersonView),
  visits: Type.Array(VisitView),
  observation: Type.Array(MemberObservation, { description: 'Members under observation today (arrivals within their window), with the day it ends' }),
});
export type HouseholdDetail = Static<typeof HouseholdDetail>;
export const HouseholdPage = Page(HouseholdView);
export type HouseholdPage = Static<typeof HouseholdPage>;
/** The households a grid already has at an address. */
export const HouseholdMatches = Type.Object({ items: Type.Array(HouseholdMatch) });
/** What an imported household register added. */
export const RegisterImported = Type.Object({ households: Type.Integer(), persons: Type.Integer() });

export const PersonDetail = Type.Object({ person: PersonView, household: Nullable(HouseholdView), movements: Type.Array(MovementView) });
export type PersonDetail = Static<typeof PersonDetail>;

export const RevealRequest = Type.Object({ reason: Text(200, 2) }, { additionalProperties: false });
export type RevealRequest = Static<typeof RevealRequest>;

const RegionFilter = { region: Type.Optional(Type.String({ pattern: '^[0-9]{4,15}$', description: 'Narrow to this region (inside the caller\'s)' })) };
const DayRange = { from: Type.Optional(Day), to: Type.Optional(Day) };

export const HouseholdQuery = Type.Object({ ...RegionFilter, q: Type.Optional(Text(50, 1)), ...Paging }, { additionalProperties: false });
export const SameAddressQuery = Type.Object({
  gridCode: Type.String({ pattern: '^[0-9]{15}$' }),
  address: Text(TEXT_LIMITS.address, 1),
}, { additionalProperties: false });
export const PersonQuery = Type.Object({
  ...RegionFilter, householdId: Type.Optional(Type.String({ format: 'uuid' })), name: Type.Optional(Text(50, 1)),
  idNumber: Type.Optional(Type.String({ maxLength: 20, description: 'Exact ID number (matched by blind index)' })),
  phone: Type.Optional(Type.String({ maxLength: 20, description: 'Exact mobile number (matched by blind index)' })), ...Paging,
}, { additionalProperties: false });
export const MovementQuery = Type.Object({
  ...RegionFilter, direction: Type.Optional(Type.Enum(DIRECTION.codes)), category: Type.Optional(Type.Enum(ORIGIN_CATEGORY.codes)),
  personId: Type.Optional(Type.String({ format: 'uuid' })), ...DayRange,
  inObservation: Type.Optional(Type.Boolean({ description: 'Only arrivals still inside their 14-day window today' })), ...Paging,
}, { additionalProperties: false });
export type MovementQuery = Static<typeof MovementQuery>;
export const VisitQuery = Type.Object({ ...RegionFilter, householdId: Type.Optional(Type.String({ format: 'uuid' })), ...DayRange, ...Paging }, { additionalProperties: false });
export const EventQuery = Type.Object({
  ...RegionFilter, category: Type.Optional(Type.Enum(EVENT_CATEGORY.codes)), status: Type.Optional(Type.Enum(EVENT_STATUSES)),
  needsReview: Type.Optional(Type.Boolean()), ...DayRange,
  priority: Type.Optional(Type.Enum(EVENT_PRIORITY.codes)),
  step: Type.Optional(Type.Enum(EVENT_STEPS)),
  overdue: Type.Optional(Type.Boolean({ description: 'Only events whose current step is past its deadline' })),
  assigned: Type.Optional(Type.Literal('me', { description: 'Only events dispatched to the caller or the caller\'s department (any region)' })),
  supervised: Type.Optional(Type.Boolean({ description: 'Only events escalated to the supervision (督办) of a region inside the caller\'s' })),
  departmentId: Type.Optional(Type.String({ format: 'uuid' })),
  ...Paging,
}, { additionalProperties: false });
export const WorkerQuery = Type.Object({ ...RegionFilter, status: Type.Optional(Type.Enum(WORKER_STATUSES)), ...Paging }, { additionalProperties: false });

export const WorkerStatusPage = Type.Object({
  items: Type.Array(WorkerStatusView),
  ...PageFields,
  counts: Type.Object({ on_duty: Type.Integer(), active_today: Type.Integer(), inactive: Type.Integer() }),
});
export type WorkerStatusPage = Static<typeof WorkerStatusPage>;

export const EventDetail = Type.Object({
  event: EventView,
  history: Type.Array(Type.Object({
    from: Type.Enum(EVENT_STATUSES), to: Type.Enum(EVENT_STATUSES), action: Nullable(Type.String()), note: Nullable(Type.String()),
    by: Type.String(), at: Instant, assignee: Nullable(Type.String()), dueAt: Nullable(Instant),
  })),
  requests: Type.Array(EventRequestView),
});
export type EventDetail = Static<typeof EventDetail>;

export const HeartbeatView = Type.Object({ id: Type.String(), shiftId: Type.String(), at: Instant });
