import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { HouseholdFields } from '../../forms/HouseholdFields.tsx';
import { householdDefaults, householdPayload, validateHousehold } from '../../forms/household.ts';
import { enqueue } from '../../offline/outbox.ts';
import { showQueued } from '../../ui/queued-toast.ts';
import { RecordForm } from '../../ui/RecordForm.tsx';
import { useCurrentUser } from '../auth/session.ts';
import { useMyGrids } from '../home/summary.ts';

export function NewHouseholdPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const grids = useMyGrids();
  return (
    <RecordForm
      title={t('household.new')}
      back="/households"
      testId="household-form"
      draftKey={`${me.id}:household:new`}
      defaults={householdDefaults(grids[0]?.code ?? null)}
      validate={validateHousehold}
      submitText={t('household.submit')}
      submit={async (values) => {
        const id = crypto.randomUUID();
        await enqueue('household', id, householdPayload(id, values), { userId: me.id });
        showQueued(t);
        void navigate(`/households/${id}`, { replace: true });
      }}
    >
      <HouseholdFields grids={grids} />
    </RecordForm>
  );
}
