import type { PersonCreate, PersonDetail, PersonView } from '../../../common/contracts/field.ts';
import { checkPerson, checkText } from '../../../common/field/rules.ts';
import { checkIdNumber } from '../../../common/identity/id-number.ts';
import { maskIdNumber, maskPhone } from '../../../common/identity/mask.ts';
import { checkMobilePhone } from '../../../common/identity/phone.ts';
import { METRICS } from '../../../common/metrics.ts';
import { isWithinScope } from '../../../common/regions/codes.ts';
import { trimText } from '../../../common/text/rules.ts';
import { chinaDate } from '../../../common/time.ts';
import type { Queryable } from '../../db/database.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import type { Actor } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { assertNoFieldErrors } from '../../http/validate.ts';
import type { AppServices } from '../../services.ts';
import { recordAudit } from '../audit/service.ts';
import { bumpCounters, recordWorkerActivity } from '../field/counters.ts';
import type { CreateOutcome } from '../field/create-once.ts';
import { resolvePlace } from '../field/grid-resolution.ts';
import { householdInScope, toHouseholdView } from '../households/service.ts';
import { findHousehold } from '../households/store.ts';
import { listMovementsInScope } from '../movements/service.ts';
import { auditPersonCreated, auditPersonSearch } from './audit.ts';
import { toPersonView } from './presenter.ts';
import { toPage, type PageAsk } from '../../lists/page.ts';
import { findPerson, findPersonByIdIndex, insertPerson, listPersons, type PersonRow } from './store.ts';

/** Other features that register a person (a case for someone new) record it the same way. */
export { auditPersonCreated };

export async function personInScope(db: Queryable, actor: Actor, id: string): Promise<PersonRow> {
  const row = await findPerson(db, id);
  if (!row || !isWithinScope(row.grid_code, actor.scope)) throw new AppError('PERSON_NOT_FOUND', undefined, { personId: 'PERSON_NOT_FOUND' });
  return row;
}

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

export async function listPersonsInScope({ database, pii }: AppServices, actor: Actor, q: { region?: string; householdId?: string; name?: string; idNumber?: string; phone?: string } & PageAsk) {
  const region = q.region ?? actor.scope;
  if (!isWithinScope(region, actor.scope)) return { items: [], total: 0 };
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

/** The people list of the API: a search by ID or phone number is audited (the kind of number and how many were found). */
export async function searchPersons(services: AppServices, actor: Actor, q: Parameters<typeof listPersonsInScope>[2]) {
  const found = await listPersonsInScope(services, actor, q);
  const by = (['idNumber', 'phone'] as const).filter((k) => q[k]);
  if (by.length > 0) {
    const region = q.region && isWithinScope(q.region, actor.scope) ? q.region : actor.scope;
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

export async function personDetail(services: AppServices, actor: Actor, id: string): Promise<PersonDetail> {
  const db = services.database.db;
  const row = await personInScope(db, actor, id);
  const [household, movements] = await Promise.all([
    row.household_id ? findHousehold(db, row.household_id) : null,
    listMovementsInScope(services, actor, { personId: id, offset: 0, limit: 100 }),
  ]);
  return { person: toPersonView(row, actor, true), household: household ? toHouseholdView(household) : null, movements: movements.items };
}
