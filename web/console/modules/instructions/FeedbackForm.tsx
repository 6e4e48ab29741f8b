import { Alert, App, Button, Form, Input, InputNumber } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InboxItem } from '../../../../common/contracts/instructions.ts';
import { checkFeedback, INSTRUCTION_LIMITS } from '../../../../common/instructions/rules.ts';
import { isApiError } from '../../../lib/api.ts';
import { errorText } from '../../../lib/errors.ts';
import { newId } from '../../../lib/new-id.ts';
import { feedbackRequest, type FeedbackValues as Values } from './feedback-values.ts';
import { clearEdited, showProblems } from './form-problems.ts';
import { FileUploadInput } from './InstructionFiles.tsx';
import { useAnswerInstruction } from './queries.ts';

/**
 * 反馈 for the caller's office: what was done and the counts the sender asked for, checked by
 * the shared rules. Each sending has its id, so a double click stores one feedback.
 */
export function FeedbackForm({ item }: { item: InboxItem }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [id, setId] = useState(newId);
  const [elsewhere, setElsewhere] = useState<string[]>([]);
  const answer = useAnswerInstruction(item.id);
  const submit = (v: Values) => {
    const body = feedbackRequest(id, v);
    const problems = checkFeedback(body, { feedbackRequired: item.feedbackRequired, fields: item.feedbackFields });
    setElsewhere(showProblems(form, t, problems));
    if (Object.keys(problems).length > 0) return;
    answer.mutate(body, {
      onSuccess: () => {
        void message.success(t('instructions.office.answered'));
        form.resetFields();
        setId(newId());
      },
      onError: (error) => {
        if (isApiError(error)) setElsewhere(showProblems(form, t, error.fields));
      },
    });
  };
  const failed = answer.isError && !(isApiError(answer.error) && Object.keys(answer.error.fields).length > 0);
  return (
    <Form<Values> form={form} layout="vertical" onFinish={submit} onValuesChange={(changed) => clearEdited(form, changed)} className="feedback-form" data-testid="feedback-form">
      {failed && <Alert className="filter-feedback" type="error" showIcon title={errorText(t, answer.error)} />}
      {elsewhere.length > 0 && <Alert className="filter-feedback" type="error" showIcon title={elsewhere.join('；')} />}
      {item.feedbackFields.length > 0 && (
        <div className="feedback-values">
          {item.feedbackFields.map((f) => (
            <Form.Item key={f.key} name={['values', f.key]} label={f.label} required>
              <InputNumber min={0} max={INSTRUCTION_LIMITS.maxValue} precision={0} suffix={f.unit} style={{ width: 160 }} data-testid={`feedback-value-${f.key}`} />
            </Form.Item>
          ))}
        </div>
      )}
      <Form.Item name="text" label={t('instructions.office.text')} required={item.feedbackFields.length === 0}>
        <Input.TextArea rows={3} showCount maxLength={INSTRUCTION_LIMITS.feedback} placeholder={t('instructions.office.textPlaceholder')} data-testid="feedback-text" />
      </Form.Item>
      <Form.Item name="photos" label={t('instructions.files.photos')}>
        <FileUploadInput max={INSTRUCTION_LIMITS.feedbackPhotos} photosOnly testId="feedback-photos" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={answer.isPending} data-testid="feedback-submit">{t('instructions.office.submit')}</Button>
    </Form>
  );
}
