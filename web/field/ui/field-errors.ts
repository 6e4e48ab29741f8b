import type { TFunction } from 'i18next';
import { DISPATCH_PROBLEMS } from '../../../common/events/rules.ts';
import { FIELD_PROBLEMS } from '../../../common/field/rules.ts';
import { INSTRUCTION_PROBLEMS } from '../../../common/instructions/rules.ts';
import { fieldErrorText } from '../../lib/errors.ts';

/** A field's problem in words: one of the shared rule codes (field work, instructions, dispatch), a server reason code, or the validator's phrase. */
export function problemText(t: TFunction, reason: string, english: boolean): string {
  const shared = FIELD_PROBLEMS[reason as keyof typeof FIELD_PROBLEMS] ?? INSTRUCTION_PROBLEMS[reason as keyof typeof INSTRUCTION_PROBLEMS]
    ?? DISPATCH_PROBLEMS[reason as keyof typeof DISPATCH_PROBLEMS];
  if (shared) return english ? shared.en : shared.zh;
  return fieldErrorText(t, reason);
}

/** Server field paths ('location.lon', '/idNumber') → the form's top-level field names. */
export function formFieldOf(path: string): string {
  return path.replace(/^\/+/, '').replace(/\//g, '.').split('.')[0] ?? path;
}
