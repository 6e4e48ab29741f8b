import type { FormRule } from 'antd';
import type { TFunction } from 'i18next';
import { freeTextProblem, nameProblem, type TextProblem } from '../../../common/text/rules.ts';
import { fieldErrorText } from '../../lib/errors.ts';

/** The shared text rule (common/text/rules.ts) as an antd form rule, with its message in the user's language. */
function textRule(problemOf: (value: string) => TextProblem | null) {
  return (t: TFunction): FormRule => ({
    validator: (_, value: unknown) => {
      const problem = typeof value === 'string' && value !== '' ? problemOf(value) : null;
      return problem ? Promise.reject(new Error(fieldErrorText(t, problem))) : Promise.resolve();
    },
  });
}

/** A name: one line of visible text. */
export const nameRule = textRule(nameProblem);
/** A note, description, address, source or reason: lines allowed, controls and bidi overrides not. */
export const freeTextRule = textRule(freeTextProblem);
