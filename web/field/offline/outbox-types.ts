import type {
  EventCreate, EventDetail, EventView, HeartbeatCreate, HouseholdCreate, HouseholdMatch, MovementCreate, PersonCreate, PersonView, ShiftStart, VisitCreate,
} from '../../../common/contracts/field.ts';
import type { WarningVerify, WarningView } from '../../../common/contracts/declarations.ts';
import type { FeedbackCreate, InboxItem } from '../../../common/contracts/instructions.ts';

/** Ending a shift names the shift; the outbox keys it `end:<shiftId>` (one end per shift). */
export interface ShiftEndPayload {
  shiftId: string;
  endedAt: string;
}

/**
 * Verifying a warning (核实). The outbox keys it by the warning's id: one verification per
 * warning. Only `outcome` and `note` are sent (POST /api/warnings/{id}/verify); the rest stays
 * on the phone: when the worker recorded it, and the warning as it was then (masked phone only)
 * so the queue and the offline lists can show whom it is about.
 */
export interface WarningVerifyPayload extends WarningVerify {
  warningId: string;
  verifiedAt: string;
  warning: WarningView;
}

/** What a warningVerify item leaves in the sent log when someone else had verified the warning first (409 ALREADY_VERIFIED). */
export interface AlreadyVerifiedResult {
  alreadyVerified: true;
  /** The warning as the server has it (who verified it, with what outcome), when the answer carried it. */
  warning: WarningView | null;
}

export function isAlreadyVerified(result: unknown): result is AlreadyVerifiedResult {
  return typeof result === 'object' && result !== null && (result as { alreadyVerified?: unknown }).alreadyVerified === true;
}

/**
 * Opening a task (指令) reads it (POST /api/instructions/{id}/read, no body). The outbox keys it
 * by the instruction's id: it is sent once. The task as the phone had it stays with the item, so
 * the queue can name it and the task still shows if it is withdrawn meanwhile.
 */
export interface InstructionReadPayload {
  instructionId: string;
  readAt: string;
  task: InboxItem;
}

/**
 * Answering a task (反馈): the API's body (its client UUID `id`, the text and the counts) is what
 * is sent; the instruction, when it was answered and the task's copy stay on the phone.
 */
export interface InstructionFeedbackPayload extends FeedbackCreate {
  instructionId: string;
  answeredAt: string;
  task: InboxItem;
}

/**
 * Handling an event dispatched to the worker (处置). The outbox keys it
 * `handle:<eventId>:<round>`, the round being the event's reworks when it was handled: one
 * handling per round, sent once (a failed verification opens the next round). Only `note` is
 * sent, with the photos; the event as the phone had it stays with the item.
 */
export interface EventHandlePayload {
  eventId: string;
  note: string;
  handledAt: string;
  event: EventView;
}

export function eventHandleId(event: Pick<EventView, 'id' | 'reworks'>): string {
  return `handle:${event.id}:${event.reworks}`;
}

/**
 * What a handling leaves in the sent log when the event had moved on without it (409
 * INVALID_TRANSITION: handled, returned, suspended or voided meanwhile; 403 NOT_ASSIGNEE:
 * dispatched to someone else): the event as the server then had it, when it could be read.
 */
export interface EventMovedResult {
  moved: true;
  detail: EventDetail | null;
}

export function isEventMoved(result: unknown): result is EventMovedResult {
  return typeof result === 'object' && result !== null && (result as { moved?: unknown }).moved === true;
}

/** Notifications marked read (`ids` is what is sent); `title` names them in the queue. */
export interface NotificationReadPayload {
  ids: string[];
  title: string;
}

/** What an instruction's read or feedback leaves in the sent log when the sender had withdrawn it (409 INSTRUCTION_WITHDRAWN). */
export interface WithdrawnResult {
  withdrawn: true;
}

export function isWithdrawn(result: unknown): result is WithdrawnResult {
  return typeof result === 'object' && result !== null && (result as { withdrawn?: unknown }).withdrawn === true;
}

/** What each kind of queued record sends: exactly the API's create body (a warning's verification: see above). */
export interface OutboxPayloads {
  household: HouseholdCreate;
  person: PersonCreate;
  movement: MovementCreate;
  visit: VisitCreate;
  event: EventCreate;
  shiftStart: ShiftStart;
  shiftEnd: ShiftEndPayload;
  heartbeat: HeartbeatCreate;
  warningVerify: WarningVerifyPayload;
  instructionRead: InstructionReadPayload;
  instructionFeedback: InstructionFeedbackPayload;
  notificationRead: NotificationReadPayload;
  eventHandle: EventHandlePayload;
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
  /** HOUSEHOLD_DUPLICATE_ADDRESS: the grid's household at that address. */
  existingHousehold?: HouseholdMatch;
  at: number;
}

interface OutboxBase<K extends OutboxKind> {
  /**
   * The record's client UUID (the API's `id`); `end:<shiftId>` for a shift end; the warning's id
   * for its verification; the instruction's id for reading it; the notification's id for reading one;
   * `handle:<eventId>:<round>` for handling an event.
   */
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
  /** Event photos (of a report or a handling), kept as blobs in the photos store until the item is sent. */
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
    // Reading a task goes first (it is the same id); a refused read holds its feedback back.
    case 'instructionFeedback':
      return [item.payload.instructionId];
    case 'household':
    case 'event':
    case 'shiftStart':
    case 'warningVerify':
    case 'instructionRead':
    case 'notificationRead':
    case 'eventHandle':
      return [];
  }
}
