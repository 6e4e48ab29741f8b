import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import dayjs, { type Dayjs } from 'dayjs';
import { fieldErrorText } from '../../../lib/errors.ts';

export const DAY = 'YYYY-MM-DD';

/** Sources health staff name most; any other may be typed. */
export const COMMON_SOURCES = ['市卫健委通报', '区县卫健局通报', '疾控中心检测结果', '定点医院报告', '发热门诊报告', '密接排查'].map((value) => ({ value }));

/** Dates a status may take: not in the future, not before `earliest` (the current status's date). */
export function outsideDates(earliest?: string): (day: Dayjs) => boolean {
  return (day) => day.isAfter(dayjs(), 'day') || (earliest !== undefined && day.isBefore(dayjs(earliest, DAY), 'day'));
}

/**
 * Puts problems of the shared rules (common/cases/rules.ts), or the server's field problems,
 * under the form's fields in the user's language; `person.name` is the form's nested
 * ['person', 'name']. Answers whether any was shown; fields the form lacks are left out.
 */
export function showRuleErrors(form: FormInstance, t: TFunction, errors: Record<string, string>): boolean {
  const known = new Set(form.getFieldsError().map((f) => f.name.join('.')));
  const shown = Object.entries(errors).filter(([field]) => known.has(field));
  form.setFields(shown.map(([field, problem]) => ({ name: field.split('.'), errors: [fieldErrorText(t, problem)] })));
  return shown.length > 0;
}
