import { Alert, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api.ts';
import { errorText } from '../../../lib/errors.ts';
import { showFieldErrors } from '../../ui/form-errors.ts';
import { useReveal, type Revealed } from './queries.ts';
import { freeTextRule } from '../../ui/text-rules.ts';

/** The server's limits on the reason (RevealRequest), counted after trimming. */
const REASON_MIN = 2;
const REASON_MAX = 200;

interface Props {
  personId: string;
  onRevealed: (values: Revealed) => void;
  onClose: () => void;
}

/** Asks why before the full numbers are fetched; mounted only while open. */
export function RevealModal({ personId, onRevealed, onClose }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  const reveal = useReveal(personId, onRevealed);
  const submit = ({ reason }: { reason: string }) => {
    reveal.mutate(reason.trim(), {
      onSuccess: onClose,
      onError: (error) => void showFieldErrors(form, error, t, ['reason']),
    });
  };
  // A refused reason shows under the field; anything else (no permission, gone, network) above the form.
  const fieldError = isApiError(reveal.error) && 'reason' in reveal.error.fields;

  return (
    <Modal
      open
      title={t('persons.revealTitle')}
      okText={t('persons.revealConfirm')}
      onOk={() => form.submit()}
      confirmLoading={reveal.isPending}
      onCancel={onClose}
      okButtonProps={{ 'data-testid': 'reveal-submit' }}
      width={520}
    >
      <Alert type="warning" showIcon title={t('persons.revealHint')} className="reveal-hint" />
      {reveal.isError && !fieldError && <Alert type="error" showIcon title={errorText(t, reveal.error)} className="reveal-hint" data-testid="reveal-error" />}
      <Form form={form} layout="vertical" onFinish={submit} requiredMark={false} data-testid="reveal-form">
        <Form.Item
          name="reason"
          label={t('persons.reason')}
          rules={[
            { required: true, whitespace: true, message: t('persons.reasonRequired') },
            freeTextRule(t),
            {
              validator: (_, value: string | undefined) => {
                const length = Array.from(value?.trim() ?? '').length;
                if (length > 0 && length < REASON_MIN) return Promise.reject(new Error(t('fieldError.minLength', { count: REASON_MIN })));
                if (length > REASON_MAX) return Promise.reject(new Error(t('fieldError.maxLength', { count: REASON_MAX })));
                return Promise.resolve();
              },
            },
          ]}
        >
          <Input.TextArea rows={3} showCount maxLength={REASON_MAX} placeholder={t('persons.reasonPlaceholder')} autoFocus data-testid="reveal-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
