import { checkIdNumber } from '../identity/id-number.ts';
import { checkMobilePhone } from '../identity/phone.ts';
import { freeTextProblem, nameProblem, TEXT_PROBLEMS, textLength, trimText } from '../text/rules.ts';
import { chinaDate, isIsoDate } from '../time.ts';
import type { Direction, OriginCategory } from './vocabulary.ts';

/**
 * The checks a form makes beyond types and lists: the field app runs them before queueing a
 * record, the server runs them again before storing it. Each answers field → problem code.
 */
export const FIELD_PROBLEMS = {
  REQUIRED: { zh: '必填', en: 'is required' },
  TOO_LONG: { zh: '内容过长', en: 'is too long' },
  ...TEXT_PROBLEMS,
  ID_NUMBER_INVALID: { zh: '身份证号无效（18位，不含空格或横线）', en: 'is not a valid ID number (18 characters, no spaces or dashes)' },
  ID_NUMBER_CHECKSUM: { zh: '身份证号校验位不正确', en: 'has a wrong check digit' },
  PHONE_INVALID: { zh: '请输入11位大陆手机号（仅数字，可加+86，不含空格或横线）', en: 'is not a mainland mobile number (digits only, +86 allowed)' },
  DATE_INVALID: { zh: '日期无效', en: 'is not a valid date' },
  FUTURE_DATE: { zh: '不能晚于今天', en: 'cannot be in the future' },
  FUTURE_TIME: { zh: '不能晚于当前时间', en: 'cannot be in the future' },
  TOO_OLD: { zh: '时间过早', en: 'is too far in the past' },
  DATE_ORDER: { zh: '离开日期不能晚于到达日期', en: 'must not be after the arrival date' },
  BIRTH_DATE_MISMATCH: { zh: '与身份证号中的出生日期不一致', en: 'does not match the ID number' },
  SEX_MISMATCH: { zh: '与身份证号中的性别不一致', en: 'does not match the ID number' },
  PROVINCE_REQUIRED: { zh: '请填写省份', en: 'the province is required for this category' },
  HUBEI_EXPECTED: { zh: '该类别的省份应为湖北省', en: 'must be Hubei for this category' },
  ARRIVAL_DATE_REQUIRED: { zh: '请填写到达日期', en: 'the arrival date is required' },
  DEPARTURE_DATE_REQUIRED: { zh: '请填写离开日期', en: 'the departure date is required' },
  PHOTO_TOO_LARGE: { zh: '照片过大（每张不超过5MB）', en: 'the photo is larger than 5 MB' },
  NOT_AN_IMAGE: { zh: '文件不是有效的图片', en: 'the file is not a readable image' },
  PHOTO_TYPE: { zh: '仅支持 JPEG、PNG、WebP 图片', en: 'only JPEG, PNG and WebP photos are accepted' },
  TOO_MANY_PHOTOS: { zh: '最多上传3张照片', en: 'at most 3 photos' },
  OUTSIDE_ALL_GRIDS: { zh: '该位置不在本市任何网格内', en: 'the location is outside every grid of the city' },
  OUT_OF_SCOPE: { zh: '超出您的管辖范围', en: 'outside your jurisdiction' },
  GRID_NOT_FOUND: { zh: '网格不存在', en: 'no such grid' },
  TOO_MANY_ROWS: { zh: '符合条件的记录过多，请缩小范围（最多200000条）', en: 'too many rows; narrow the filter (at most 200,000)' },
} as const;
export type FieldProblem = keyof typeof FIELD_PROBLEMS;
export type FieldErrors = Record<string, FieldProblem>;

export const TEXT_LIMITS = { name: 50, address: 200, note: 500, description: 2000, checkpointName: 100, place: 50 } as const;

/** How far back a record may be dated: offline phones can hold work for a while, not forever. */
const MAX_BACKDATE_DAYS = 30;
/** Phones' clocks drift; a few minutes ahead is not "the future". */
const CLOCK_SKEW_MS = 5 * 60_000;

function checkTextOf(problemOf: (value: string) => string | null, errors: Record<string, string>, field: string, value: string | undefined | null, max: number, required: boolean): void {
  const problem = value ? problemOf(value) : null;
  if (problem) {
    errors[field] = problem;
    return;
  }
  const text = trimText(value ?? '');
  if (text === '') {
    if (required) errors[field] = 'REQUIRED';
  } else if (textLength(text) > max) errors[field] = 'TOO_LONG';
}

/** Free text (note, description, address, source): lines allowed; see common/text/rules.ts. */
export function checkText(errors: Record<string, string>, field: string, value: string | undefined | null, max: number, required: boolean): void {
  checkTextOf(freeTextProblem, errors, field, value, max, required);
}

/** A name (person, place, checkpoint, display name): one line of visible text; see common/text/rules.ts. */
export function checkName(errors: Record<string, string>, field: string, value: string | undefined | null, max: number, required: boolean): void {
  checkTextOf(nameProblem, errors, field, value, max, required);
}

export function checkPastDay(errors: Record<string, string>, field: string, day: string | undefined | null, today: string): void {
  if (!day) return;
  if (!isIsoDate(day)) errors[field] = 'DATE_INVALID';
  else if (day > today) errors[field] = 'FUTURE_DATE';
}

export function checkPastInstant(errors: FieldErrors, field: string, at: string, now: Date): void {
  const t = Date.parse(at);
  if (Number.isNaN(t)) errors[field] = 'DATE_INVALID';
  else if (t > now.getTime() + CLOCK_SKEW_MS) errors[field] = 'FUTURE_TIME';
  else if (t < now.getTime() - MAX_BACKDATE_DAYS * 86_400_000) errors[field] = 'TOO_OLD';
}

export interface PersonFields {
  name: string;
  idNumber?: string | null;
  phone?: string | null;
  sex?: string | null;
  birthDate?: string | null;
}

export function checkPerson(p: PersonFields, now = new Date()): FieldErrors {
  const errors: FieldErrors = {};
  checkName(errors, 'name', p.name, TEXT_LIMITS.name, true);
  if (p.idNumber) {
    const id = checkIdNumber(p.idNumber, now);
    if (!id.ok) errors.idNumber = id.problem === 'CHECKSUM' ? 'ID_NUMBER_CHECKSUM' : 'ID_NUMBER_INVALID';
    else {
      if (p.birthDate && p.birthDate !== id.birthDate) errors.birthDate = 'BIRTH_DATE_MISMATCH';
      if (p.sex && p.sex !== id.sex) errors.sex = 'SEX_MISMATCH';
    }
  }
  if (p.phone && !checkMobilePhone(p.phone).ok) errors.phone = 'PHONE_INVALID';
  if (!errors.birthDate) checkPastDay(errors, 'birthDate', p.birthDate, chinaDate(now));
  return errors;
}

export interface MovementFields {
  direction: Direction;
  category: OriginCategory;
  province?: string | null;
  city?: string | null;
  leftOn?: string | null;
  arrivedOn?: string | null;
  note?: string | null;
}

export function checkMovement(m: MovementFields, now = new Date()): FieldErrors {
  const errors: FieldErrors = {};
  const today = chinaDate(now);
  checkPastDay(errors, 'leftOn', m.leftOn, today);
  checkPastDay(errors, 'arrivedOn', m.arrivedOn, today);
  // An arrival is dated by when it reached the city; a departure by when it left.
  if (m.direction === 'arrival' && !m.arrivedOn) errors.arrivedOn = 'ARRIVAL_DATE_REQUIRED';
  if (m.direction === 'departure' && !m.leftOn) errors.leftOn = 'DEPARTURE_DATE_REQUIRED';
  if (m.leftOn && m.arrivedOn && !errors.leftOn && !errors.arrivedOn && m.leftOn > m.arrivedOn) errors.leftOn = 'DATE_ORDER';
  if ((m.category === 'wuhan' || m.category === 'hubei_other') && m.province && !m.province.startsWith('湖北')) errors.province = 'HUBEI_EXPECTED';
  if (m.category === 'other_province' && !m.province?.trim()) errors.province = 'PROVINCE_REQUIRED';
  checkName(errors, 'province', m.province, TEXT_LIMITS.place, false);
  checkName(errors, 'city', m.city, TEXT_LIMITS.place, false);
  checkText(errors, 'note', m.note, TEXT_LIMITS.note, false);
  return errors;
}

export function checkHousehold(h: { address: string; note?: string | null }): FieldErrors {
  const errors: FieldErrors = {};
  checkText(errors, 'address', h.address, TEXT_LIMITS.address, true);
  checkText(errors, 'note', h.note, TEXT_LIMITS.note, false);
  return errors;
}

export function checkVisit(v: { visitedAt: string; note?: string | null }, now = new Date()): FieldErrors {
  const errors: FieldErrors = {};
  checkPastInstant(errors, 'visitedAt', v.visitedAt, now);
  checkText(errors, 'note', v.note, TEXT_LIMITS.note, false);
  return errors;
}

export function checkEvent(e: { description: string; occurredAt: string }, now = new Date()): FieldErrors {
  const errors: FieldErrors = {};
  checkText(errors, 'description', e.description, TEXT_LIMITS.description, true);
  checkPastInstant(errors, 'occurredAt', e.occurredAt, now);
  return errors;
}

export function checkShiftStart(s: { checkpointName: string; startedAt: string }, now = new Date()): FieldErrors {
  const errors: FieldErrors = {};
  checkName(errors, 'checkpointName', s.checkpointName, TEXT_LIMITS.checkpointName, true);
  checkPastInstant(errors, 'startedAt', s.startedAt, now);
  return errors;
}
