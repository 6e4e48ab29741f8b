import type { EventCreate, Location } from '../../../common/contracts/field.ts';
import { checkEvent } from '../../../common/field/rules.ts';
import type { EventCategory } from '../../../common/field/vocabulary.ts';
import { requireFields } from './required.ts';

export interface EventValues extends Record<string, unknown> {
  category: EventCategory | null;
  description: string;
  /** Stored photo ids (IndexedDB). */
  photos: string[];
  location: Location | null;
  /** Empty: the moment the worker saves the report. */
  occurredAt: string | null;
  /** 已现场处置: the worker dealt with it there (自行处置); the description says what was done. */
  handledOnSpot: boolean;
}

export const eventDefaults = (): EventValues => ({ category: null, description: '', photos: [], location: null, occurredAt: null, handledOnSpot: false });

export function validateEvent(v: EventValues): Record<string, string> {
  return requireFields({ ...checkEvent({ description: v.description, occurredAt: v.occurredAt ?? new Date().toISOString() }) }, v, ['category', 'description', 'location']);
}

export function eventPayload(id: string, v: EventValues): EventCreate {
  const payload: EventCreate = { id, category: v.category!, description: v.description.trim(), occurredAt: v.occurredAt ?? new Date().toISOString(), location: v.location! };
  return v.handledOnSpot ? { ...payload, handledOnSpot: true } : payload;
}

export function eventValues(p: EventCreate, photos: string[]): EventValues {
  return { category: p.category, description: p.description, photos, location: p.location, occurredAt: p.occurredAt, handledOnSpot: p.handledOnSpot === true };
}

