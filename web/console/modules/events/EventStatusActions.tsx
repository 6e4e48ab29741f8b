import { Alert, App, Button, Form, Input, Modal, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventView } from '../../../../common/contracts/field.ts';
import { EVENT_TRANSITIONS, type EventStatus } from '../../../../common/field/event-status.ts';
import { TEXT_LIMITS } from '../../../../common/field/rules.ts';
import { errorText } from '../../../lib/errors.ts';
import { term } from '../field/labels.ts';
import { useEventStatusChange } from './queries.ts';
import { freeTextRule } from '../../ui/text-rules.ts';

/** The button's words: moving a resolved event back to accepted sends it back for handling. */
function actionKey(from: EventStatus, to: EventStatus): string {
  return from === 'resolved' && to === 'accepted' ? 'reopen' : to;
}

function buttonLook(to: EventStatus, from: EventStatus): { type?: 'primary'; danger?: boolean } {
  if (to === 'rejected') return { danger: true };
  if (from === 'resolved' && to === 'accepted') return {};
  return { type: 'primary' };
}

/** One button per move the shared state machine allows from the event's status (events.manage only). */
export function EventStatusActions({ event }: { event: EventView }) {
  const { t } = useTranslation();
  const [target, setTarget] = useState<EventStatus | null>(null);
  const moves = EVENT_TRANSITIONS[event.status];
  if (moves.length === 0) return null;
  return (
    <>
      <Space wrap data-testid="event-actions">
        {moves.map((to) => (
          <Button key={to} {...buttonLook(to, event.status)} onClick={() => setTarget(to)} data-testid={`event-move-${to}`}>
            {t(`events.move.${actionKey(event.status, to)}`)}
          </Button>
        ))}
      </Space>
      {target && <StatusChangeModal event={event} to={target} onClose={() => setTarget(null)} />}
    </>
  );
}

/**
 * Confirms one move, with an optional note. The event may change meanwhile (another officer,
 * another tab): the move then no longer applies, the server answers INVALID_TRANSITION, the
 * refreshed status is shown and the dialog can only be closed.
 */
function StatusChangeModal({ event, to, onClose }: { event: EventView; to: EventStatus; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ note?: string }>();
  const change = useEventStatusChange(event.id);
  const [from] = useState(event.status);
  const overtaken = event.status !== from && !change.isSuccess;
  const action = t(`events.move.${actionKey(from, to)}`);
  const submit = ({ note }: { note?: string }) => {
    change.mutate({ status: to, ...(note?.trim() ? { note: note.trim() } : {}) }, {
      onSuccess: (updated) => {
        void message.success(t('events.moved', { status: term(t, 'eventStatus', updated.status) }));
        onClose();
      },
    });
  };
  return (
    <Modal
      open
      title={t('events.moveTitle', { action, category: term(t, 'eventCategory', event.category) })}
      okText={action}
      okButtonProps={{ danger: to === 'rejected', disabled: overtaken, 'data-testid': 'event-move-submit' }}
      onOk={() => form.submit()}
      confirmLoading={change.isPending}
      onCancel={onClose}
      width={520}
    >
      <p className="text-muted">{t('events.moveHint', { from: term(t, 'eventStatus', from), to: term(t, 'eventStatus', to) })}</p>
      {(change.isError || overtaken) && (
        <Alert
          className="filter-feedback"
          type="error"
          showIcon
          title={change.isError ? errorText(t, change.error) : t('events.overtaken')}
          description={overtaken ? t('events.nowStatus', { status: term(t, 'eventStatus', event.status) }) : undefined}
          data-testid="event-move-error"
        />
      )}
      <Form form={form} layout="vertical" onFinish={submit} disabled={overtaken}>
        <Form.Item name="note" label={t('events.note')} rules={[freeTextRule(t)]}>
          <Input.TextArea rows={3} showCount maxLength={TEXT_LIMITS.note} placeholder={t('events.notePlaceholder')} data-testid="event-move-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
