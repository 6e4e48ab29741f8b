import { Input, TextArea } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import type { FeedbackField } from '../../../common/contracts/instructions.ts';
import { INSTRUCTION_LIMITS } from '../../../common/instructions/rules.ts';
import { Field } from './Field.tsx';
import { countField } from './instruction-feedback.ts';

/** The counts the sender asked for, each with its unit beside it, then the text (required when no count is asked). */
export function InstructionFeedbackFields({ fields }: { fields: readonly FeedbackField[] }) {
  const { t } = useTranslation();
  return (
    <>
      {fields.map((f) => (
        <Field key={f.key} name={countField(f.key)} label={f.label} required>
          <CountInput unit={f.unit} testId={`feedback-count-${f.key}`} placeholder={t('tasks.form.countPlaceholder')} />
        </Field>
      ))}
      <Field name="text" label={t('tasks.form.text')} required={fields.length === 0}>
        <TextArea placeholder={t('tasks.form.textPlaceholder')} maxLength={INSTRUCTION_LIMITS.feedback} showCount autoSize={{ minRows: 3, maxRows: 8 }} data-testid="feedback-text" />
      </Field>
    </>
  );
}

/** Digits only on the keyboard; the value stays as typed, the shared check says what is wrong with it. */
function CountInput({ value, onChange, unit, testId, placeholder }: { value?: string; onChange?: (value: string) => void; unit?: string; testId: string; placeholder: string }) {
  return (
    <div className="count-input">
      <Input value={value ?? ''} onChange={onChange} type="text" inputMode="numeric" pattern="[0-9]*" maxLength={9} clearable placeholder={placeholder} data-testid={testId} />
      {unit && <span className="count-unit">{unit}</span>}
    </div>
  );
}
