import type { FormRule } from 'antd';
import type { TFunction } from 'i18next';
import { checkIdNumber } from '../../../../common/identity/id-number.ts';
import { checkMobilePhone } from '../../../../common/identity/phone.ts';

/** The server matches numbers exactly, so a malformed one could never find anyone: say so here. */
export function idNumberRule(t: TFunction): FormRule {
  return {
    validator: (_, value: string | undefined) => {
      if (!value?.trim()) return Promise.resolve();
      const check = checkIdNumber(value);
      if (check.ok) return Promise.resolve();
      return Promise.reject(new Error(t(check.problem === 'CHECKSUM' ? 'fieldProblem.ID_NUMBER_CHECKSUM' : 'fieldProblem.ID_NUMBER_INVALID')));
    },
  };
}

export function phoneRule(t: TFunction): FormRule {
  return {
    validator: (_, value: string | undefined) => (!value?.trim() || checkMobilePhone(value).ok
      ? Promise.resolve()
      : Promise.reject(new Error(t('fieldProblem.PHONE_INVALID')))),
  };
}
