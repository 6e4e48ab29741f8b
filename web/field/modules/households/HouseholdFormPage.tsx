import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { HouseholdFields } from '../../forms/HouseholdFields.tsx';
import { householdDefaults, householdPayload, validateHousehold, type HouseholdValues } from '../../forms/household.ts';
import { clearDraft } from '../../offline/drafts.ts';
import { enqueue } from '../../offline/outbox.ts';
import { showQueued } from '../../ui/queued-toast.ts';
import { RecordForm } from '../../ui/RecordForm.tsx';
import { useCurrentUser } from '../auth/session.ts';
import { useMyGrids } from '../home/summary.ts';
import { householdsAtAddress } from './same-address.ts';
import { askAboutSameAddress } from './SameAddressDialog.tsx';

export function NewHouseholdPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const grids = useMyGrids();
  const draftKey = `${me.id}:household:new`;
  // The worker was told about the household at this address and registers another on purpose.
  const confirmedDuplicate = useRef(false);

  const checkAddress = async (values: HouseholdValues): Promise<boolean> => {
    confirmedDuplicate.current = false;
    if (!values.gridCode) return true;
    const matches = await householdsAtAddress(me.id, values.gridCode, values.address);
    if (matches.length === 0) return true;
    const choice = await askAboutSameAddress(t, matches);
    if (choice === 'open') {
      await clearDraft(draftKey);
      void navigate(`/households/${matches[0]!.id}`, { replace: true });
      return false;
    }
    confirmedDuplicate.current = choice === 'create';
    return confirmedDuplicate.current;
  };

  return (
    <RecordForm
      title={t('household.new')}
      back="/households"
      testId="household-form"
      draftKey={draftKey}
      defaults={householdDefaults(grids[0]?.code ?? null)}
      validate={validateHousehold}
      confirm={checkAddress}
      submitText={t('household.submit')}
      submit={async (values) => {
        const id = crypto.randomUUID();
        const payload = householdPayload(id, values);
        await enqueue('household', id, confirmedDuplicate.current ? { ...payload, confirmDuplicate: true } : payload, { userId: me.id });
        showQueued(t);
        void navigate(`/households/${id}`, { replace: true });
      }}
    >
      <HouseholdFields grids={grids} />
    </RecordForm>
  );
}
