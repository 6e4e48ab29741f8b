import { Form, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EventView } from '../../../../common/contracts/field.ts';
import { NoteField, trimmed } from './NoteField.tsx';
import { StepModal } from './StepModal.tsx';

interface Values { passed: boolean; note?: string }

/** 核查: passed, or failed with the reason, which sends the event back to its assignee. */
export function VerifyModal({ event, onClose }: { event: EventView; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const passed = Form.useWatch('passed', form) ?? true;
  return (
    <StepModal<Values>
      event={event}
      action="verify"
      form={form}
      initialValues={{ passed: true }}
      toStep={(v) => ({ action: 'verify', body: { passed: v.passed, ...(trimmed(v.note) ? { note: trimmed(v.note) } : {}) } })}
      fields={['passed', 'note']}
      danger={!passed}
      onClose={onClose}
    >
      <Form.Item name="passed" label={t('events.verdict')}>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={[{ value: true, label: t('events.passed') }, { value: false, label: t('events.failed') }]}
          data-testid="event-verify-verdict"
        />
      </Form.Item>
      <NoteField name="note" label={t('events.note')} requiredMessage={passed ? undefined : t('events.failNoteRequired')} dependencies={['passed']} />
    </StepModal>
  );
}
