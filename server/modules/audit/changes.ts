import type { AuditedValue, RecordChange } from '../../../common/contracts/audit.ts';
import { maskIdNumber, maskName, maskPhone } from '../../../common/identity/mask.ts';
import { LEVEL_CODE_LENGTH, REGION_LEVELS } from '../../../common/regions/codes.ts';

/**
 * How a field may appear in the audit log, which administrators read and nobody can correct:
 * - plain: codes, ids, dates, flags, region codes, place labels — as they are;
 * - name: a person's name, masked (张*明);
 * - idNumber, phone: their masked forms (3715**********123X, 138****5678);
 * - birthDate: the year only (with the masked ID number, the full date would give the ID away);
 * - text: free text (addresses, notes, sources) as its length only.
 */
export type FieldKind = 'plain' | 'name' | 'idNumber' | 'phone' | 'birthDate' | 'text';

export type FieldKinds = Record<string, FieldKind>;

/** The values of a record's audited fields, raw: masking happens here and nowhere else. */
export type FieldValues<F extends FieldKinds> = { [K in keyof F]?: string | number | boolean | Date | null };

function masked(kind: FieldKind, value: string | number | boolean | Date | null | undefined): AuditedValue {
  if (value === null || value === undefined || value === '') return null;
  if (value instanceof Date) return value.toISOString();
  if (kind === 'plain') return value;
  const text = String(value);
  switch (kind) {
    case 'name': return maskName(text);
    case 'idNumber': return maskIdNumber(text);
    case 'phone': return maskPhone(text);
    case 'birthDate': return text.slice(0, 4);
    case 'text': return { length: Array.from(text).length };
  }
}

const same = (a: unknown, b: unknown) => (a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : (a ?? null) === (b ?? null));

/**
 * The changed fields of a record, masked: `before` and `after` of each field whose value
 * differs (a create has no `before` and lists the fields it set). Null when nothing changed.
 */
export function recordChange<F extends FieldKinds>(kinds: F, before: FieldValues<F> | null, after: FieldValues<F>): RecordChange | null {
  const from: Record<string, AuditedValue> = {};
  const to: Record<string, AuditedValue> = {};
  for (const [field, kind] of Object.entries(kinds)) {
    if (!(field in after)) continue;
    const next = after[field];
    if (before ? same(before[field], next) : next === null || next === undefined || next === '') continue;
    if (before) from[field] = masked(kind, before[field]);
    to[field] = masked(kind, next);
  }
  if (Object.keys(to).length === 0) return null;
  return before ? { before: from, after: to } : { after: to };
}

/**
 * The region an entry about a move belongs to: the smallest one holding both places, so the
 * administrators of either side can read it.
 */
export function regionHolding(a: string, b: string): string {
  let shared = a.slice(0, LEVEL_CODE_LENGTH[1]);
  for (const level of REGION_LEVELS) {
    const n = LEVEL_CODE_LENGTH[level];
    if (a.length >= n && b.length >= n && a.slice(0, n) === b.slice(0, n)) shared = a.slice(0, n);
  }
  return shared;
}
