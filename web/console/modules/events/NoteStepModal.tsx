import { Form } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EventView } from '../../../../common/contracts/field.ts';
import { NoteField, trimmed } from './NoteField.tsx';
import type { EventStep } from './queries.ts';
import { StepModal } from './StepModal.tsx';

export type NoteAction = 'accept' | 'reject' | 'close' | 'return' | 'resume';

interface Values { note?: string }

function stepOf(action: NoteAction, note: string | undefined): EventStep {
  switch (action) {
    case 'accept': case 'close': return { action, note };
    case 'reject': return { action, note: note ?? '' };
    case 'return': return { action, reason: note ?? '' };
    case 'resume': return { action };
  }
}

/** The steps that take a note at most: 立案、结案 (optional), 不予立案、退回 (a reason), 恢复 (none). */
export function NoteStepModal({ event, action, onClose }: { event: EventView; action: NoteAction; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const needsReason = action === 'reject' || action === 'return';
  // 退回 names its text `reason` in the API; the form calls it `note` like the others.
  return (
    <StepModal<Values>
      event={event}
      action={action}
      form={form}
      toStep={({ note }) => stepOf(action, trimmed(note))}
      fields={['note', 'reason']}
      formNameOf={{ reason: 'note' }}
      danger={needsReason}
      onClose={onClose}
    >
      {action !== 'resume' && (
        <NoteField name="note" label={t(needsReason ? 'events.reason' : 'events.note')} requiredMessage={needsReason ? t('events.reasonRequired') : undefined} />
      )}
    </StepModal>
  );
}
