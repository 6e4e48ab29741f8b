import type { PersonView } from '../../../common/contracts/field.ts';
import type { Relation, Sex } from '../../../common/field/vocabulary.ts';
import { birthYearOf } from '../../../common/identity/birth-year.ts';
import type { Actor } from '../../core/actor.ts';
import { nameFor } from '../../core/names.ts';
import type { PersonRow } from './persons-store.ts';

/**
 * Lists show names as `pii.names` allows (see nameFor); a detail page shows the name. ID and phone numbers are always masked here, and the
 * birth date is cut to its year for every role, pii.reveal or not: beside the masked number the
 * full date would give the number away. The full values are the audited reveal's answer.
 */
export function toPersonView(row: PersonRow, actor: Actor, detail = false): PersonView {
  return {
    id: row.id,
    householdId: row.household_id,
    grid: { code: row.grid_code, name: row.grid_name },
    name: detail ? row.name : nameFor(actor, row.name),
    idNumberMasked: row.id_number_masked,
    phoneMasked: row.phone_masked,
    sex: row.sex as Sex | null,
    birthYear: birthYearOf(row.birth_date),
    relation: row.relation as Relation | null,
    createdAt: row.created_at.toISOString(),
  };
}
