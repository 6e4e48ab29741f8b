import { Type, type Static, type TInteger } from 'typebox';
import { CASE_TEXT_LIMITS } from '../cases/rules.ts';
import { CASE_STATUS, type CaseStatus } from '../cases/vocabulary.ts';
import { TEXT_LIMITS } from '../field/rules.ts';
import { SEX } from '../field/vocabulary.ts';
import { GridRef, Location } from './field.ts';
import { Nullable, PageFields, Paging, RegionRef } from './shared.ts';

/** The case register (确诊/疑似/治愈/死亡): requests and views. */
const ClientId = Type.String({ format: 'uuid', description: 'Made by the client; a retry with the same id is stored once' });
const Day = Type.String({ format: 'date', description: 'YYYY-MM-DD (China time), not in the future' });
const Instant = Type.String({ format: 'date-time' });
const Status = Type.Enum(CASE_STATUS.codes);
const Source = Type.String({ minLength: 1, maxLength: CASE_TEXT_LIMITS.source, description: 'Where the news came from, e.g. 市卫健委通报' });
const Note = Type.String({ maxLength: CASE_TEXT_LIMITS.note });

export const CaseNewPerson = Type.Object({
  name: Type.String({ minLength: 1, maxLength: TEXT_LIMITS.name }),
  idNumber: Type.Optional(Type.String({ maxLength: 20, description: 'When it matches a registered person (blind index), that person is used' })),
  phone: Type.Optional(Type.String({ maxLength: 20 })),
  sex: Type.Optional(Type.Enum(SEX.codes)),
  gridCode: Type.Optional(Type.String({ pattern: '^[0-9]{15}$', description: 'The grid the person lives in; or give location' })),
  location: Type.Optional(Location),
}, { additionalProperties: false });
export type CaseNewPerson = Static<typeof CaseNewPerson>;

export const CaseCreate = Type.Object({
  id: ClientId,
  personId: Type.Optional(Type.String({ format: 'uuid', description: 'A registered person in the caller\'s region; or give person' })),
  person: Type.Optional(CaseNewPerson),
  status: Type.Enum(CASE_STATUS.codes, { description: 'A case starts as suspected or confirmed' }),
  statusOn: Day,
  source: Source,
  note: Type.Optional(Note),
}, { additionalProperties: false });
export type CaseCreate = Static<typeof CaseCreate>;

export const CaseChange = Type.Object({
  id: ClientId,
  toStatus: Status,
  /** The status the client saw; when the case has moved on meanwhile the change is refused (409 CONFLICT). */
  fromStatus: Type.Optional(Status),
  changedOn: Type.String({ format: 'date', description: 'YYYY-MM-DD, not before the current status\'s date, not in the future' }),
  source: Source,
  note: Type.Optional(Note),
}, { additionalProperties: false });
export type CaseChange = Static<typeof CaseChange>;

export const CaseView = Type.Object({
  id: Type.String(),
  personId: Type.String(),
  /** Masked (张*明) in lists; in full on the detail. */
  name: Type.String(),
  idNumberMasked: Nullable(Type.String()),
  phoneMasked: Nullable(Type.String()),
  sex: Nullable(Type.Enum(SEX.codes)),
  grid: GridRef,
  /** District, street and community the grid lies in. */
  regionPath: Type.Array(RegionRef),
  status: Status,
  statusOn: Type.String({ format: 'date' }),
  /** Source and note of the current status. */
  source: Type.String(),
  note: Nullable(Type.String()),
  createdAt: Instant,
  updatedAt: Instant,
});
export type CaseView = Static<typeof CaseView>;

export const CaseChangeView = Type.Object({
  id: Type.String(),
  /** null: the case's registration. */
  fromStatus: Nullable(Status),
  toStatus: Status,
  changedOn: Type.String({ format: 'date' }),
  source: Type.String(),
  note: Nullable(Type.String()),
  by: Type.String({ description: 'Display name of who recorded it' }),
  at: Instant,
});
export type CaseChangeView = Static<typeof CaseChangeView>;

export const CaseDetail = Type.Object({ case: CaseView, history: Type.Array(CaseChangeView) });
export type CaseDetail = Static<typeof CaseDetail>;

export const CaseQuery = Type.Object({
  region: Type.Optional(Type.String({ pattern: '^[0-9]{4,15}$', description: 'Narrow to this region (inside the caller\'s)' })),
  status: Type.Optional(Status),
  from: Type.Optional(Type.String({ format: 'date', description: 'Current status dated on or after' })),
  to: Type.Optional(Type.String({ format: 'date', description: 'Current status dated on or before' })),
  ...Paging,
}, { additionalProperties: false });
export type CaseQuery = Static<typeof CaseQuery>;

export const CasePage = Type.Object({
  items: Type.Array(CaseView),
  ...PageFields,
  /** Cases per status under the same region and dates, whatever the status filter (the page's tabs). */
  counts: Type.Object(Object.fromEntries(CASE_STATUS.codes.map((c) => [c, Type.Integer()])) as Record<CaseStatus, TInteger>),
});
export type CasePage = Static<typeof CasePage>;

export const CaseImported = Type.Object({
  cases: Type.Integer(),
  /** People the import registered because no one had their ID number yet. */
  newPersons: Type.Integer(),
});
export type CaseImported = Static<typeof CaseImported>;
