import type { TFunction } from 'i18next';
import { isApiError } from '../../../lib/api.ts';
import { errorText } from '../../../lib/errors.ts';
import { formatDateTime } from '../../../lib/format.ts';

/** A locked account is told until when, so the user knows whether to wait or call an administrator. */
export function loginErrorText(t: TFunction, error: unknown): string {
  if (isApiError(error, 'ACCOUNT_LOCKED') && typeof error.extra.lockedUntil === 'string') {
    return t('login.lockedUntil', { message: errorText(t, error), time: formatDateTime(error.extra.lockedUntil) });
  }
  return errorText(t, error);
}
