import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import type { Direction } from '../../../../common/field/vocabulary.ts';
import { MovementFields } from '../../forms/MovementFields.tsx';
import { movementDefaults, movementPayload, validateMovement } from '../../forms/movement.ts';
import { enqueue } from '../../offline/outbox.ts';
import { showQueued } from '../../ui/queued-toast.ts';
import { useReturn } from '../../ui/use-return.ts';
import { RecordForm } from '../../ui/RecordForm.tsx';
import { useCurrentUser } from '../auth/session.ts';
import { useHouseholdHeader } from './household-header.tsx';

export function NewMovementPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const { id: householdId, personId } = useParams() as { id: string; personId: string };
  const done = useReturn(`/households/${householdId}`);
  const [search] = useSearchParams();
  const direction: Direction = search.get('direction') === 'departure' ? 'departure' : 'arrival';
  const header = useHouseholdHeader(householdId, personId);
  return (
    <RecordForm
      title={direction === 'arrival' ? t('movement.newArrival') : t('movement.newDeparture')}
      back={`/households/${householdId}`}
      testId="movement-form"
      draftKey={`${me.id}:movement:new:${personId}:${direction}`}
      defaults={movementDefaults(direction)}
      validate={validateMovement}
      submitText={t('movement.submit')}
      intro={header}
      submit={async (values) => {
        const id = crypto.randomUUID();
        await enqueue('movement', id, movementPayload(id, personId, values), { userId: me.id });
        showQueued(t);
        done();
      }}
    >
      <MovementFields />
    </RecordForm>
  );
}
