import { Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventDetail } from '../../../../common/contracts/field.ts';
import { DispatchModal } from './DispatchModal.tsx';
import { HandleModal } from './HandleModal.tsx';
import { NoteStepModal } from './NoteStepModal.tsx';
import { DecideModal, RequestModal } from './RequestModals.tsx';
import type { EventActOption } from './StepModal.tsx';
import { VerifyModal } from './VerifyModal.tsx';

/** The loop's order; the server says which of them the caller may take now (`canAct`). */
const ORDER: readonly EventActOption[] = ['accept', 'dispatch', 'handle', 'verify', 'close', 'decide', 'resume', 'request', 'return', 'reject'];
const PRIMARY: readonly EventActOption[] = ['dispatch', 'handle', 'verify', 'close', 'decide'];
const DANGER: readonly EventActOption[] = ['reject', 'return'];

/** The buttons of the steps the caller may take, each opening its dialog. */
export function EventActions({ detail }: { detail: EventDetail }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<EventActOption | null>(null);
  const { event } = detail;
  const offered = ORDER.filter((a) => event.canAct.includes(a));
  const openRequest = detail.requests.find((r) => r.decidedAt === null);
  if (offered.length === 0) return null;
  const close = () => setOpen(null);
  return (
    <>
      <Space wrap data-testid="event-actions">
        {offered.map((action) => (
          <Button
            key={action}
            type={PRIMARY.includes(action) ? 'primary' : 'default'}
            danger={DANGER.includes(action)}
            onClick={() => setOpen(action)}
            data-testid={`event-act-${action}`}
          >
            {t(`events.action.${action}`)}
          </Button>
        ))}
      </Space>
      {open === 'dispatch' && <DispatchModal event={event} onClose={close} />}
      {open === 'handle' && <HandleModal event={event} onClose={close} />}
      {open === 'verify' && <VerifyModal event={event} onClose={close} />}
      {open === 'request' && <RequestModal event={event} onClose={close} />}
      {open === 'decide' && openRequest && <DecideModal event={event} request={openRequest} onClose={close} />}
      {(open === 'accept' || open === 'reject' || open === 'close' || open === 'return' || open === 'resume') && <NoteStepModal event={event} action={open} onClose={close} />}
    </>
  );
}
