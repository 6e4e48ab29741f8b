import type { WarningView } from '../../../common/contracts/declarations.ts';
import type { VerificationOutcome } from '../../../common/declarations/vocabulary.ts';
import type { WarningVerifyPayload } from '../offline/outbox-types.ts';
import { checkText } from '../../../common/field/rules.ts';
import { optionalText, requireFields } from './required.ts';

/** The verification of a warning (核实): the outcome, and a note of at most 500 characters (the API's limit). */
export const NOTE_LIMIT = 500;

export interface WarningVerifyValues extends Record<string, unknown> {
  outcome: VerificationOutcome | null;
  note: string;
}

export const warningVerifyDefaults = (): WarningVerifyValues => ({ outcome: null, note: '' });

export function validateWarningVerify(v: WarningVerifyValues): Record<string, string> {
  const errors: Record<string, string> = {};
  checkText(errors, 'note', v.note, NOTE_LIMIT, false);
  return requireFields(errors, v, ['outcome']);
}

export function warningVerifyPayload(warning: WarningView, v: WarningVerifyValues, verifiedAt = new Date().toISOString()): WarningVerifyPayload {
  const note = optionalText(v.note);
  return { warningId: warning.id, outcome: v.outcome!, ...(note ? { note } : {}), verifiedAt, warning };
}

export function warningVerifyValues(p: WarningVerifyPayload): WarningVerifyValues {
  return { outcome: p.outcome, note: p.note ?? '' };
}
