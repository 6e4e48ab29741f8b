import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, DatePicker, Drawer, Form, Input, Radio, Result, Space, Switch, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { InboxItem, InstructionCreated } from '../../../../common/contracts/instructions.ts';
import { INSTRUCTION_LIMITS } from '../../../../common/instructions/rules.ts';
import { INSTRUCTION_PRIORITY, RECIPIENT_KIND } from '../../../../common/instructions/vocabulary.ts';
import { GRID_LEVEL } from '../../../../common/regions/codes.ts';
import { isApiError } from '../../../lib/api.ts';
import { errorText } from '../../../lib/errors.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { newId } from '../../../lib/new-id.ts';
import { useCurrentUser } from '../auth/session.ts';
import { levelLabel } from '../regions/region-labels.ts';
import { composeProblems, composeRequest, type ComposeValues } from './compose-request.ts';
import { FileUploadInput } from './InstructionFiles.tsx';
import { clearEdited, showProblems } from './form-problems.ts';
import { useSendInstruction } from './queries.ts';
import { RecipientRegionsSelect } from './RecipientRegionsSelect.tsx';

const TIME = 'YYYY-MM-DD HH:mm';
const OFFICE_LEVELS = [2, 3, 4];
const beforeToday = (day: Dayjs) => day.isBefore(dayjs(), 'day');

/** A new one is due tomorrow at 18:00; a forwarded one keeps its deadline while it lies ahead. */
function initialValues(officeLevels: number[], forward: InboxItem | undefined, region: string): ComposeValues {
  const tomorrowEvening = dayjs().add(1, 'day').hour(18).minute(0).second(0).millisecond(0);
  const level = officeLevels[0];
  if (!forward) return { priority: 'normal', dueAt: tomorrowEvening, timing: 'now', recipients: { kind: 'grid_workers', regions: [], level }, feedbackRequired: true, feedbackFields: [] };
  const due = dayjs(forward.dueAt);
  return {
    title: forward.title,
    priority: forward.priority,
    dueAt: due.isAfter(dayjs()) ? due : tomorrowEvening,
    timing: 'now',
    // Down a level: the offices just below, or the grid workers where no office is below.
    recipients: { kind: level === undefined ? 'grid_workers' : 'staff', regions: [region], level },
    feedbackRequired: forward.feedbackRequired,
    feedbackFields: forward.feedbackFields.map((f) => ({ label: f.label, unit: f.unit })),
  };
}

function Sent({ sent, onClose }: { sent: InstructionCreated & { sendAt?: string }; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  return (
    <Result
      status="success"
      title={sent.status === 'scheduled' ? t('instructions.compose.scheduledDone', { at: formatDateTime(sent.sendAt) }) : t('instructions.compose.sent')}
      subTitle={<span data-testid="compose-receipts">{t('instructions.compose.sentReceipts', { receipts: sent.receipts.toLocaleString(i18n.language) })}</span>}
      extra={[
        <Link key="open" to={`/instructions/${sent.id}`} onClick={onClose}><Button type="primary" data-testid="compose-open-sent">{t('instructions.compose.openSent')}</Button></Link>,
        <Button key="close" onClick={onClose} data-testid="compose-close">{t('common.close')}</Button>,
      ]}
      data-testid="compose-sent"
    />
  );
}

/**
 * 下发指令 (or 转发, with `forward`): checked with the shared rules before it goes, each problem
 * under its field, the server's too. The id is made when the drawer opens, so a second click
 * or a retry after a lost answer sends once.
 */
export function ComposeDrawer({ forward, onClose }: { forward?: InboxItem; onClose: () => void }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [form] = Form.useForm<ComposeValues>();
  const [id] = useState(newId);
  const [elsewhere, setElsewhere] = useState<string[]>([]);
  const send = useSendInstruction();
  const officeLevels = OFFICE_LEVELS.filter((level) => level > me.region.level);
  const kind = Form.useWatch(['recipients', 'kind'], form);
  const level = Form.useWatch(['recipients', 'level'], form);
  const timing = Form.useWatch('timing', form);
  const feedbackRequired = Form.useWatch('feedbackRequired', form);

  const submit = (values: ComposeValues) => {
    const request = composeRequest(id, values, forward?.id);
    const problems = composeProblems(request, values);
    setElsewhere(showProblems(form, t, problems));
    if (Object.keys(problems).length > 0) return;
    send.mutate(request, {
      onError: (error) => {
        if (isApiError(error) && Object.keys(error.fields).length > 0) setElsewhere(showProblems(form, t, error.fields));
      },
    });
  };

  const sent = send.data ? { ...send.data, sendAt: send.variables?.sendAt } : undefined;
  const shownError = send.isError && !(isApiError(send.error) && Object.keys(send.error.fields).length > 0);
  return (
    <Drawer
      open
      title={forward ? t('instructions.compose.forwardTitle') : t('instructions.compose.title')}
      size={640}
      onClose={onClose}
      destroyOnHidden
      extra={!sent && (
        <Space>
          <Button onClick={onClose}>{t('common.close')}</Button>
          <Button type="primary" loading={send.isPending} onClick={() => form.submit()} data-testid="compose-submit">{t('instructions.compose.submit')}</Button>
        </Space>
      )}
      data-testid="compose-drawer"
    >
      {sent ? <Sent sent={sent} onClose={onClose} /> : (
        <>
          {shownError && <Alert className="filter-feedback" type="error" showIcon title={errorText(t, send.error)} data-testid="compose-error" />}
          {elsewhere.length > 0 && <Alert className="filter-feedback" type="error" showIcon title={elsewhere.join('；')} data-testid="compose-problems" />}
          <Form<ComposeValues> form={form} layout="vertical" onFinish={submit} onValuesChange={(changed) => clearEdited(form, changed)} initialValues={initialValues(officeLevels, forward, me.region.code)} data-testid="compose-form">
            <Form.Item name="title" label={t('instructions.compose.fieldTitle')} required>
              <Input maxLength={INSTRUCTION_LIMITS.title} showCount placeholder={t('instructions.compose.titlePlaceholder')} data-testid="compose-title" />
            </Form.Item>
            {forward && (
              <Form.Item label={t('instructions.compose.original')}>
                <div className="forward-original" data-testid="compose-original">
                  <Typography.Paragraph className="forward-original-body">{forward.body}</Typography.Paragraph>
                  <div className="text-muted">{t('instructions.compose.originalFrom', { region: forward.sender.region.name, at: formatDateTime(forward.sentAt) })}</div>
                </div>
              </Form.Item>
            )}
            <Form.Item name="body" label={forward ? t('instructions.compose.additions') : t('instructions.compose.body')} required>
              <Input.TextArea
                rows={forward ? 3 : 5}
                showCount
                maxLength={forward ? INSTRUCTION_LIMITS.addition : INSTRUCTION_LIMITS.body}
                placeholder={forward ? t('instructions.compose.additionsPlaceholder') : t('instructions.compose.bodyPlaceholder')}
                data-testid="compose-body"
              />
            </Form.Item>
            <Space size={24} wrap align="start">
              <Form.Item name="priority" label={t('instructions.compose.priority')} required>
                <Radio.Group optionType="button" buttonStyle="solid" options={INSTRUCTION_PRIORITY.codes.map((p) => ({ value: p, label: t(`instructionPriority.${p}`) }))} data-testid="compose-priority" />
              </Form.Item>
              <Form.Item name="dueAt" label={t('instructions.compose.dueAt')} required>
                <DatePicker showTime={{ format: 'HH:mm' }} format={TIME} disabledDate={beforeToday} style={{ width: 200 }} data-testid="compose-due" />
              </Form.Item>
            </Space>
            <Space size={24} wrap align="start">
              <Form.Item name="timing" label={t('instructions.compose.timing')}>
                <Radio.Group options={[{ value: 'now', label: t('instructions.compose.now') }, { value: 'scheduled', label: t('instructions.compose.scheduled') }]} data-testid="compose-timing" />
              </Form.Item>
              {timing === 'scheduled' && (
                <Form.Item name="sendAt" label={t('instructions.compose.sendAt')} required>
                  <DatePicker showTime={{ format: 'HH:mm' }} format={TIME} disabledDate={beforeToday} style={{ width: 200 }} data-testid="compose-send-at" />
                </Form.Item>
              )}
            </Space>
            <Form.Item name={['recipients', 'kind']} label={t('instructions.compose.recipientKind')} required>
              <Radio.Group
                optionType="button"
                options={RECIPIENT_KIND.codes.map((k) => ({ value: k, label: t(`recipientKind.${k}`), disabled: k === 'staff' && officeLevels.length === 0 }))}
                data-testid="compose-kind"
              />
            </Form.Item>
            {kind === 'staff' && (
              <Form.Item name={['recipients', 'level']} label={t('instructions.compose.level')} required>
                <Radio.Group options={officeLevels.map((l) => ({ value: l, label: levelLabel(t, l) }))} data-testid="compose-level" />
              </Form.Item>
            )}
            <Form.Item
              name={['recipients', 'regions']}
              label={t('instructions.compose.regions')}
              required
              extra={kind === 'staff' ? t('instructions.compose.staffHint') : t('instructions.compose.regionsHint')}
            >
              <RecipientRegionsSelect
                deepest={kind === 'staff' ? level ?? GRID_LEVEL : GRID_LEVEL}
                placeholder={t('instructions.compose.regionsPlaceholder', { region: me.region.name })}
                data-testid="compose-regions"
              />
            </Form.Item>
            <Form.Item name="feedbackRequired" label={t('instructions.compose.feedbackRequired')} valuePropName="checked" extra={t('instructions.compose.feedbackHint')}>
              <Switch data-testid="compose-feedback-required" />
            </Form.Item>
            {feedbackRequired && <FeedbackFieldsInput />}
            <Form.Item name="attachments" label={t('instructions.files.label')} extra={t('instructions.files.hint', { max: INSTRUCTION_LIMITS.attachments })}>
              <FileUploadInput max={INSTRUCTION_LIMITS.attachments} testId="compose-attachments" />
            </Form.Item>
          </Form>
        </>
      )}
    </Drawer>
  );
}

/** The counts asked back, keyed by their place when sent (f1, f2…). */
function FeedbackFieldsInput() {
  const { t } = useTranslation();
  return (
    <Form.Item label={t('instructions.compose.feedbackFields')} extra={t('instructions.compose.feedbackFieldsHint', { max: INSTRUCTION_LIMITS.fields })}>
      <Form.List name="feedbackFields">
        {(fields, { add, remove }) => (
          <div className="feedback-fields" data-testid="compose-fields">
            {fields.map((field, n) => (
              <Space key={field.key} align="start" className="feedback-field-row">
                <Form.Item name={[field.name, 'label']} className="feedback-field-label">
                  <Input maxLength={INSTRUCTION_LIMITS.fieldLabel} placeholder={t('instructions.compose.fieldLabel')} data-testid={`compose-field-label-${n}`} />
                </Form.Item>
                <Form.Item name={[field.name, 'unit']} className="feedback-field-unit">
                  <Input maxLength={INSTRUCTION_LIMITS.fieldUnit} placeholder={t('instructions.compose.fieldUnit')} data-testid={`compose-field-unit-${n}`} />
                </Form.Item>
                <Button type="text" icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={t('instructions.compose.removeField')} data-testid={`compose-field-remove-${n}`} />
              </Space>
            ))}
            {fields.length < INSTRUCTION_LIMITS.fields && (
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ label: '', unit: '' })} data-testid="compose-add-field">{t('instructions.compose.addField')}</Button>
            )}
          </div>
        )}
      </Form.List>
    </Form.Item>
  );
}
