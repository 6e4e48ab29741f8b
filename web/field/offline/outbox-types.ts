import type {
  EventCreate, HeartbeatCreate, HouseholdCreate, MovementCreate, PersonCreate, PersonView, ShiftStart, VisitCreate,
} from '../../../common/contracts/field.ts';

/** Ending a shift names the shift; the outbox keys it `end:<shiftId>` (one end per shift). */
export interface ShiftEndPayload {
  shiftId: string;
  endedAt: string;
}

/** What each kind of queued record sends: exactly the API's create body. */
export interface OutboxPayloads {
  household: HouseholdCreate;
  person: PersonCreate;
  movement: MovementCreate;
  visit: VisitCreate;
  event: EventCreate;
  shiftStart: ShiftStart;
  shiftEnd: ShiftEndPayload;
  heartbeat: HeartbeatCreate;
}
export type OutboxKind = keyof OutboxPayloads;

/** Why the server refused an item, or what went wrong on the last try; shown translated. */
export interface StoredError {
  status: number;
  code: string;
  message: string;
  fields: Record<string, string>;
  /** PERSON_EXISTS: the person already registered (masked). */
  existing?: PersonView;
  at: number;
}

interface OutboxBase<K extends OutboxKind> {
  /** The record's client UUID (the API's `id`); `end:<shiftId>` for a shift end. */
  id: string;
  kind: K;
  payload: OutboxPayloads[K];
  userId: string;
  /** Creation order; sending follows it. Resubmitting a fixed item keeps its place. */
  seq: number;
  createdAt: number;
  /** Stored states only; "sending", "waiting for a parent" and "queued behind" are derived. */
  state: 'pending' | 'rejected';
  attempts: number;
  nextAttemptAt: number;
  lastAttemptAt: number | null;
  lastError: StoredError | null;
  /** Event photos, kept as blobs in the photos store until the item is sent. */
  photoIds: string[];
}

export type OutboxItem = { [K in OutboxKind]: OutboxBase<K> }[OutboxKind];
export type OutboxItemOf<K extends OutboxKind> = OutboxBase<K>;

/** Records an item needs on the server first (while they are still in the outbox). */
export function parentIds(item: OutboxItem): string[] {
  switch (item.kind) {
    case 'person':
      return item.payload.householdId ? [item.payload.householdId] : [];
    case 'visit':
      return [item.payload.householdId];
    case 'movement':
      return [item.payload.personId];
    case 'heartbeat':
    case 'shiftEnd':
      return [item.payload.shiftId];
    case 'household':
    case 'event':
    case 'shiftStart':
      return [];
  }
}
