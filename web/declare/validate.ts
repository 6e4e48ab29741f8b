import { DECLARATION_NAME_MAX, SYMPTOM, TEMPERATURE_RANGE, type DeclarationDirection, type Symptom } from '../../common/declarations/vocabulary.ts';
import { FIELD_PROBLEMS } from '../../common/field/rules.ts';
import { checkIdNumber, ID_NUMBER_PROBLEM_MESSAGES } from '../../common/identity/id-number.ts';
import { checkMobilePhone, PHONE_PROBLEM_MESSAGES } from '../../common/identity/phone.ts';
import { nameProblem, TEXT_PROBLEMS, textLength, trimText } from '../../common/text/rules.ts';
import { PROBLEMS, type Term } from './text.ts';

/** What the resident has entered so far; `null` = not answered yet. */
export interface Draft {
  name: string;
  phone: string;
  idNumber: string;
  direction: DeclarationDirection | null;
  temperature: string;
  /** `'none'` once "无" is chosen; otherwise the symptoms ticked (empty = not answered). */
  symptoms: Symptom[] | 'none';
  keyAreaTravel: boolean | null;
  caseContact: boolean | null;
}

export const FIELD_ORDER = ['name', 'phone', 'idNumber', 'direction', 'temperature', 'symptoms', 'keyAreaTravel', 'caseContact'] as const;
export type FieldName = (typeof FIELD_ORDER)[number];
export type FieldErrors = Partial<Record<FieldName, Term>>;

/** The body of POST /api/public/declarations, without token and id. */
export interface DeclarationFields {
  name: string;
  phone: string;
  idNumber?: string;
  direction: DeclarationDirection;
  temperature: number;
  symptoms: Symptom[];
  keyAreaTravel: boolean;
  caseContact: boolean;
}

export const NAME_MAX = DECLARATION_NAME_MAX;

export function emptyDraft(): Draft {
  return { name: '', phone: '', idNumber: '', direction: null, temperature: '', symptoms: [], keyAreaTravel: null, caseContact: null };
}

/** Full-width digits and letters (from Chinese input methods) as ASCII. */
export function halfWidth(text: string): string {
  return text.replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\uFF0E\uFF0B]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xFEE0));
}

export type TemperatureCheck = { ok: true; value: number } | { ok: false; problem: 'EMPTY' | 'FORMAT' | 'RANGE' };

export function parseTemperature(input: string): TemperatureCheck {
  const text = halfWidth(input).replace(/[\s°℃cC]/g, '').replace(/[,，。]/g, '.');
  if (text === '') return { ok: false, problem: 'EMPTY' };
  if (!/^\d{2}(\.\d?)?$/.test(text)) return { ok: false, problem: 'FORMAT' };
  const value = Math.round(Number(text) * 10) / 10;
  if (value < TEMPERATURE_RANGE.min || value > TEMPERATURE_RANGE.max) return { ok: false, problem: 'RANGE' };
  return { ok: true, value };
}

/** One step of the −/+ buttons: from 36.5 when empty or unreadable, kept inside the range. */
export function stepTemperature(input: string, delta: number): string {
  const text = halfWidth(input).replace(/[,，。]/g, '.').trim();
  const current = /^\d{2}(\.\d?)?$/.test(text) ? Number(text) : NaN;
  const next = Number.isNaN(current) ? 36.5 : Math.round((current + delta) * 10) / 10;
  return Math.min(TEMPERATURE_RANGE.max, Math.max(TEMPERATURE_RANGE.min, next)).toFixed(1);
}

const fill = (term: Term, values: Record<string, string>): Term => ({
  zh: term.zh.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? ''),
  en: term.en.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? ''),
});

/** The device's checks, the same the server makes (shared code), with messages for each field. */
export function validate(draft: Draft, now = new Date()): { errors: FieldErrors; fields: DeclarationFields | null } {
  const errors: FieldErrors = {};
  // The shared text rule (common/text/rules.ts): a control or bidi character is named, not dropped.
  const nameIssue = nameProblem(draft.name);
  const name = trimText(draft.name);
  if (nameIssue) errors.name = TEXT_PROBLEMS[nameIssue];
  else if (name === '') errors.name = PROBLEMS.nameRequired;
  else if (textLength(name) > NAME_MAX) errors.name = PROBLEMS.nameTooLong;

  // Full-width digits from a Chinese input method become the same digits in ASCII; nothing is
  // stripped: a space or dash in a number is shown as a problem, as the server would refuse it.
  const phone = checkMobilePhone(halfWidth(draft.phone));
  if (!phone.ok) errors.phone = PHONE_PROBLEM_MESSAGES[phone.problem];

  const idText = halfWidth(draft.idNumber);
  const id = idText === '' ? null : checkIdNumber(idText, now);
  if (id && !id.ok) errors.idNumber = ID_NUMBER_PROBLEM_MESSAGES[id.problem];

  if (draft.direction === null) errors.direction = PROBLEMS.directionRequired;

  const temperature = parseTemperature(draft.temperature);
  if (!temperature.ok) {
    errors.temperature = temperature.problem === 'EMPTY' ? PROBLEMS.temperatureEmpty
      : temperature.problem === 'FORMAT' ? PROBLEMS.temperatureFormat
        : fill(PROBLEMS.temperatureRange, { min: TEMPERATURE_RANGE.min.toFixed(1), max: TEMPERATURE_RANGE.max.toFixed(1) });
  }
  if (draft.symptoms !== 'none' && draft.symptoms.length === 0) errors.symptoms = PROBLEMS.symptomsRequired;
  if (draft.keyAreaTravel === null) errors.keyAreaTravel = PROBLEMS.answerRequired;
  if (draft.caseContact === null) errors.caseContact = PROBLEMS.answerRequired;

  if (Object.keys(errors).length > 0 || !phone.ok || !temperature.ok || draft.direction === null
    || draft.keyAreaTravel === null || draft.caseContact === null) {
    return { errors, fields: null };
  }
  return {
    errors,
    fields: {
      name,
      phone: phone.normalized,
      ...(id?.ok ? { idNumber: id.normalized } : {}),
      direction: draft.direction,
      temperature: temperature.value,
      // The order of the vocabulary, whatever the order of the taps.
      symptoms: draft.symptoms === 'none' ? [] : SYMPTOM.codes.filter((code) => (draft.symptoms as Symptom[]).includes(code)),
      keyAreaTravel: draft.keyAreaTravel,
      caseContact: draft.caseContact,
    },
  };
}

/**
 * The server's field reasons as messages: its codes (PHONE_INVALID, ID_NUMBER_CHECKSUM, …)
 * through the shared table, schema messages as a plain "invalid". Fields this form does not
 * show (token, id, …) come back under `other`.
 */
export function serverFieldErrors(fields: Record<string, string>): { errors: FieldErrors; other: string[] } {
  const errors: FieldErrors = {};
  const other: string[] = [];
  for (const [path, reason] of Object.entries(fields)) {
    const field = path.split('.')[0] as FieldName;
    const message: Term = reason in FIELD_PROBLEMS ? FIELD_PROBLEMS[reason as keyof typeof FIELD_PROBLEMS] : { zh: PROBLEMS.invalid.zh, en: reason };
    if ((FIELD_ORDER as readonly string[]).includes(field)) errors[field] ??= message;
    else other.push(`${path}: ${reason}`);
  }
  return { errors, other };
}
