import crypto from 'node:crypto';
import type { CaseCreate, CaseDetail, CasePage, CaseQuery } from '../../../common/contracts/cases.ts';
import type { PersonCreate } from '../../../common/contracts/field.ts';
import { checkCaseCreate } from '../../../common/cases/rules.ts';
import { CASE_STATUS, type CaseStatus } from '../../../common/cases/vocabulary.ts';
import { METRICS } from '../../../common/metrics.ts';
import { isWithinScope } from '../../../common/regions/codes.ts';
import { announceChange } from '../../db/changes.ts';
import type { Queryable } from '../../db/database.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import type { Actor } from '../../http/context.ts';
import { toPage } from '../../lists/page.ts';
import { AppError } from '../../http/errors.ts';
import { assertNoFieldErrors } from '../../http/validate.ts';
import type { AppServices } from '../../services.ts';
import { bumpCounters } from '../field/counters.ts';
import type { CreateOutcome } from '../field/create-once.ts';
import { resolvePlace } from '../field/grid-resolution.ts';
import { auditPersonCreated, createPersonIn, normalizePerson, personInScope } from '../persons/service.ts';
import { findPersonByIdIndex } from '../persons/store.ts';
import { auditCaseEntered } from './audit.ts';
import { toCaseView, toChangeView } from './presenter.ts';
import { caseHistory, countCasesByStatus, findCase, findCaseIdOfPerson, insertCase, insertChange, listCases, type CaseFilter, type CaseRow } from './store.ts';

export async function caseInScope(db: Queryable, actor: Actor, id: string): Promise<CaseRow> {
  const row = await findCase(db, id);
  if (!row || !isWithinScope(row.grid_code, actor.scope)) throw new AppError('CASE_NOT_FOUND');
  return row;
}

export async function caseDetailOf(db: Queryable, row: CaseRow): Promise<CaseDetail> {
  return { case: toCaseView(row, true), history: (await caseHistory(db, row.id)).map(toChangeView) };
}

export async function caseDetail({ database }: AppServices, actor: Actor, id: string): Promise<CaseDetail> {
  return caseDetailOf(database.db, await caseInScope(database.db, actor, id));
}

/** A person the register does not know yet: the fields to register them with and their identifiers. */
export interface NewPerson {
  input: PersonCreate;
  ids: ReturnType<typeof normalizePerson>;
}

export function newPersonOf(services: AppServices, person: NonNullable<CaseCreate['person']>, now: Date): NewPerson {
  const input: PersonCreate = {
    id: crypto.randomUUID(), name: person.name,
    ...(person.idNumber ? { idNumber: person.idNumber } : {}), ...(person.phone ? { phone: person.phone } : {}), ...(person.sex ? { sex: person.sex } : {}),
  };
  return { input, ids: normalizePerson(services.pii, input, now) };
}

/** The same error with its fields under `prefix.` (a new person's problems are the form's person.* fields). */
function underPrefix(error: unknown, prefix: string): unknown {
  if (!(error instanceof AppError) || !error.fields) return error;
  return new AppError(error.code, error.message, Object.fromEntries(Object.entries(error.fields).map(([k, v]) => [`${prefix}.${k}`, v])), error.extra);
}

/**
 * Who the case is about: the registered person named, else the one with the new person's ID
 * number (the blind index finds them; the name must agree), else a person registered now.
 */
async function casePerson(tx: Queryable, services: AppServices, actor: Actor, input: CaseCreate, person: NewPerson | null, now: Date) {
  if (input.personId) return { ...(await personInScope(tx, actor, input.personId)), created: false };
  const given = input.person!;
  const known = person!.ids.idIndex ? await findPersonByIdIndex(tx, person!.ids.idIndex) : null;
  if (known) {
    if (!isWithinScope(known.grid_code, actor.scope)) throw new AppError('VALIDATION_FAILED', undefined, { 'person.idNumber': 'OUT_OF_SCOPE' });
    if (known.name !== given.name.trim()) throw new AppError('VALIDATION_FAILED', undefined, { 'person.name': 'NAME_MISMATCH' });
    return { ...known, created: false };
  }
  let gridCode: string;
  try {
    ({ gridCode } = await resolvePlace(tx, services.locator, actor, { gridCode: given.gridCode, location: given.location }));
  } catch (error) {
    throw underPrefix(error, 'person');
  }
  await createPersonIn(tx, services, actor, { ...person!.input, gridCode }, person!.ids, now);
  return { id: person!.input.id, grid_code: gridCode, created: true };
}

export interface Registered {
  created: boolean;
  caseId: string;
  gridCode: string;
  newPerson: boolean;
}

/**
 * Enters a person in the register inside the caller's transaction (the API's create and the
 * import share it): the case, the first line of its history, and its entry counter. A retried
 * id answers the stored case. The caller announces the change.
 */
export async function registerCaseIn(tx: Queryable, services: AppServices, actor: Actor, input: CaseCreate, person: NewPerson | null, now: Date): Promise<Registered> {
  const stored = await tx.selectFrom('cases').select(['created_by', 'grid_code']).where('id', '=', input.id).executeTakeFirst();
  if (stored) {
    if (stored.created_by !== actor.id) throw new AppError('ID_IN_USE', undefined, { id: 'ID_IN_USE' });
    return { created: false, caseId: input.id, gridCode: stored.grid_code, newPerson: false };
  }
  const who = await casePerson(tx, services, actor, input, person, now);
  const existing = await findCaseIdOfPerson(tx, who.id);
  if (existing) {
    throw new AppError('VALIDATION_FAILED', undefined, { [input.personId ? 'personId' : 'person.idNumber']: 'ALREADY_IN_REGISTER' }, { existingCaseId: existing });
  }
  const status = input.status as CaseStatus;
  const note = input.note?.trim() || null;
  await insertCase(tx, {
    id: input.id, person_id: who.id, grid_code: who.grid_code, status, status_on: input.statusOn,
    source: input.source.trim(), note, created_by: actor.id, created_at: now,
  });
  await insertChange(tx, {
    id: crypto.randomUUID(), case_id: input.id, from_status: null, to_status: status, changed_on: input.statusOn,
    source: input.source.trim(), note, changed_by: actor.id, changed_at: now,
  });
  await bumpCounters(tx, [{ day: input.statusOn, gridCode: who.grid_code, metric: METRICS.caseEntries, key: status }]);
  return { created: true, caseId: input.id, gridCode: who.grid_code, newPerson: who.created };
}

/** Losing one of these races to a concurrent request means: run again, and see what it stored. */
const RACES = ['cases_pkey', 'cases_person_idx', 'persons_id_number_idx'];

export async function createCase(services: AppServices, actor: Actor, input: CaseCreate, now = new Date()): Promise<CreateOutcome<CaseDetail>> {
  assertNoFieldErrors(checkCaseCreate(input, now));
  const person = input.person ? newPersonOf(services, input.person, now) : null;
  const attempt = () => services.database.transaction(async (tx) => {
    const registered = await registerCaseIn(tx, services, actor, input, person, now);
    const value = await caseDetailOf(tx, (await findCase(tx, input.id))!);
    if (registered.created) {
      await announceChange(tx, registered.newPerson ? ['cases', 'persons'] : ['cases'], [registered.gridCode]);
      if (registered.newPerson) await auditPersonCreated(tx, actor, value.case.personId);
      await auditCaseEntered(tx, actor, value.case);
    }
    return { created: registered.created, value };
  });
  try {
    return await attempt();
  } catch (error) {
    if (RACES.some((constraint) => isUniqueViolation(error, constraint))) return attempt();
    throw error;
  }
}

export function caseFilter(actor: Actor, q: Pick<CaseQuery, 'region' | 'status' | 'from' | 'to'>): CaseFilter | null {
  const region = q.region ?? actor.scope;
  if (!isWithinScope(region, actor.scope)) return null;
  return { scope: region, status: q.status, from: q.from, to: q.to };
}

export async function listCasesInScope({ database }: AppServices, actor: Actor, q: CaseQuery): Promise<CasePage> {
  const counts = Object.fromEntries(CASE_STATUS.codes.map((s) => [s, 0])) as CasePage['counts'];
  const filter = caseFilter(actor, q);
  if (!filter) return { items: [], total: 0, counts };
  const [page, byStatus] = await Promise.all([listCases(database.db, filter, q), countCasesByStatus(database.db, filter)]);
  for (const [status, n] of byStatus) if (status in counts) counts[status as CaseStatus] = n;
  return { ...toPage(page, (r) => toCaseView(r)), counts };
}
