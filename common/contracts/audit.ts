import { Type, type Static } from 'typebox';

/**
 * A field's value as the audit log keeps it: codes, ids, dates and flags as they are; names,
 * ID and phone numbers masked; birth dates as the year; free text as `{length}` only.
 */
export type AuditedValue = string | number | boolean | null | { length: number };

/**
 * `detail` of a record change (`person.create`, `case.change`, `user.update`, …): the changed
 * fields before and after, masked; a create has `after` only.
 */
export type RecordChange = {
  before?: Record<string, AuditedValue>;
  after: Record<string, AuditedValue>;
};

export const AuditEntry = Type.Object({
  seq: Type.Integer(),
  at: Type.String({ format: 'date-time' }),
  actorId: Type.Union([Type.String(), Type.Null()]),
  actorUsername: Type.Union([Type.String(), Type.Null()]),
  action: Type.String(),
  targetType: Type.Union([Type.String(), Type.Null()]),
  targetId: Type.Union([Type.String(), Type.Null()]),
  regionCode: Type.Union([Type.String(), Type.Null()]),
  detail: Type.Record(Type.String(), Type.Unknown()),
  hash: Type.String(),
});
export type AuditEntry = Static<typeof AuditEntry>;

export const AuditPage = Type.Object({
  items: Type.Array(AuditEntry),
  /** Pass as `before` to read the next (older) page; null when there is none. */
  nextBefore: Type.Union([Type.Integer(), Type.Null()]),
});
export type AuditPage = Static<typeof AuditPage>;

export const AuditQuery = Type.Object({
  action: Type.Optional(Type.String({ maxLength: 60 })),
  actor: Type.Optional(Type.String({ maxLength: 40, description: 'Username of the actor' })),
  from: Type.Optional(Type.String({ format: 'date-time' })),
  to: Type.Optional(Type.String({ format: 'date-time' })),
  before: Type.Optional(Type.Integer({ minimum: 1 })),
  limit: Type.Integer({ minimum: 1, maximum: 500, default: 100 }),
}, { additionalProperties: false });
export type AuditQuery = Static<typeof AuditQuery>;

export const AuditVerification = Type.Object({
  ok: Type.Boolean(),
  checked: Type.Integer(),
  brokenAtSeq: Type.Union([Type.Integer(), Type.Null()]),
  reason: Type.Union([Type.String(), Type.Null()]),
});
export type AuditVerification = Static<typeof AuditVerification>;
