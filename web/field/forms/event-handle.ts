import type { EventView } from '../../../common/contracts/field.ts';
import type { EventRequestKind } from '../../../common/events/vocabulary.ts';
import { checkRequest } from '../../../common/events/rules.ts';
import { checkText, TEXT_LIMITS } from '../../../common/field/rules.ts';
import type { EventHandlePayload } from '../offline/outbox-types.ts';
import { requireFields } from './required.ts';

/** 处置: what was done (required, as the server asks) and up to three photos. */
export interface EventHandleValues extends Record<string, unknown> {
  note: string;
  /** Stored photo ids (IndexedDB). */
  photos: string[];
}

export const eventHandleDefaults = (): EventHandleValues => ({ note: '', photos: [] });

export function validateEventHandle(v: EventHandleValues): Record<string, string> {
  const errors: Record<string, string> = {};
  checkText(errors, 'note', v.note, TEXT_LIMITS.note, true);
  return requireFields(errors, v, ['note']);
}

export function eventHandlePayload(event: EventView, v: EventHandleValues, handledAt = new Date().toISOString()): EventHandlePayload {
  return { eventId: event.id, note: v.note.trim(), handledAt, event };
}

/** What the worker asks of the dispatcher: give it back (退回), or more time, a pause, a void. */
export type EventAsk = 'return' | EventRequestKind;

export interface EventAskValues extends Record<string, unknown> {
  kind: EventAsk | null;
  reason: string;
  /** For an extension: how many more hours. */
  hours: number | null;
}

export const eventAskDefaults = (kind: EventAsk | null): EventAskValues => ({ kind, reason: '', hours: null });

/** The extension choices, in hours: a shift, a day, three days. */
export const EXTENSION_HOURS = [2, 4, 8, 24, 72] as const;

export function validateEventAsk(v: EventAskValues): Record<string, string> {
  const errors: Record<string, string> = {};
  checkText(errors, 'reason', v.reason, TEXT_LIMITS.note, true);
  if (v.kind && v.kind !== 'return') {
    const problem = checkRequest({ kind: v.kind, minutes: v.hours === null ? undefined : v.hours * 60 }).minutes;
    if (problem) errors.hours = problem;
  }
  return requireFields(errors, v, ['kind', 'reason']);
}

export type EventAskBody =
  | { kind: 'return'; body: { reason: string } }
  | { kind: 'request'; body: { kind: EventRequestKind; reason: string; minutes?: number } };

export function eventAskBody(v: EventAskValues): EventAskBody {
  const reason = v.reason.trim();
  if (v.kind === 'return') return { kind: 'return', body: { reason } };
  const kind = v.kind!;
  return { kind: 'request', body: kind === 'extend' ? { kind, reason, minutes: v.hours! * 60 } : { kind, reason } };
}
