import { useQueryClient } from '@tanstack/react-query';
import { ErrorBlock, NoticeBar, Skeleton, Toast } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { EVENT_CATEGORY } from '../../../../common/field/vocabulary.ts';
import { api } from '../../../lib/api.ts';
import { errorText } from '../../../lib/errors.ts';
import { eventAskBody, eventAskDefaults, validateEventAsk, type EventAsk } from '../../forms/event-handle.ts';
import { EventAskFields } from '../../forms/EventAskFields.tsx';
import { useOnline } from '../../offline/hooks.ts';
import { PageShell } from '../../ui/PageShell.tsx';
import { RecordForm } from '../../ui/RecordForm.tsx';
import { useTerm } from '../../ui/term.ts';
import { useCurrentUser } from '../auth/session.ts';
import { eventTaskPath } from './event-parts.tsx';
import { useEventTaskView } from './event-queries.ts';
import type { EventTaskRow } from './event-tasks.ts';

/** What the worker may ask now: return it (退回) while it is theirs to handle, the requests while none waits. */
function asksOf(row: EventTaskRow): EventAsk[] {
  const { canAct, suspended } = row.event;
  const asks: EventAsk[] = [];
  if (canAct.includes('return')) asks.push('return');
  if (canAct.includes('request')) asks.push('extend', ...(suspended ? [] : ['suspend' as const]), 'void');
  return asks;
}

/**
 * 退回 and 申请延期/缓办/作废: sent at once, not queued — the dispatcher decides on them, and a
 * request refused as pending or an event moved meanwhile must be known while the worker is
 * still standing there.
 */
export function EventAskPage() {
  const { t } = useTranslation();
  const id = decodeURIComponent(useParams().id!);
  const view = useEventTaskView(id);
  const back = eventTaskPath(id);
  if (view.loading) return <PageShell title={t('eventTask.ask.title')} back={back}><Skeleton.Paragraph lineCount={6} animated /></PageShell>;
  const asks = view.row?.state === 'open' ? asksOf(view.row) : [];
  if (!view.row || asks.length === 0) {
    return (
      <PageShell title={t('eventTask.ask.title')} back={back} testId="event-ask-form">
        <ErrorBlock status="empty" title={t('eventTask.ask.nothing')} description={view.detail?.requests.some((r) => r.decidedAt === null) ? t('eventTask.ask.waiting') : ''} />
      </PageShell>
    );
  }
  return <AskForm row={view.row} asks={asks} back={back} />;
}

function AskForm({ row, asks, back }: { row: EventTaskRow; asks: EventAsk[]; back: string }) {
  const { t } = useTranslation();
  const term = useTerm();
  const me = useCurrentUser();
  const online = useOnline();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { event } = row;
  return (
    <RecordForm
      title={t('eventTask.ask.title')}
      back={back}
      testId="event-ask-form"
      draftKey={`${me.id}:event-ask:${event.id}`}
      defaults={eventAskDefaults(asks.length === 1 ? asks[0]! : null)}
      validate={validateEventAsk}
      submitText={t('eventTask.ask.submit')}
      submitTestId="ask-submit"
      intro={(
        <>
          {!online && <NoticeBar className="warning-notice" color="alert" wrap content={t('eventTask.ask.offline')} data-testid="ask-offline" />}
          <div className="form-context">
            <div className="form-context-address">{term(EVENT_CATEGORY.labels[event.category])} · {event.grid.name}</div>
            <div className="muted">{event.description}</div>
          </div>
        </>
      )}
      submit={async (values) => {
        const ask = eventAskBody(values);
        try {
          if (ask.kind === 'return') await api('POST /api/events/:id/return', { params: { id: event.id }, body: ask.body });
          else await api('POST /api/events/:id/requests', { params: { id: event.id }, body: ask.body });
        } catch (error) {
          // The form keeps what was typed; the worker is told why in their language.
          throw new Error(errorText(t, error), { cause: error });
        }
        await Promise.all([queryClient.invalidateQueries({ queryKey: ['events'] }), queryClient.invalidateQueries({ queryKey: ['event', event.id] })]);
        Toast.show({ icon: 'success', content: t(ask.kind === 'return' ? 'eventTask.ask.returned' : 'eventTask.ask.requested') });
        void navigate(ask.kind === 'return' ? '/tasks' : back, { replace: true });
      }}
    >
      <EventAskFields kinds={asks} />
    </RecordForm>
  );
}
