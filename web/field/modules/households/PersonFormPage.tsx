import { Toast } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PersonFields } from '../../forms/PersonFields.tsx';
import { fillFromIdNumber, personDefaults, personPayload, validatePerson } from '../../forms/person.ts';
import { enqueue } from '../../offline/outbox.ts';
import { showQueued } from '../../ui/queued-toast.ts';
import { useReturn } from '../../ui/use-return.ts';
import { RecordForm } from '../../ui/RecordForm.tsx';
import { useCurrentUser } from '../auth/session.ts';
import { useHouseholdHeader } from './household-header.tsx';

export function NewPersonPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const householdId = useParams().id!;
  const done = useReturn(`/households/${householdId}`);
  const header = useHouseholdHeader(householdId);
  return (
    <RecordForm
      title={t('person.new')}
      back={`/households/${householdId}`}
      testId="person-form"
      draftKey={`${me.id}:person:new:${householdId}`}
      defaults={personDefaults()}
      validate={validatePerson}
      submitText={t('person.submit')}
      intro={header}
      onValuesChange={(changed, _all, form) => {
        if (fillFromIdNumber(changed, form)) Toast.show({ content: t('person.filledFromId'), duration: 1200 });
      }}
      submit={async (values) => {
        const id = crypto.randomUUID();
        await enqueue('person', id, personPayload(id, householdId, values), { userId: me.id });
        showQueued(t);
        done();
      }}
    >
      <PersonFields />
    </RecordForm>
  );
}
