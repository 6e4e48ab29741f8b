import { toPage, type PageAsk } from '../../lists/page.ts';
import { checkIdNumber } from '../../../common/identity/id-number.ts';
import { checkMobilePhone } from '../../../common/identity/phone.ts';
import { foundInScope, listRegion } from '../../core/scope.ts';
import type { Actor } from '../../core/actor.ts';
import { AppError } from '../../core/errors.ts';
import type { AppServices } from '../../core/services.ts';
import type { Queryable } from '../../db/database.ts';
import { toPersonView } from './person-view.ts';
import { findPerson, listPersons, type PersonRow } from './persons-store.ts';

export async function personInScope(db: Queryable, actor: Actor, id: string): Promise<PersonRow> {
  const row = await findPerson(db, id);
  return foundInScope(row, (r) => r.grid_code, actor, () => new AppError('PERSON_NOT_FOUND', undefined, { personId: 'PERSON_NOT_FOUND' }));
}

export interface PersonQuery extends PageAsk {
  region?: string;
  householdId?: string;
  name?: string;
  idNumber?: string;
  phone?: string;
}

export async function listPersonsInScope({ database, pii }: AppServices, actor: Actor, q: PersonQuery) {
  const region = listRegion(actor, q.region);
  if (region === null) return { items: [], total: 0 };
  const id = q.idNumber ? checkIdNumber(q.idNumber) : null;
  const phone = q.phone ? checkMobilePhone(q.phone) : null;
  // A malformed number cannot match anyone: answer empty rather than scanning.
  if ((id && !id.ok) || (phone && !phone.ok)) return { items: [], total: 0 };
  const page = await listPersons(database.db, {
    scope: region,
    householdId: q.householdId,
    name: q.name,
    idNumberIndex: id?.ok ? pii.blindIndex('id_number', id.normalized) : undefined,
    phoneIndex: phone?.ok ? pii.blindIndex('phone', phone.normalized) : undefined,
  }, q);
  return toPage(page, (r) => toPersonView(r, actor));
}
