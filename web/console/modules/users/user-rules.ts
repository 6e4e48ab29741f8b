import type { TFunction } from 'i18next';
import type { FormRule as Rule } from 'antd';
import { CreateUser, Password, USERNAME_PATTERN } from '../../../../common/contracts/users.ts';
import { GRID_LEVEL, levelOfCode } from '../../../../common/regions/codes.ts';

/** TypeBox keeps the JSON-schema keywords on the schema object without typing them. */
const keyword = (schema: object, name: 'minLength' | 'maxLength'): number => (schema as Record<string, number>)[name]!;
const DISPLAY_NAME_MAX = keyword(CreateUser.properties.displayName, 'maxLength');

/** The client-side half of the server's checks, read from the same contract where it states them. */
export function usernameRules(t: TFunction): Rule[] {
  return [
    { required: true, message: t('users.usernameRequired') },
    { pattern: new RegExp(USERNAME_PATTERN), message: t('users.usernameRule') },
  ];
}

export function displayNameRules(t: TFunction): Rule[] {
  return [
    { required: true, whitespace: true, message: t('users.displayNameRequired') },
    { max: DISPLAY_NAME_MAX, message: t('fieldError.maxLength', { count: DISPLAY_NAME_MAX }) },
  ];
}

export function passwordRules(t: TFunction): Rule[] {
  return [
    { required: true, message: t('users.passwordRequired') },
    { min: keyword(Password, 'minLength'), max: keyword(Password, 'maxLength'), message: t('users.passwordRule') },
    // The contract states only the length; "letters and digits" is the server's passwordProblem().
    { pattern: /^(?=.*[A-Za-z])(?=.*\d)/, message: t('users.passwordRule') },
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
