import { ErrorBlock, Toast } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { EventFields } from '../../forms/EventFields.tsx';
import { eventPayload, eventValues, validateEvent } from '../../forms/event.ts';
import { HouseholdFields } from '../../forms/HouseholdFields.tsx';
import { householdPayload, householdValues, validateHousehold } from '../../forms/household.ts';
import { MovementFields } from '../../forms/MovementFields.tsx';
import { movementPayload, movementValues, validateMovement } from '../../forms/movement.ts';
import { PersonFields } from '../../forms/PersonFields.tsx';
import { fillFromIdNumber, personPayload, personValues, validatePerson } from '../../forms/person.ts';
import { VisitFields } from '../../forms/VisitFields.tsx';
import { visitPayload, visitValues, validateVisit } from '../../forms/visit.ts';
import { feedbackFormErrors, feedbackPayload, feedbackValues, validateFeedback } from '../../forms/instruction-feedback.ts';
import { InstructionFeedbackFields } from '../../forms/InstructionFeedbackFields.tsx';
import { validateWarningVerify, warningVerifyPayload, warningVerifyValues } from '../../forms/warning-verify.ts';
import { WarningVerifyFields } from '../../forms/WarningVerifyFields.tsx';
import { useOutbox } from '../../offline/hooks.ts';
import { resubmit } from '../../offline/outbox.ts';
import type { OutboxItem } from '../../offline/outbox-types.ts';
import { PageShell } from '../../ui/PageShell.tsx';
import { RecordForm } from '../../ui/RecordForm.tsx';
import { useReturn } from '../../ui/use-return.ts';
import { useCurrentUser } from '../auth/session.ts';
import { useMyGrids } from '../home/summary.ts';

/** A refused (or waiting) record opened in its own form: fixed, it goes back in the queue with the same id. */
export function EditQueuedPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const id = decodeURIComponent(useParams().id!);
  const outbox = useOutbox(me.id);
  const item = outbox.items.find((i) => i.id === id);
  if (!outbox.loaded) return <PageShell title={t('queue.fix')} back="/queue">{null}</PageShell>;
  if (!item) {
    return (
      <PageShell title={t('queue.fix')} back="/queue">
        <ErrorBlock status="empty" title={t('queue.gone')} description={t('queue.goneHint')} />
      </PageShell>
    );
  }
  // The item is read once: the form must not reset while the engine touches the item.
  return <EditForm key={item.id} item={item} />;
}

function EditForm({ item }: { item: OutboxItem }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const grids = useMyGrids();
  const back = useReturn('/queue');
  const common = {
    title: t('queue.fixTitle', { kind: t(`kind.${item.kind}`) }),
    back: `/queue/${encodeURIComponent(item.id)}`,
    testId: 'edit-queued',
    draftKey: `${me.id}:edit:${item.id}`,
    submitText: t('queue.resubmit'),
    serverErrors: item.state === 'rejected' ? item.lastError?.fields : undefined,
  };
  // A grid the worker no longer has (the usual reason for OUT_OF_SCOPE) is replaced by their own.
  const ownGrid = (code: string | undefined) => (grids.some((g) => g.code === code) ? code! : grids[0]?.code ?? code ?? null);
  const done = () => {
    Toast.show({ icon: 'success', content: t('queue.resubmitted') });
    back();
  };
  switch (item.kind) {
    case 'household':
      return (
        <RecordForm {...common} defaults={{ ...householdValues(item.payload), gridCode: ownGrid(item.payload.gridCode) }} validate={validateHousehold}
          submit={async (v) => { await resubmit(item.id, { ...householdPayload(item.id, v), ...(item.payload.confirmDuplicate ? { confirmDuplicate: true } : {}) }); done(); }}>
          <HouseholdFields grids={grids} />
        </RecordForm>
      );
    case 'person':
      return (
        <RecordForm {...common} defaults={personValues(item.payload)} validate={validatePerson}
          onValuesChange={(changed, _all, form) => fillFromIdNumber(changed, form)}
          submit={async (v) => { await resubmit(item.id, personPayload(item.id, item.payload.householdId!, v)); done(); }}>
          <PersonFields />
        </RecordForm>
      );
    case 'movement':
      return (
        <RecordForm {...common} defaults={movementValues(item.payload)} validate={validateMovement}
          submit={async (v) => { await resubmit(item.id, movementPayload(item.id, item.payload.personId, v)); done(); }}>
          <MovementFields />
        </RecordForm>
      );
    case 'visit':
      return (
        <RecordForm {...common} defaults={visitValues(item.payload)} validate={validateVisit}
          submit={async (v) => { await resubmit(item.id, visitPayload(item.id, item.payload.householdId, v)); done(); }}>
          <VisitFields grids={grids.map((g) => g.code)} />
        </RecordForm>
      );
    case 'event':
      return (
        <RecordForm {...common} defaults={eventValues(item.payload, item.photoIds)} validate={validateEvent}
          submit={async (v) => { await resubmit(item.id, eventPayload(item.id, v), v.photos); done(); }}>
          <EventFields grids={grids.map((g) => g.code)} />
        </RecordForm>
      );
    case 'warningVerify':
      return (
        <RecordForm {...common} defaults={warningVerifyValues(item.payload)} validate={validateWarningVerify}
          submit={async (v) => { await resubmit(item.id, warningVerifyPayload(item.payload.warning, v, item.payload.verifiedAt)); done(); }}>
          <WarningVerifyFields />
        </RecordForm>
      );
    case 'instructionFeedback':
      return (
        <RecordForm {...common} serverErrors={common.serverErrors && feedbackFormErrors(common.serverErrors)}
          defaults={feedbackValues(item.payload)} validate={validateFeedback(item.payload.task)}
          submit={async (v) => { await resubmit(item.id, feedbackPayload(item.payload.task, item.id, v, item.payload.answeredAt)); done(); }}>
          <InstructionFeedbackFields fields={item.payload.task.feedbackFields} />
        </RecordForm>
      );
    default:
      return null;
  }
}
