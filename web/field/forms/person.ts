import type { PersonCreate } from '../../../common/contracts/field.ts';
import { checkPerson } from '../../../common/field/rules.ts';
import type { Relation, Sex } from '../../../common/field/vocabulary.ts';
import { checkIdNumber } from '../../../common/identity/id-number.ts';
import { checkMobilePhone } from '../../../common/identity/phone.ts';
import { requireFields } from './required.ts';

export interface PersonValues extends Record<string, unknown> {
  name: string;
  idNumber: string;
  phone: string;
  sex: Sex | null;
  birthDate: string | null;
  relation: Relation | null;
}

export const personDefaults = (): PersonValues => ({ name: '', idNumber: '', phone: '', sex: null, birthDate: null, relation: null });

export function validatePerson(v: PersonValues): Record<string, string> {
  return requireFields({ ...checkPerson(v) }, v, ['name']);
}

export function personPayload(id: string, householdId: string, v: PersonValues): PersonCreate {
  const idCheck = v.idNumber.trim() ? checkIdNumber(v.idNumber) : null;
  const phoneCheck = v.phone.trim() ? checkMobilePhone(v.phone) : null;
  return {
    id,
    householdId,
    name: v.name.trim(),
    ...(idCheck?.ok ? { idNumber: idCheck.normalized } : {}),
    ...(phoneCheck?.ok ? { phone: phoneCheck.normalized } : {}),
    ...(v.sex ? { sex: v.sex } : {}),
    ...(v.birthDate ? { birthDate: v.birthDate } : {}),
    ...(v.relation ? { relation: v.relation } : {}),
  };
}

export function personValues(p: PersonCreate): PersonValues {
  return { name: p.name, idNumber: p.idNumber ?? '', phone: p.phone ?? '', sex: p.sex ?? null, birthDate: p.birthDate ?? null, relation: p.relation ?? null };
}

/** A valid ID number fills in the birth date and sex it encodes. */
export function fillFromIdNumber(changed: Partial<PersonValues>, form: { setFieldsValue(v: Partial<PersonValues>): void }): boolean {
  if (typeof changed.idNumber !== 'string') return false;
  const check = checkIdNumber(changed.idNumber);
  if (!check.ok) return false;
  form.setFieldsValue({ birthDate: check.birthDate, sex: check.sex });
  return true;
}

