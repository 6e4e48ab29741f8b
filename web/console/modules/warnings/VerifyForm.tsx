import { Alert, App, Button, Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WarningVerify } from '../../../../common/contracts/declarations.ts';
import { VERIFICATION_OUTCOME } from '../../../../common/declarations/vocabulary.ts';
import { isApiError } from '../../../lib/api.ts';
import { errorText } from '../../../lib/errors.ts';
import { showFieldErrors } from '../../ui/form-errors.ts';
import { declOptions, declTerm } from '../vital-signs/terms.ts';
import { useVerifyWarning } from './queries.ts';
import { freeTextRule } from '../../ui/text-rules.ts';

/** The server's limit on the note (WarningVerify). */
const NOTE_MAX = 500;

/**
 * Records the outcome of checking on the person (核实). Someone else may verify first (the grid
 * worker in the field app): the server then answers ALREADY_VERIFIED, the warning is re-read
 * and the drawer shows their outcome instead of this form.
 */
export function VerifyForm({ id }: { id: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<WarningVerify>();
  const verify = useVerifyWarning(id);
  const submit = (values: WarningVerify) => {
    const note = values.note?.trim();
    verify.mutate({ outcome: values.outcome, ...(note ? { note } : {}) }, {
      onSuccess: (w) => void message.success(t('warnings.verified', { outcome: declTerm(t, 'verificationOutcome', w.outcome) })),
      onError: (error) => {
        // Someone else (the grid worker in the field app) was first: the drawer now shows their outcome.
        if (isApiError(error, 'ALREADY_VERIFIED')) void message.warning(t('warnings.alreadyVerified'));
        else showFieldErrors(form, error, t, ['outcome', 'note']);
      },
    });
  };
  const fieldError = isApiError(verify.error) && Object.keys(verify.error.fields).some((f) => f === 'outcome' || f === 'note');
  return (
    <Form<WarningVerify> form={form} layout="vertical" onFinish={submit} requiredMark={false} className="verify-form" data-testid="warning-verify-form">
      {verify.isError && !fieldError && <Alert className="filter-feedback" type="error" showIcon title={errorText(t, verify.error)} data-testid="warning-verify-error" />}
      <Form.Item name="outcome" label={t('warnings.outcome')} rules={[{ required: true, message: t('warnings.outcomeRequired') }]}>
        <Radio.Group options={declOptions(t, 'verificationOutcome', VERIFICATION_OUTCOME.codes)} data-testid="warning-verify-outcome" />
      </Form.Item>
      <Form.Item name="note" label={t('warnings.note')} rules={[freeTextRule(t)]}>
        <Input.TextArea rows={3} showCount maxLength={NOTE_MAX} placeholder={t('warnings.notePlaceholder')} data-testid="warning-verify-note" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={verify.isPending} data-testid="warning-verify-submit">{t('warnings.verifySubmit')}</Button>
    </Form>
  );
}
