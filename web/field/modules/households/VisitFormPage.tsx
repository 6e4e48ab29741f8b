import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { VisitFields } from '../../forms/VisitFields.tsx';
import { visitDefaults, visitPayload, validateVisit } from '../../forms/visit.ts';
import { enqueue } from '../../offline/outbox.ts';
import { showQueued } from '../../ui/queued-toast.ts';
import { useReturn } from '../../ui/use-return.ts';
import { RecordForm } from '../../ui/RecordForm.tsx';
import { useCurrentUser } from '../auth/session.ts';
import { useMyGrids } from '../home/summary.ts';
import { useHouseholdHeader } from './household-header.tsx';

export function NewVisitPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const householdId = useParams().id!;
  const done = useReturn(`/households/${householdId}`);
  const grids = useMyGrids();
  const header = useHouseholdHeader(householdId);
  return (
    <RecordForm
      title={t('visit.new')}
      back={`/households/${householdId}`}
      testId="visit-form"
      draftKey={`${me.id}:visit:new:${householdId}`}
      defaults={visitDefaults()}
      validate={validateVisit}
      submitText={t('visit.submit')}
      intro={header}
      submit={async (values) => {
        const id = crypto.randomUUID();
        await enqueue('visit', id, visitPayload(id, householdId, values), { userId: me.id });
        showQueued(t);
        done();
      }}
    >
      <VisitFields grids={grids.map((g) => g.code)} />
    </RecordForm>
  );
}
