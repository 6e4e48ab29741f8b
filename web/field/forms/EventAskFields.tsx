import { TextArea } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { TEXT_LIMITS } from '../../../common/field/rules.ts';
import { SingleSelector } from '../ui/SingleSelector.tsx';
import { EXTENSION_HOURS, type EventAsk } from './event-handle.ts';
import { Field } from './Field.tsx';
import { useFieldValue } from './form-state.tsx';

/** The extension's length as choices; the form keeps hours as a number. */
function HoursChoices({ value, onChange }: { value?: number | null; onChange?: (value: number | null) => void }) {
  const { t } = useTranslation();
  const options = EXTENSION_HOURS.map((h) => ({ value: String(h), label: h < 24 ? t('eventTask.ask.hours', { count: h }) : t('eventTask.ask.days', { count: h / 24 }) }));
  return <SingleSelector options={options} columns={3} value={value ? String(value) : null} onChange={(v) => onChange?.(v ? Number(v) : null)} testId="ask-hours" />;
}

/** 退回 or a request to the dispatcher: which, why, and for an extension how long. */
export function EventAskFields({ kinds }: { kinds: readonly EventAsk[] }) {
  const { t } = useTranslation();
  const kind = useFieldValue<EventAsk | null>('kind');
  const options = kinds.map((k) => ({ value: k, label: t(`eventTask.ask.kind.${k}`) }));
  return (
    <>
      <Field name="kind" label={t('eventTask.ask.what')} required>
        <SingleSelector options={options} columns={2} testId="ask-kind" />
      </Field>
      {kind === 'extend' && (
        <Field name="hours" label={t('eventTask.ask.howLong')} required>
          <HoursChoices />
        </Field>
      )}
      <Field name="reason" label={t('eventTask.ask.reason')} required help={kind === 'return' ? t('eventTask.ask.returnHelp') : t('eventTask.ask.requestHelp')}>
        <TextArea placeholder={t(`eventTask.ask.placeholder.${kind ?? 'return'}`)} autoSize={{ minRows: 3, maxRows: 6 }} maxLength={TEXT_LIMITS.note} showCount data-testid="ask-reason" />
      </Field>
    </>
  );
}
