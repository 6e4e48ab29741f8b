import { ErrorBlock, Skeleton } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { EVENT_CATEGORY } from '../../../../common/field/vocabulary.ts';
import { eventHandleDefaults, eventHandlePayload, validateEventHandle } from '../../forms/event-handle.ts';
import { EventHandleFields } from '../../forms/EventHandleFields.tsx';
import { useOutbox } from '../../offline/hooks.ts';
import { enqueue, resubmit } from '../../offline/outbox.ts';
import { eventHandleId } from '../../offline/outbox-types.ts';
import { PageShell } from '../../ui/PageShell.tsx';
import { showQueued } from '../../ui/queued-toast.ts';
import { RecordForm } from '../../ui/RecordForm.tsx';
import { useTerm } from '../../ui/term.ts';
import { useReturn } from '../../ui/use-return.ts';
import { useCurrentUser } from '../auth/session.ts';
import { eventTaskPath } from './event-parts.tsx';
import { useEventTaskView } from './event-queries.ts';
import { canHandle, type EventTaskRow } from './event-tasks.ts';

/** 处置: what was done and photos, queued like every record (it works offline), once per round of handling. */
export function EventHandlePage() {
  const { t } = useTranslation();
  const id = decodeURIComponent(useParams().id!);
  const view = useEventTaskView(id);
  const back = eventTaskPath(id);
  if (view.loading) return <PageShell title={t('eventTask.form.title')} back={back}><Skeleton.Paragraph lineCount={6} animated /></PageShell>;
  const { row } = view;
  if (!row || !canHandle(row)) {
    return (
      <PageShell title={t('eventTask.form.title')} back={back} testId="event-handle-form">
        <ErrorBlock status="empty" title={row ? t('eventTask.cannotHandle') : t('eventTask.notFound')} description={row?.state === 'queued' ? t('eventTask.handledWaiting') : ''} />
      </PageShell>
    );
  }
  // Keyed by the round: a rework opens a fresh form.
  return <HandleForm key={eventHandleId(row.event)} row={row} back={back} />;
}

function HandleForm({ row, back }: { row: EventTaskRow; back: string }) {
  const { t } = useTranslation();
  const term = useTerm();
  const me = useCurrentUser();
  const outbox = useOutbox(me.id);
  const done = useReturn(back);
  const { event } = row;
  const itemId = eventHandleId(event);
  return (
    <RecordForm
      title={t('eventTask.form.title')}
      back={back}
      testId="event-handle-form"
      draftKey={`${me.id}:event-handle:${itemId}`}
      defaults={eventHandleDefaults()}
      validate={validateEventHandle}
      submitText={t('eventTask.form.submit')}
      submitTestId="handle-submit"
      serverErrors={row.state === 'refused' ? row.error?.fields : undefined}
      intro={(
        <div className="form-context" data-testid="handle-event">
          <div className="form-context-address">{term(EVENT_CATEGORY.labels[event.category])} · {event.grid.name}</div>
          <div className="muted">{event.description}</div>
        </div>
      )}
      submit={async (values) => {
        const payload = eventHandlePayload(event, values);
        // A refused handling is fixed in place (same id, same place in the queue); else the round's one handling.
        if (outbox.items.some((i) => i.id === itemId)) await resubmit(itemId, payload, values.photos);
        else await enqueue('eventHandle', itemId, payload, { userId: me.id, photoIds: values.photos, once: true });
        showQueued(t);
        done();
      }}
    >
      <EventHandleFields />
    </RecordForm>
  );
}
