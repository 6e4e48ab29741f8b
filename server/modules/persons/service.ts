import type { PersonCreate, PersonView } from '../../../common/contracts/field.ts';
import { checkPerson, checkText } from '../../../common/field/rules.ts';
import { checkIdNumber } from '../../../common/identity/id-number.ts';
import { maskIdNumber, maskPhone } from '../../../common/identity/mask.ts';
import { checkMobilePhone } from '../../../common/identity/phone.ts';
import { METRICS } from '../../../common/metrics.ts';
import { trimText } from '../../../common/text/rules.ts';
import { chinaDate } from '../../../common/time.ts';
import type { Queryable } from '../../db/database.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import { listRegion } from '../../core/scope.ts';
import type { Actor } from '../../core/actor.ts';
import { AppError } from '../../core/errors.ts';
import { assertNoFieldErrors } from '../../core/validate.ts';
import type { AppServices } from '../../core/services.ts';
import { recordAudit } from '../audit/service.ts';
import { bumpCounters, recordWorkerActivity } from '../../core/counters.ts';
import type { CreateOutcome } from '../../core/create-once.ts';
import { resolvePlace } from '../regions/grid-resolution.ts';
import { householdInScope } from '../register/households.ts';
import { listPersonsInScope, personInScope, type PersonQuery } from '../register/persons.ts';
import { auditPersonCreated, auditPersonSearch } from './audit.ts';
import { toPersonView } from '../register/person-view.ts';
import { findPerson, findPersonByIdIndex, insertPerson, type PersonRow } from '../register/persons-store.ts';

/** Other features that register a person (a case for someone new) record it the same way. */
export { auditPersonCreated };

function personExists(existing: PersonRow, actor: Actor): AppError {
  // The worker sees who is already registered (masked) instead of registering them twice.
  return new AppError('PERSON_EXISTS', undefined, { idNumber: 'PERSON_EXISTS' }, { existing: toPersonView(existing, { ...actor, role: 'staff' }) });
}

interface NormalizedIdentifiers {
  idNumber: string | null;
  phone: string | null;
  idIndex: string | null;
  idFacts: { birthDate: string; sex: 'male' | 'female' } | null;
}

/** Checks a person's fields and normalizes the identifiers; the blind index is what duplicates are found by. */
export function normalizePerson(pii: AppServices['pii'], input: PersonCreate, now: Date): NormalizedIdentifiers {
  assertNoFieldErrors(checkPerson(input, now));
  const id = input.idNumber ? checkIdNumber(input.idNumber, now) : null;
  const phone = input.phone ? checkMobilePhone(input.phone) : null;
  const idNumber = id?.ok ? id.normalized : null;
  return {
    idNumber,
    phone: phone?.ok ? phone.normalized : null,
    idIndex: idNumber ? pii.blindIndex('id_number', idNumber) : null,
    idFacts: id?.ok ? { birthDate: id.birthDate, sex: id.sex } : null,
  };
}

export async function createPerson(services: AppServices, actor: Actor, input: PersonCreate, now = new Date()): Promise<CreateOutcome<PersonView>> {
  const ids = normalizePerson(services.pii, input, now);
  try {
    return await services.database.transaction(async (tx) => {
      const outcome = await createPersonIn(tx, services, actor, input, ids, now);
      if (outcome.created) await auditPersonCreated(tx, actor, input.id);
      return outcome;
    });
  } catch (error) {
    // Two phones registering the same person at the same moment: the second loses the race here.
    if (ids.idIndex && isUniqueViolation(error, 'persons_id_number_idx')) {
      const existing = await findPersonByIdIndex(services.database.db, ids.idIndex);
      if (existing) throw personExists(existing, actor);
    }
    throw error;
  }
}

export async function createPersonIn(tx: Queryable, { locator, pii }: AppServices, actor: Actor, input: PersonCreate, ids: NormalizedIdentifiers, now: Date): Promise<CreateOutcome<PersonView>> {
  const retried = await findPerson(tx, input.id);
  if (retried) {
    if (retried.created_by !== actor.id) throw new AppError('ID_IN_USE', undefined, { id: 'ID_IN_USE' });
    return { created: false, value: toPersonView(retried, actor) };
  }
  const household = input.householdId ? await householdInScope(tx, actor, input.householdId) : null;
  const gridCode = household?.grid_code ?? (await resolvePlace(tx, locator, actor, { gridCode: input.gridCode })).gridCode;
  if (ids.idIndex) {
    const existing = await findPersonByIdIndex(tx, ids.idIndex);
    if (existing) throw personExists(existing, actor);
  }
  await insertPerson(tx, {
    id: input.id,
    household_id: household?.id ?? null,
    grid_code: gridCode,
    name: trimText(input.name),
    id_number_cipher: ids.idNumber ? pii.encrypt(ids.idNumber) : null,
    id_number_index: ids.idIndex,
    id_number_masked: ids.idNumber ? maskIdNumber(ids.idNumber) : null,
    phone_cipher: ids.phone ? pii.encrypt(ids.phone) : null,
    phone_index: ids.phone ? pii.blindIndex('phone', ids.phone) : null,
    phone_masked: ids.phone ? maskPhone(ids.phone) : null,
    sex: input.sex ?? ids.idFacts?.sex ?? null,
    birth_date: input.birthDate ?? ids.idFacts?.birthDate ?? null,
    relation: input.relation ?? null,
    created_by: actor.id,
    created_at: now,
  });
  await bumpCounters(tx, [{ day: chinaDate(now), gridCode, metric: METRICS.persons }]);
  await recordWorkerActivity(tx, { workerId: actor.id, gridCode, at: now, tally: 'persons' });
  return { created: true, value: toPersonView((await findPerson(tx, input.id))!, actor) };
}

/** The people list of the API: a search by ID or phone number is audited (the kind of number and how many were found). */
export async function searchPersons(services: AppServices, actor: Actor, q: PersonQuery) {
  const found = await listPersonsInScope(services, actor, q);
  const by = (['idNumber', 'phone'] as const).filter((k) => q[k]);
  if (by.length > 0) {
    const region = listRegion(actor, q.region) ?? actor.scope;
    await services.database.transaction((tx) => auditPersonSearch(tx, actor, region, by, found.total));
  }
  return found;
}

/** The full ID and phone numbers and birth date, for those allowed to see them; every reveal is audited. */
/** As RevealRequest allows. */
const REVEAL_REASON_MAX = 200;

export async function revealPerson({ database, pii }: AppServices, actor: Actor, id: string, givenReason: string, requestId: string) {
  const errors: Record<string, string> = {};
  checkText(errors, 'reason', givenReason, REVEAL_REASON_MAX, true);
  assertNoFieldErrors(errors);
  const reason = trimText(givenReason);
  return database.transaction(async (tx) => {
    const row = await personInScope(tx, actor, id);
    await recordAudit(tx, actor, {
      action: 'pii.reveal', targetType: 'person', targetId: id, regionCode: row.grid_code,
      detail: { fields: [row.id_number_cipher && 'idNumber', row.phone_cipher && 'phone', row.birth_date && 'birthDate'].filter(Boolean), reason, requestId },
    });
    return {
      idNumber: row.id_number_cipher ? pii.decrypt(row.id_number_cipher) : null,
      phone: row.phone_cipher ? pii.decrypt(row.phone_cipher) : null,
      birthDate: row.birth_date,
    };
  });
}

