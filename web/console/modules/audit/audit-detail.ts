import type { TFunction } from 'i18next';
import type { AuditedValue, AuditEntry } from '../../../../common/contracts/audit.ts';
import { CASE_STATUS } from '../../../../common/cases/vocabulary.ts';
import { CHECKPOINT_KIND, VERIFICATION_OUTCOME } from '../../../../common/declarations/vocabulary.ts';
import { EVENT_STATUS_LABELS } from '../../../../common/events/workflow.ts';
import { DEPARTMENT_KIND } from '../../../../common/events/vocabulary.ts';
import { RELATION, SEX } from '../../../../common/field/vocabulary.ts';
import { ROLE_NAMES } from '../../../../common/permissions.ts';
import type { Term } from '../../../../common/terms.ts';
import { formatDateTime } from '../../../lib/format.ts';

/** One changed field of a record, as read on the page: `before → after` (a create has no before). */
export interface ChangeLine {
  field: string;
  before?: string;
  after: string;
}

type Lang = 'zh' | 'en';

/** Codes whose labels the shared vocabularies give; a status means something else for each kind of record. */
const VOCABULARIES: Record<string, Record<string, Term>> = {
  'case.status': CASE_STATUS.labels,
  'event.status': EVENT_STATUS_LABELS,
  'department.kind': DEPARTMENT_KIND.labels,
  outcome: VERIFICATION_OUTCOME.labels,
  role: ROLE_NAMES,
  kind: CHECKPOINT_KIND.labels,
  sex: SEX.labels,
  relation: RELATION.labels,
};
const INSTANTS = new Set(['verifiedAt', 'tokenIssuedAt']);
/** The order fields read in: who or what first, then its state, free text last (jsonb keeps no order). */
const FIELD_ORDER = [
  'name', 'displayName', 'username', 'idNumber', 'phone', 'sex', 'birthDate', 'relation', 'householdId', 'personId', 'address',
  'role', 'regionCode', 'disabled', 'kind', 'status', 'statusOn', 'outcome', 'verifiedAt', 'active', 'gridCode', 'lon', 'lat', 'tokenIssuedAt',
  'departmentId', 'assigneeId', 'source', 'note',
];
const rank = (field: string) => (FIELD_ORDER.includes(field) ? FIELD_ORDER.indexOf(field) : FIELD_ORDER.length);

function isRecordChange(detail: Record<string, unknown>): detail is Record<string, unknown> & { before?: Record<string, AuditedValue>; after: Record<string, AuditedValue> } {
  const after = detail.after;
  return typeof after === 'object' && after !== null && !Array.isArray(after);
}

function valueText(t: TFunction, lang: Lang, targetType: string | null, field: string, value: AuditedValue | undefined): string {
  if (value === null || value === undefined) return t('common.none');
  if (typeof value === 'object') return t('auditChange.length', { count: value.length });
  if (typeof value === 'boolean') return t(value ? 'auditChange.yes' : 'auditChange.no');
  if (typeof value === 'number') return String(value);
  if (INSTANTS.has(field)) return formatDateTime(value);
  if (targetType === 'warning' && field === 'status') return t(`auditChange.warningStatus.${value}`, { defaultValue: value });
  const vocabulary = VOCABULARIES[`${targetType}.${field}`] ?? VOCABULARIES[field];
  return vocabulary?.[value]?.[lang] ?? value;
}

/**
 * The changed fields of a record change (`person.create`, `case.change`, …) as lines to read,
 * in Chinese or English; null for entries of other shapes (sign-ins, exports), whose detail
 * is shown as it is.
 */
export function changeLines(t: TFunction, lang: Lang, entry: Pick<AuditEntry, 'targetType' | 'detail'>): ChangeLine[] | null {
  const { detail, targetType } = entry;
  if (!isRecordChange(detail)) {
    return detail.unlocked === true ? [{ field: t('auditChange.unlocked'), after: t('auditChange.yes') }] : null;
  }
  const fields = Object.entries(detail.after).sort(([a], [b]) => rank(a) - rank(b));
  const lines = fields.map(([field, after]): ChangeLine => ({
    // A few fields mean something else for one kind of record (a department's kind is not a checkpoint's).
    field: t([`auditChange.fieldOf.${targetType}.${field}`, `auditChange.field.${field}`], { defaultValue: field }),
    ...(detail.before ? { before: valueText(t, lang, targetType, field, detail.before[field]) } : {}),
    after: valueText(t, lang, targetType, field, after),
  }));
  if (detail.unlocked === true) lines.push({ field: t('auditChange.unlocked'), after: t('auditChange.yes') });
  return lines;
}

/** A search by ID or phone number, in words: which kinds of number and how many were found. */
export function searchSummary(t: TFunction, detail: Record<string, unknown>): string | null {
  if (!Array.isArray(detail.by) || typeof detail.results !== 'number') return null;
  const by = detail.by.map((field) => t(`auditChange.field.${String(field)}`, { defaultValue: String(field) }));
  return t('auditChange.search', { by: by.join(t('auditChange.and')), count: detail.results });
}
