import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import { isApiError } from '../../lib/api.ts';
import { fieldErrorText } from '../../lib/errors.ts';

/**
 * Puts the server's per-field reasons (`error.fields`) under the form's matching fields.
 * `formNameOf` maps an API field to the form's name for it where they differ.
 * Returns false when none matched, so the caller shows the error as a message instead.
 */
export function showFieldErrors(form: FormInstance, error: unknown, t: TFunction, fieldNames: readonly string[], formNameOf: Record<string, string> = {}): boolean {
  if (!isApiError(error)) return false;
  const matching = Object.entries(error.fields).filter(([name]) => fieldNames.includes(name));
  form.setFields(matching.map(([name, reason]) => ({ name: formNameOf[name] ?? name, errors: [fieldErrorText(t, reason)] })));
  return matching.length > 0;
}
