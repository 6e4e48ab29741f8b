import { Alert, App, Button, Form, Input, Modal, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventView } from '../../../../common/contracts/field.ts';
import { TEXT_LIMITS } from '../../../../common/field/rules.ts';
import { errorText } from '../../../lib/errors.ts';
import { term } from '../field/labels.ts';
import { useEventStep, type NoteStep } from './queries.ts';
import { freeTextRule } from '../../ui/text-rules.ts';

/** The note-only steps the server says the caller may take now (`canAct`), in the loop's order. */
function noteSteps(event: EventView): NoteStep[] {
  const steps: NoteStep[] = [];
  if (event.canAct.includes('accept')) steps.push('accept');
  if (event.canAct.includes('verify')) steps.push('verify-pass', 'verify-fail');
  if (event.canAct.includes('close')) steps.push('close');
  if (event.canAct.includes('reject')) steps.push('reject');
  return steps;
}

/** A refusal or a failed verification says why; the others may. */
const NOTE_REQUIRED: readonly NoteStep[] = ['reject', 'verify-fail'];

function buttonLook(step: NoteStep): { type?: 'primary'; danger?: boolean } {
  if (step === 'reject' || step === 'verify-fail') return { danger: true };
  return { type: 'primary' };
}

export function EventStatusActions({ event }: { event: EventView }) {
  const { t } = useTranslation();
  const [target, setTarget] = useState<NoteStep | null>(null);
  const steps = noteSteps(event);
  if (steps.length === 0) return null;
  return (
    <>
      <Space wrap data-testid="event-actions">
        {steps.map((step) => (
          <Button key={step} {...buttonLook(step)} onClick={() => setTarget(step)} data-testid={`event-move-${step}`}>
            {t(`events.move.${step}`)}
          </Button>
        ))}
      </Space>
      {target && <StatusChangeModal event={event} step={target} onClose={() => setTarget(null)} />}
    </>
  );
}

/**
 * Confirms one move, with an optional note. The event may change meanwhile (another officer,
 * another tab): the move then no longer applies, the server answers INVALID_TRANSITION, the
 * refreshed status is shown and the dialog can only be closed.
 */
function StatusChangeModal({ event, step, onClose }: { event: EventView; step: NoteStep; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ note?: string }>();
  const change = useEventStep(event.id);
  const [from] = useState(event.status);
  const overtaken = event.status !== from && !change.isSuccess;
  const action = t(`events.move.${step}`);
  const noteRequired = NOTE_REQUIRED.includes(step);
  const submit = ({ note }: { note?: string }) => {
    change.mutate({ step, ...(note?.trim() ? { note: note.trim() } : {}) }, {
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
      okButtonProps={{ danger: buttonLook(step).danger, disabled: overtaken, 'data-testid': 'event-move-submit' }}
      onOk={() => form.submit()}
      confirmLoading={change.isPending}
      onCancel={onClose}
      width={520}
    >
      <p className="text-muted">{t(`events.moveHint.${step}`)}</p>
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
        <Form.Item name="note" label={t('events.note')} rules={[freeTextRule(t), ...(noteRequired ? [{ required: true, whitespace: true, message: t('events.noteRequired') }] : [])]}>
          <Input.TextArea rows={3} showCount maxLength={TEXT_LIMITS.note} placeholder={t(noteRequired ? 'events.noteRequiredPlaceholder' : 'events.notePlaceholder')} data-testid="event-move-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
