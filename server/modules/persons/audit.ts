import type { Queryable } from '../../db/database.ts';
import type { Actor } from '../../core/actor.ts';
import { recordChange } from '../audit/changes.ts';
import { recordAudit } from '../audit/service.ts';
import { findPerson } from '../register/persons-store.ts';

/** A person's audited fields; the grid is the entry's region. */
const PERSON_FIELDS = {
  name: 'name', idNumber: 'idNumber', phone: 'phone', sex: 'plain', birthDate: 'birthDate', relation: 'plain', householdId: 'plain',
} as const;

/**
 * Records the registration of a person, identifiers masked. Called last in the transaction
 * that stored them: the audit chain's lock is held from here to the commit.
 */
export async function auditPersonCreated(tx: Queryable, actor: Actor, id: string): Promise<void> {
  const row = (await findPerson(tx, id))!;
  await recordAudit(tx, actor, {
    action: 'person.create', targetType: 'person', targetId: id, regionCode: row.grid_code,
    detail: { ...recordChange(PERSON_FIELDS, null, {
      name: row.name, idNumber: row.id_number_masked, phone: row.phone_masked, sex: row.sex,
      birthDate: row.birth_date, relation: row.relation, householdId: row.household_id,
    }) },
  });
}

/**
 * Records a search by ID or phone number: which kinds of number, never the number, and how
 * many people it found.
 */
export async function auditPersonSearch(tx: Queryable, actor: Actor, region: string, by: ('idNumber' | 'phone')[], results: number): Promise<void> {
  await recordAudit(tx, actor, { action: 'person.search', targetType: 'person', regionCode: region, detail: { by, results } });
}
