import { Type, type Static } from 'typebox';
import {
  CHECKPOINT_KIND, DECLARATION_DIRECTION, DECLARATION_NAME_MAX, SYMPTOM, TEMPERATURE_RANGE, VERIFICATION_OUTCOME, WARNING_LEVEL, WARNING_REASON,
} from '../declarations/vocabulary.ts';
import { Location } from './field.ts';
import { Nullable, PageFields, Paging } from './shared.ts';

/** Checkpoints, the public declaration endpoint, and warnings. */
const Instant = Type.String({ format: 'date-time' });
const RegionFilter = { region: Type.Optional(Type.String({ pattern: '^[0-9]{4,15}$' })) };

// Checkpoints (staff)
export const CheckpointCreate = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 60 }),
  kind: Type.Enum(CHECKPOINT_KIND.codes),
  location: Location,
}, { additionalProperties: false });
export type CheckpointCreate = Static<typeof CheckpointCreate>;

export const CheckpointUpdate = Type.Object({
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 60 })),
  kind: Type.Optional(Type.Enum(CHECKPOINT_KIND.codes)),
  location: Type.Optional(Location),
  active: Type.Optional(Type.Boolean()),
}, { additionalProperties: false, minProperties: 1 });
export type CheckpointUpdate = Static<typeof CheckpointUpdate>;

export const CheckpointView = Type.Object({
  id: Type.String(),
  name: Type.String(),
  kind: Type.Enum(CHECKPOINT_KIND.codes),
  community: Type.Object({ code: Type.String(), name: Type.String() }),
  grid: Type.Object({ code: Type.String(), name: Type.String() }),
  lon: Type.Number(),
  lat: Type.Number(),
  active: Type.Boolean(),
  /** What the QR code carries; anyone holding it can declare at this checkpoint. */
  token: Type.String(),
  tokenIssuedAt: Instant,
  /** The page the QR code opens. */
  url: Type.String(),
});
export type CheckpointView = Static<typeof CheckpointView>;

export const CheckpointQuery = Type.Object({ ...RegionFilter, active: Type.Optional(Type.Boolean()), ...Paging }, { additionalProperties: false });
export const CheckpointPage = Type.Object({ items: Type.Array(CheckpointView), ...PageFields });

// The public declaration (no session)
export const PublicCheckpoint = Type.Object({
  name: Type.String(),
  communityName: Type.String(),
  /** City, district and street names, for the page header. */
  regionPath: Type.Array(Type.String()),
  kind: Type.Enum(CHECKPOINT_KIND.codes),
});
export type PublicCheckpoint = Static<typeof PublicCheckpoint>;

export const DeclarationSubmit = Type.Object({
  token: Type.String({ minLength: 16, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' }),
  id: Type.String({ format: 'uuid' }),
  name: Type.String({ minLength: 1, maxLength: DECLARATION_NAME_MAX, description: 'A name: see "Text fields" in docs/api.md' }),
  phone: Type.String({ minLength: 11, maxLength: 20, description: '11 digits, or +86 and 11 digits; nothing stripped' }),
  idNumber: Type.Optional(Type.String({ maxLength: 20, description: '18 characters exactly as on the card (a final x is read as X); nothing stripped' })),
  direction: Type.Enum(DECLARATION_DIRECTION.codes),
  temperature: Type.Number({ minimum: TEMPERATURE_RANGE.min, maximum: TEMPERATURE_RANGE.max }),
  symptoms: Type.Array(Type.Enum(SYMPTOM.codes), { maxItems: SYMPTOM.codes.length, uniqueItems: true }),
  keyAreaTravel: Type.Boolean(),
  caseContact: Type.Boolean(),
}, { additionalProperties: false });
export type DeclarationSubmit = Static<typeof DeclarationSubmit>;

export const DeclarationAnswer = Type.Object({
  result: Type.Enum(['pass', 'stop'] as const),
  checkpointName: Type.String(),
  at: Instant,
});
export type DeclarationAnswer = Static<typeof DeclarationAnswer>;

// Warnings
export const WARNING_STATUSES = ['open', 'overdue', 'verified'] as const;
export const WarningView = Type.Object({
  id: Type.String(),
  level: Type.Enum(WARNING_LEVEL.codes),
  reasons: Type.Array(Type.Enum(WARNING_REASON.codes)),
  /** Masked unless the viewer works the grid. */
  name: Type.String(),
  phoneMasked: Type.String(),
  maxTemperature: Type.Number(),
  declarationCount: Type.Integer(),
  firstDeclaredAt: Instant,
  lastDeclaredAt: Instant,
  checkpoint: Type.Object({ id: Type.String(), name: Type.String() }),
  grid: Type.Object({ code: Type.String(), name: Type.String() }),
  status: Type.Enum(WARNING_STATUSES),
  dueAt: Instant,
  verifiedAt: Nullable(Instant),
  verifiedBy: Nullable(Type.String()),
  /** Minutes from the first declaration to verification. */
  minutesToVerify: Nullable(Type.Integer()),
  outcome: Nullable(Type.Enum(VERIFICATION_OUTCOME.codes)),
  note: Nullable(Type.String()),
});
export type WarningView = Static<typeof WarningView>;

export const WarningQuery = Type.Object({
  ...RegionFilter,
  status: Type.Optional(Type.Enum(WARNING_STATUSES)),
  level: Type.Optional(Type.Enum(WARNING_LEVEL.codes)),
  from: Type.Optional(Type.String({ format: 'date' })),
  to: Type.Optional(Type.String({ format: 'date' })),
  ...Paging,
}, { additionalProperties: false });
export type WarningQuery = Static<typeof WarningQuery>;

export const WarningPage = Type.Object({
  items: Type.Array(WarningView),
  ...PageFields,
  counts: Type.Object({ open: Type.Integer(), overdue: Type.Integer(), verified: Type.Integer() }),
});
export type WarningPage = Static<typeof WarningPage>;

export const WarningVerify = Type.Object({
  outcome: Type.Enum(VERIFICATION_OUTCOME.codes),
  note: Type.Optional(Type.String({ maxLength: 500 })),
  /** When the worker verified it, if earlier than now (recorded offline); not before the declaration, not in the future. */
  verifiedAt: Type.Optional(Instant),
}, { additionalProperties: false });
export type WarningVerify = Static<typeof WarningVerify>;

export const WarningContact = Type.Object({ phone: Type.String() });

export const WarningRulesSchema = Type.Object({
  feverThreshold: Type.Number({ minimum: 35, maximum: 42 }),
  highFeverThreshold: Type.Number({ minimum: 35, maximum: 42 }),
  warningSymptoms: Type.Array(Type.Enum(SYMPTOM.codes), { uniqueItems: true }),
  keyAreaTravel: Type.Boolean(),
  caseContact: Type.Boolean(),
  redeclareWindowHours: Type.Number({ minimum: 0, maximum: 72 }),
  overdueHours: Type.Number({ minimum: 0.1, maximum: 72 }),
}, { additionalProperties: false });

export const DailyQuery = Type.Object({
  ...RegionFilter,
  from: Type.String({ format: 'date' }),
  to: Type.String({ format: 'date' }),
}, { additionalProperties: false });
export type DailyQuery = Static<typeof DailyQuery>;

export const DeclarationDay = Type.Object({
  day: Type.String({ format: 'date' }),
  declarations: Type.Integer(),
  entering: Type.Integer(),
  leaving: Type.Integer(),
  stops: Type.Integer(),
  feverTemperatures: Type.Integer(),
  symptoms: Type.Record(Type.String(), Type.Integer()),
  warningsRaised: Type.Integer(),
  warningsVerified: Type.Integer(),
});
export type DeclarationDay = Static<typeof DeclarationDay>;

export const DeclarationDaily = Type.Object({
  days: Type.Array(DeclarationDay),
  /** Right now, not per day: warnings waiting for verification within their deadline (as `status=open` of the warnings list)… */
  openWarnings: Type.Integer(),
  /** …and those past it (`status=overdue`). */
  overdueWarnings: Type.Integer(),
});
export type DeclarationDaily = Static<typeof DeclarationDaily>;
