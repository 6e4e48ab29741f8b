import type { HouseholdCreate, Location } from '../../../common/contracts/field.ts';
import { checkHousehold } from '../../../common/field/rules.ts';
import { optionalText, requireFields } from './required.ts';

export interface HouseholdValues extends Record<string, unknown> {
  address: string;
  gridCode: string | null;
  location: Location | null;
  note: string;
}

export const householdDefaults = (gridCode: string | null): HouseholdValues => ({ address: '', gridCode, location: null, note: '' });

export function validateHousehold(v: HouseholdValues): Record<string, string> {
  return requireFields({ ...checkHousehold(v) }, v, ['address', 'gridCode']);
}

/** The grid is always sent: a worker's grid wins over a GPS fix a few metres across its edge. */
export function householdPayload(id: string, v: HouseholdValues): HouseholdCreate {
  return {
    id,
    address: v.address.trim(),
    ...(v.gridCode ? { gridCode: v.gridCode } : {}),
    ...(v.location ? { location: v.location } : {}),
    ...(optionalText(v.note) ? { note: optionalText(v.note) } : {}),
  };
}

export function householdValues(p: HouseholdCreate): HouseholdValues {
  return { address: p.address, gridCode: p.gridCode ?? null, location: p.location ?? null, note: p.note ?? '' };
}

