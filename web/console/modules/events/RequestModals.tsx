import { Descriptions, Form, InputNumber, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EventRequestView } from '../../../../common/contracts/dispatch.ts';
import type { EventView } from '../../../../common/contracts/field.ts';
import { TIME_LIMIT_BOUNDS } from '../../../../common/events/time-limits.ts';
import { EVENT_REQUEST_KIND, type EventRequestKind } from '../../../../common/events/vocabulary.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { term, termOptions } from '../field/labels.ts';
import { NoteField, trimmed } from './NoteField.tsx';
import { StepModal } from './StepModal.tsx';

interface RequestValues { kind: EventRequestKind; reason: string; minutes?: number }

/** 申请 by the assignee: an extension (how many minutes more), a suspension or a void, with the reason. */
export function RequestModal({ event, onClose }: { event: EventView; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<RequestValues>();
  const kind = Form.useWatch('kind', form) ?? 'extend';
  return (
    <StepModal<RequestValues>
      event={event}
      action="request"
      form={form}
      initialValues={{ kind: 'extend' }}
      toStep={(v) => ({ action: 'request', body: { kind: v.kind, reason: v.reason.trim(), ...(v.kind === 'extend' && v.minutes ? { minutes: v.minutes } : {}) } })}
      fields={['kind', 'reason', 'minutes']}
      onClose={onClose}
    >
      <Form.Item name="kind" label={t('events.requestKind')}>
        <Radio.Group optionType="button" buttonStyle="solid" options={termOptions(t, 'eventRequestKind', EVENT_REQUEST_KIND.codes)} data-testid="event-request-kind" />
      </Form.Item>
      {kind === 'extend' && (
        <Form.Item name="minutes" label={t('events.minutes')} rules={[{ required: true, message: t('events.minutesRequired') }]}>
          <InputNumber min={1} max={TIME_LIMIT_BOUNDS.maxMinutes} precision={0} step={30} style={{ width: 200 }} data-testid="event-request-minutes" />
        </Form.Item>
      )}
      <NoteField name="reason" label={t('events.reason')} requiredMessage={t('events.reasonRequired')} />
    </StepModal>
  );
}

interface DecideValues { approved: boolean; note?: string }

/** 审批: the open request shown, approved or refused (a refusal says why). */
export function DecideModal({ event, request, onClose }: { event: EventView; request: EventRequestView; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<DecideValues>();
  const approved = Form.useWatch('approved', form) ?? true;
  return (
    <StepModal<DecideValues>
      event={event}
      action="decide"
      form={form}
      initialValues={{ approved: true }}
      toStep={(v) => ({ action: 'decide', requestId: request.id, body: { approved: v.approved, ...(trimmed(v.note) ? { note: trimmed(v.note) } : {}) } })}
      fields={['approved', 'note']}
      danger={!approved}
      onClose={onClose}
    >
      <Descriptions
        bordered
        size="small"
        column={1}
        className="decide-request"
        title={t('events.openRequest')}
        items={[
          { key: 'kind', label: t('events.requestKind'), children: <span>{term(t, 'eventRequestKind', request.kind)}{request.minutes !== null && `（${t('events.requestMinutes', { minutes: request.minutes })}）`}</span> },
          { key: 'reason', label: t('events.reason'), children: <span className="event-description">{request.reason}</span> },
          { key: 'by', label: t('events.requester'), children: t('events.requestedBy', { name: request.requestedBy, at: formatDateTime(request.requestedAt) }) },
        ]}
      />
      <Form.Item name="approved" label={t('events.decision')}>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={[{ value: true, label: t('events.approve') }, { value: false, label: t('events.refuse') }]}
          data-testid="event-decide-verdict"
        />
      </Form.Item>
      <NoteField name="note" label={t('events.note')} requiredMessage={approved ? undefined : t('events.refuseNoteRequired')} dependencies={['approved']} />
    </StepModal>
  );
}
