import type { TFunction } from 'i18next';
import type { FormRule as Rule } from 'antd';
import { passwordIsWeak } from '../../../../common/accounts/password-strength.ts';
import { DISPLAY_NAME_MAX, PASSWORD_RULE, passwordProblem, USERNAME_PATTERN } from '../../../../common/accounts/rules.ts';
import { GRID_LEVEL, levelOfCode } from '../../../../common/regions/codes.ts';
import { nameRule } from '../../ui/text-rules.ts';

const PASSWORD_MIN = PASSWORD_RULE.minLength;
const PASSWORD_MAX = PASSWORD_RULE.maxLength;

/** The client-side half of the server's checks, from the same rules module. */
export function usernameRules(t: TFunction): Rule[] {
  return [
    { required: true, message: t('users.usernameRequired') },
    { pattern: new RegExp(USERNAME_PATTERN), message: t('users.usernameInvalid') },
  ];
}

export function displayNameRules(t: TFunction): Rule[] {
  return [
    { required: true, whitespace: true, message: t('users.displayNameRequired') },
    { max: DISPLAY_NAME_MAX, message: t('fieldError.maxLength', { count: DISPLAY_NAME_MAX }) },
    nameRule(t),
  ];
}

/** `knownWords`: the account's username and name, which a guesser tries first. */
export function passwordRules(t: TFunction, knownWords: string[] = []): Rule[] {
  return [
    { required: true, message: t('users.passwordRequired') },
    { min: PASSWORD_MIN, message: t('fieldError.minLength', { count: PASSWORD_MIN }) },
    { max: PASSWORD_MAX, message: t('fieldError.maxLength', { count: PASSWORD_MAX }) },
    {
      validator: (_, value: string | undefined) => (value && passwordProblem(value) === 'LETTERS_AND_DIGITS'
        ? Promise.reject(new Error(t('fieldError.lettersAndDigits')))
        : Promise.resolve()),
    },
    {
      // The server's verdict, before sending: the estimator loads on the first check.
      validator: async (_, value: string | undefined) => {
        if (!value || passwordProblem(value)) return;
        if (await passwordIsWeak(value, knownWords)) throw new Error(t('fieldError.PASSWORD_WEAK'));
      },
    },
  ];
}

export function confirmPasswordRules(t: TFunction): Rule[] {
  return [
    { required: true, message: t('users.confirmRequired') },
    ({ getFieldValue }) => ({
      validator: (_, value: string | undefined) => (!value || value === getFieldValue('password')
        ? Promise.resolve()
        : Promise.reject(new Error(t('users.passwordMismatch')))),
    }),
  ];
}

/** A grid worker's region must be a grid, as the server requires. */
export function regionRules(t: TFunction): Rule[] {
  return [
    { required: true, message: t('users.regionRequired') },
    ({ getFieldValue }) => ({
      validator: (_, code: string | undefined) => (code && getFieldValue('role') === 'grid_worker' && levelOfCode(code) !== GRID_LEVEL
        ? Promise.reject(new Error(t('fieldError.GRID_REQUIRED')))
        : Promise.resolve()),
    }),
  ];
}
