/**
 * Account rules the server enforces and the console checks before sending. Plain values and
 * functions (no schema library) so the browser bundle stays small.
 */
export const USERNAME_PATTERN = '^[a-z0-9_.-]{3,40}$';
export const DISPLAY_NAME_MAX = 60;
export const PASSWORD_RULE = { minLength: 8, maxLength: 128 } as const;

export type PasswordProblem = 'TOO_SHORT' | 'TOO_LONG' | 'LETTERS_AND_DIGITS';

/** The field reason of a password the strength estimator refuses (password-strength.ts). */
export const PASSWORD_WEAK = 'PASSWORD_WEAK';

export const PASSWORD_PROBLEM_MESSAGES: Record<PasswordProblem, string> = {
  TOO_SHORT: `must have at least ${PASSWORD_RULE.minLength} characters`,
  TOO_LONG: `must have at most ${PASSWORD_RULE.maxLength} characters`,
  LETTERS_AND_DIGITS: 'must mix letters and digits',
};

/** At least 8 characters mixing letters and digits. */
export function passwordProblem(password: string): PasswordProblem | null {
  if (password.length < PASSWORD_RULE.minLength) return 'TOO_SHORT';
  if (password.length > PASSWORD_RULE.maxLength) return 'TOO_LONG';
  if (!/[A-Za-z]/.test(password) || !/\d/.test(password)) return 'LETTERS_AND_DIGITS';
  return null;
}
