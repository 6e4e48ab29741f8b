import { checkPastDay, checkPerson, checkText, type FieldProblem } from '../field/rules.ts';
import { chinaDate } from '../time.ts';
import { CASE_START, canChangeCase, type CaseStatus } from './vocabulary.ts';

/**
 * The case register's own problems, beside the shared field problems. The console checks a
 * form with these rules before sending it; the server checks again, the change rules against
 * the case's status as locked in the transaction.
 */
export const CASE_PROBLEMS = {
  CASE_START: { zh: '新登记的病例只能是疑似或确诊', en: 'a new case must be suspected or confirmed' },
  CASE_TRANSITION: { zh: '当前状态不能变更为该状态', en: 'the case cannot change to this status from its current one' },
  BEFORE_STATUS_DATE: { zh: '不能早于当前状态的日期', en: 'cannot be before the date of the current status' },
  PERSON_ONE_OF: { zh: '请选择已登记人员或填写新人员，二者选一', en: 'give either an existing person or a new one, not both' },
  ALREADY_IN_REGISTER: { zh: '该人员已在病例登记中，请在原记录上变更状态', en: 'this person is already in the register; change the status of that case instead' },
  NAME_MISMATCH: { zh: '姓名与该身份证号已登记的人员不一致', en: 'does not match the person registered with this ID number' },
} as const;
export type CaseProblem = keyof typeof CASE_PROBLEMS;
export type CaseErrors = Record<string, FieldProblem | CaseProblem>;

export const CASE_TEXT_LIMITS = { source: 100, note: 500 } as const;

export interface NewCasePerson {
  name: string;
  idNumber?: string | null;
  phone?: string | null;
  sex?: string | null;
  gridCode?: string | null;
  location?: unknown;
}

export interface CaseCreateFields {
  personId?: string | null;
  person?: NewCasePerson | null;
  status: string;
  statusOn: string;
  source: string;
  note?: string | null;
}

function checkReport(errors: CaseErrors, day: { field: string; value: string }, source: string, note: string | null | undefined, now: Date): void {
  if (!day.value) errors[day.field] = 'REQUIRED';
  else checkPastDay(errors, day.field, day.value, chinaDate(now));
  checkText(errors, 'source', source, CASE_TEXT_LIMITS.source, true);
  checkText(errors, 'note', note, CASE_TEXT_LIMITS.note, false);
}

/** A new case: one person (existing or new), a starting status, its date and where the news came from. */
export function checkCaseCreate(c: CaseCreateFields, now = new Date()): CaseErrors {
  const errors: CaseErrors = {};
  if (c.personId && c.person) errors.person = 'PERSON_ONE_OF';
  else if (!c.personId && !c.person) errors.personId = 'REQUIRED';
  if (c.person) {
    for (const [field, problem] of Object.entries(checkPerson(c.person, now))) errors[`person.${field}`] = problem;
    if (!c.person.gridCode && !c.person.location) errors['person.gridCode'] = 'REQUIRED';
  }
  if (!(CASE_START as readonly string[]).includes(c.status)) errors.status = 'CASE_START';
  checkReport(errors, { field: 'statusOn', value: c.statusOn }, c.source, c.note, now);
  return errors;
}

export interface CaseChangeFields {
  toStatus: CaseStatus;
  changedOn: string;
  source: string;
  note?: string | null;
}

/**
 * A status change of a case now in `current`: only the moves CASE_TRANSITIONS allows, dated
 * no earlier than the current status (the counters then never count a case out before in).
 */
export function checkCaseChange(c: CaseChangeFields, current: { status: CaseStatus; statusOn: string }, now = new Date()): CaseErrors {
  const errors: CaseErrors = {};
  if (!canChangeCase(current.status, c.toStatus)) errors.toStatus = 'CASE_TRANSITION';
  checkReport(errors, { field: 'changedOn', value: c.changedOn }, c.source, c.note, now);
  if (!errors.changedOn && c.changedOn < current.statusOn) errors.changedOn = 'BEFORE_STATUS_DATE';
  return errors;
}
