import type { MovementCreate } from '../../../common/contracts/field.ts';
import { checkMovement } from '../../../common/field/rules.ts';
import { chinaDate } from '../../../common/time.ts';
import type { Direction, HealthStatus, OriginCategory, Transport } from '../../../common/field/vocabulary.ts';
import { optionalText, requireFields } from './required.ts';

export interface MovementValues extends Record<string, unknown> {
  direction: Direction;
  category: OriginCategory | null;
  province: string;
  city: string;
  leftOn: string | null;
  arrivedOn: string | null;
  transport: Transport | null;
  healthStatus: HealthStatus | null;
  note: string;
}

/** The date that matters for the direction defaults to today (most registrations are made on the day). */
export const movementDefaults = (direction: Direction): MovementValues => {
  const today = chinaDate(new Date());
  return {
    direction, category: null, province: '', city: '',
    leftOn: direction === 'departure' ? today : null, arrivedOn: direction === 'arrival' ? today : null,
    transport: null, healthStatus: 'normal', note: '',
  };
};

export function validateMovement(v: MovementValues): Record<string, string> {
  const errors = requireFields({}, v, ['direction', 'category', 'healthStatus']);
  if (!v.category) return errors;
  return { ...checkMovement({ ...v, category: v.category }), ...errors };
}

export function movementPayload(id: string, personId: string, v: MovementValues): MovementCreate {
  return {
    id,
    personId,
    direction: v.direction,
    category: v.category!,
    healthStatus: v.healthStatus!,
    ...(optionalText(v.province) ? { province: optionalText(v.province) } : {}),
    ...(optionalText(v.city) ? { city: optionalText(v.city) } : {}),
    ...(v.leftOn ? { leftOn: v.leftOn } : {}),
    ...(v.arrivedOn ? { arrivedOn: v.arrivedOn } : {}),
    ...(v.transport ? { transport: v.transport } : {}),
    ...(optionalText(v.note) ? { note: optionalText(v.note) } : {}),
  };
}

export function movementValues(p: MovementCreate): MovementValues {
  return {
    direction: p.direction, category: p.category, province: p.province ?? '', city: p.city ?? '', leftOn: p.leftOn ?? null,
    arrivedOn: p.arrivedOn ?? null, transport: p.transport ?? null, healthStatus: p.healthStatus, note: p.note ?? '',
  };
}

