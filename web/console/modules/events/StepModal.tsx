import { Alert, App, Form, Modal, type FormInstance } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventView } from '../../../../common/contracts/field.ts';
import { errorText } from '../../../lib/errors.ts';
import { showFieldErrors } from '../../ui/form-errors.ts';
import { term } from '../field/labels.ts';
import { useEventStep, type EventStep } from './queries.ts';

/** What the drawer offers: the server's `canAct` names. */
export type EventActOption = 'accept' | 'reject' | 'dispatch' | 'handle' | 'return' | 'verify' | 'close' | 'request' | 'decide' | 'resume';

interface Props<V extends object> {
  event: EventView;
  action: EventActOption;
  form: FormInstance<V>;
  /** The step to send, from the form's values. */
  toStep: (values: V) => EventStep;
  /** The API's field names the form shows errors under, and where they differ the form's name for each. */
  fields: readonly string[];
  formNameOf?: Record<string, string>;
  initialValues?: Partial<V>;
  danger?: boolean;
  width?: number;
  onClose: () => void;
  children: ReactNode;
}

/**
 * One step of the loop in a dialog: the form, the server's reasons under its fields (or above
 * them), and the refreshed event afterwards. The event may move meanwhile (another officer,
 * another tab): once the action is no longer among those the server offers, the dialog says so
 * and can only be closed.
 */
export function StepModal<V extends object>({ event, action, form, toStep, fields, formNameOf, initialValues, danger, width = 560, onClose, children }: Props<V>) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const step = useEventStep(event.id);
  const [failure, setFailure] = useState<unknown>(null);
  const overtaken = !event.canAct.includes(action) && !step.isSuccess && !step.isPending;
  const label = t(`events.action.${action}`);
  const submit = (values: V) => {
    setFailure(null);
    step.mutate(toStep(values), {
      onSuccess: (answer) => {
        const status = 'status' in answer ? answer.status : event.status;
        void message.success(t('events.done', { action: label, status: term(t, 'eventStatus', status) }));
        onClose();
      },
      onError: (error) => {
        if (!showFieldErrors(form, error, t, fields, formNameOf)) setFailure(error);
      },
    });
  };
  return (
    <Modal
      open
      title={`${label} · ${term(t, 'eventCategory', event.category)}`}
      okText={label}
      okButtonProps={{ danger, disabled: overtaken, 'data-testid': 'event-step-submit' }}
      onOk={() => form.submit()}
      confirmLoading={step.isPending}
      onCancel={onClose}
      width={width}
      destroyOnHidden
    >
      <p className="text-muted">{t(`events.actionHint.${action}`)}</p>
      {(failure !== null || overtaken) && (
        <Alert className="filter-feedback" type="error" showIcon title={overtaken ? t('events.overtaken') : errorText(t, failure)} data-testid="event-step-error" />
      )}
      <Form<V> form={form} layout="vertical" onFinish={submit} disabled={overtaken} initialValues={initialValues} data-testid={`event-${action}-form`}>
        {children}
      </Form>
    </Modal>
  );
}
