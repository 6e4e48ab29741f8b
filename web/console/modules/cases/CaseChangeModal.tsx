import { Alert, App, AutoComplete, DatePicker, Form, Input, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseChange, CaseView } from '../../../../common/contracts/cases.ts';
import { CASE_TEXT_LIMITS, checkCaseChange } from '../../../../common/cases/rules.ts';
import type { CaseStatus } from '../../../../common/cases/vocabulary.ts';
import { isApiError } from '../../../lib/api.ts';
import { errorText, fieldErrorText } from '../../../lib/errors.ts';
import { newId } from '../../../lib/new-id.ts';
import { showFieldErrors } from '../../ui/form-errors.ts';
import { term } from '../field/labels.ts';
import { CaseStatusTag } from './CaseStatusTag.tsx';
import { COMMON_SOURCES, DAY, outsideDates, showRuleErrors } from './form-rules.ts';
import { useChangeCase } from './queries.ts';

interface Values {
  changedOn: Dayjs;
  source: string;
  note?: string;
}

const FIELDS = ['changedOn', 'source', 'note'] as const;

/**
 * Confirms one status change. Its id is made when the dialog opens, so sending again after a
 * lost answer is stored once. The case may move on meanwhile (another officer): the server
 * then answers CONFLICT with its status now, and the dialog can only be closed.
 */
export function CaseChangeModal({ item, to, onClose }: { item: CaseView; to: CaseStatus; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const change = useChangeCase(item.id);
  const [id] = useState(newId);
  const conflict = isApiError(change.error, 'CONFLICT') ? change.error : null;
  const overtaken = conflict !== null;
  const nowStatus = conflict?.extra.currentStatus as CaseStatus | undefined;

  const submit = (values: Values) => {
    const body: CaseChange = {
      id, toStatus: to, fromStatus: item.status, changedOn: values.changedOn.format(DAY), source: values.source.trim(),
      ...(values.note?.trim() ? { note: values.note.trim() } : {}),
    };
    if (showRuleErrors(form, t, checkCaseChange(body, item))) return;
    change.mutate(body, {
      onSuccess: () => {
        void message.success(t('cases.changed', { status: term(t, 'caseStatus', to) }));
        onClose();
      },
      onError: (error) => void showFieldErrors(form, error, t, FIELDS),
    });
  };
  // Field problems the form cannot show (the target status itself) go in the alert, in words.
  const otherProblems = isApiError(change.error, 'VALIDATION_FAILED')
    ? Object.entries(change.error.fields).filter(([f]) => !(FIELDS as readonly string[]).includes(f)).map(([, reason]) => fieldErrorText(t, reason)).join('；')
    : null;
  return (
    <Modal
      open
      title={t('cases.changeTitle', { name: item.name, status: term(t, 'caseStatus', to) })}
      okText={t('cases.changeTo', { status: term(t, 'caseStatus', to) })}
      okButtonProps={{ danger: to === 'deceased', disabled: overtaken, 'data-testid': 'case-change-submit' }}
      onOk={() => form.submit()}
      confirmLoading={change.isPending}
      onCancel={onClose}
      width={520}
      destroyOnHidden
    >
      <p className="change-arrow"><CaseStatusTag status={item.status} /> → <CaseStatusTag status={to} /></p>
      {change.isError && otherProblems !== '' && (
        <Alert
          className="filter-feedback"
          type="error"
          showIcon
          title={overtaken ? t('cases.overtaken') : otherProblems || errorText(t, change.error)}
          description={nowStatus ? t('cases.nowStatus', { status: term(t, 'caseStatus', nowStatus) }) : undefined}
          data-testid="case-change-error"
        />
      )}
      <Form<Values> form={form} layout="vertical" onFinish={submit} disabled={overtaken} initialValues={{ changedOn: dayjs() }}>
        <Form.Item name="changedOn" label={t('cases.changedOn')} rules={[{ required: true, message: t('fieldProblem.REQUIRED') }]} extra={t('cases.changedOnHint', { day: item.statusOn })}>
          <DatePicker format={DAY} disabledDate={outsideDates(item.statusOn)} allowClear={false} style={{ width: 200 }} data-testid="case-change-date" />
        </Form.Item>
        <Form.Item name="source" label={t('cases.source')} rules={[{ required: true, whitespace: true, message: t('fieldProblem.REQUIRED') }]}>
          <AutoComplete options={COMMON_SOURCES} maxLength={CASE_TEXT_LIMITS.source} placeholder={t('cases.sourcePlaceholder')} data-testid="case-change-source" />
        </Form.Item>
        <Form.Item name="note" label={t('cases.note')}>
          <Input.TextArea rows={3} showCount maxLength={CASE_TEXT_LIMITS.note} placeholder={t('cases.notePlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
