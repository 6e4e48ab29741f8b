import type { TFunction } from 'i18next';
import { ApiError } from './api.ts';

/** A failure in the user's language: the stable code's text, else what the server said. */
export function errorText(t: TFunction, error: unknown): string {
  if (error instanceof ApiError) return t(`error.${error.code}`, { defaultValue: error.message });
  return error instanceof Error ? error.message : String(error);
}

/** Validation phrases the server sends per field (its own and its JSON-schema validator's). */
const REASONS: [RegExp, string][] = [
  [/required property/, 'fieldError.required'],
  [/(at least|fewer than) (\d+) characters/, 'fieldError.minLength'],
  [/(at most|more than) (\d+) characters/, 'fieldError.maxLength'],
  [/letters and digits/, 'fieldError.lettersAndDigits'],
  [/match pattern/, 'fieldError.pattern'],
];

/**
 * One field's reason from `error.fields`: a code (USERNAME_TAKEN, GRID_REQUIRED, a field-work
 * problem such as ID_NUMBER_CHECKSUM…) or a phrase; raw when unknown.
 */
export function fieldErrorText(t: TFunction, reason: string): string {
  if (/^[A-Z_]+$/.test(reason)) {
    for (const key of [`fieldError.${reason}`, `fieldProblem.${reason}`, `error.${reason}`]) {
      const text = t(key, { defaultValue: '' });
      if (text) return text;
    }
  }
  for (const [pattern, key] of REASONS) {
    const match = pattern.exec(reason);
    if (match) return t(key, { count: Number(match[2] ?? 0) });
  }
  return reason;
}
