import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { EventFields } from '../../forms/EventFields.tsx';
import { eventDefaults, eventPayload, validateEvent } from '../../forms/event.ts';
import { enqueue } from '../../offline/outbox.ts';
import { showQueued } from '../../ui/queued-toast.ts';
import { RecordForm } from '../../ui/RecordForm.tsx';
import { useCurrentUser } from '../auth/session.ts';
import { useMyGrids } from '../home/summary.ts';

/** 事件上报: category, what happened, up to three photos, where and when. */
export function ReportPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const grids = useMyGrids();
  return (
    <RecordForm
      tab
      title={t('event.title')}
      back="/"
      testId="report-page"
      draftKey={`${me.id}:event:new`}
      defaults={eventDefaults()}
      validate={validateEvent}
      submitText={t('event.submit')}
      submit={async (values) => {
        const id = crypto.randomUUID();
        await enqueue('event', id, eventPayload(id, values), { userId: me.id, photoIds: values.photos });
        showQueued(t);
        void navigate('/', { replace: true });
      }}
    >
      <EventFields grids={grids.map((g) => g.code)} />
    </RecordForm>
  );
}
