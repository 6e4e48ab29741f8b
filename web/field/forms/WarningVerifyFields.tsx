import { TextArea } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { VERIFICATION_OUTCOME, type VerificationOutcome } from '../../../common/declarations/vocabulary.ts';
import { useOptions } from '../ui/term.ts';
import { Field } from './Field.tsx';
import { NOTE_LIMIT } from './warning-verify.ts';

/** The outcomes as big buttons: the worker taps one standing at a door, often with a phone in the other hand. */
function OutcomeChoices({ value, onChange }: { value?: VerificationOutcome | null; onChange?: (value: VerificationOutcome) => void }) {
  const options = useOptions(VERIFICATION_OUTCOME);
  return (
    <div className="outcome-choices" role="radiogroup">
      {options.map((o) => (
        <button
          key={o.value}
          type="button"
          role="radio"
          aria-checked={value === o.value}
          className={`outcome-choice${value === o.value ? ' selected' : ''}`}
          onClick={() => onChange?.(o.value)}
          data-testid={`warning-outcome-${o.value}`}
        >
          {o.label}
        </button>
      ))}
    </div>
  );
}

export function WarningVerifyFields() {
  const { t } = useTranslation();
  return (
    <>
      <Field name="outcome" label={t('warnings.verify.outcome')} required>
        <OutcomeChoices />
      </Field>
      <Field name="note" label={t('warnings.verify.note')}>
        <TextArea placeholder={t('warnings.verify.notePlaceholder')} maxLength={NOTE_LIMIT} showCount autoSize={{ minRows: 3, maxRows: 8 }} data-testid="warning-note" />
      </Field>
    </>
  );
}
