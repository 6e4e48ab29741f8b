import { Empty, Image, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EventDetail, EventView } from '../../../../common/contracts/field.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { term } from '../field/labels.ts';
import { AssigneeName, PriorityTag } from './EventCells.tsx';
import { EventActions } from './EventActions.tsx';
import { EventRequests } from './EventRequests.tsx';
import { EventStatusTag } from './EventStatusTag.tsx';
import { CATEGORY_COLORS, ReviewFlag } from './EventTable.tsx';
import { EventTimeline } from './EventTimeline.tsx';
import { useEventDetail } from './queries.ts';
import { DeadlineText, StepName } from './StepClock.tsx';
import { GridName } from '../../ui/GridName.tsx';
import { RecordDrawer, RecordFacts } from '../../ui/RecordDrawer.tsx';

interface Props {
  /** The event to show; null: closed. */
  id: string | null;
  onClose: () => void;
}

/** An event's progress through the loop, the steps the caller may take, its report, photos, history and requests. */
export function EventDrawer({ id, onClose }: Props) {
  const { t } = useTranslation();
  const detail = useEventDetail(id);
  const event = detail.data?.event;
  return (
    <RecordDrawer
      open={id !== null}
      onClose={onClose}
      size={780}
      title={(
        <span>
          {t('events.detailTitle')}
          {event && <Tag color={CATEGORY_COLORS[event.category]} className="drawer-title-tag">{term(t, 'eventCategory', event.category)}</Tag>}
          {event?.priority === 'urgent' && <PriorityTag priority={event.priority} />}
        </span>
      )}
      testId="event-drawer"
      query={detail}
    >
      {(data) => <EventBody detail={data} />}
    </RecordDrawer>
  );
}

function Photos({ event, photos, testId }: { event: EventView; photos: EventView['photos']; testId: string }) {
  const { t } = useTranslation();
  return (
    <Image.PreviewGroup>
      <div className="event-photos" data-testid={testId}>
        {photos.map((p) => (
          <Image key={p.id} src={p.url} width={150} height={112} alt={term(t, 'eventCategory', event.category)} className="event-photo" data-testid="event-photo" />
        ))}
      </div>
    </Image.PreviewGroup>
  );
}

function EventBody({ detail }: { detail: EventDetail }) {
  const { t } = useTranslation();
  const { event: e, requests } = detail;
  const none = <span className="text-muted">{t('common.none')}</span>;
  return (
    <>
      <RecordFacts
        testId="event-progress"
        items={[
          { key: 'status', label: t('events.status'), children: <span><EventStatusTag status={e.status} /> <ReviewFlag event={e} />{e.handledOnSpot && <Tag color="green">{t('events.onSpot')}</Tag>}</span> },
          { key: 'priority', label: t('events.priority'), children: <PriorityTag priority={e.priority} /> },
          { key: 'step', label: t('events.step'), children: <StepName event={e} /> },
          { key: 'assignee', label: t('events.assignee'), children: <AssigneeName assignee={e.assignee} /> },
          { key: 'deadline', label: t('events.deadline'), children: <DeadlineText event={e} inline />, span: 2 },
          { key: 'counts', label: t('events.returnsReworks'), children: t('events.counts', { returns: e.returns, reworks: e.reworks }) },
          { key: 'source', label: t('events.source'), children: term(t, 'eventSource', e.source) },
        ]}
      />
      <div className="event-action-bar">
        <EventActions detail={detail} />
      </div>
      <RecordFacts
        testId="event-facts"
        items={[
          { key: 'occurredAt', label: t('events.occurredAt'), children: formatDateTime(e.occurredAt) },
          { key: 'reportedAt', label: t('events.reportedAt'), children: formatDateTime(e.createdAt) },
          { key: 'reporter', label: t('events.reporter'), children: e.reporterName },
          { key: 'grid', label: t('field.grid'), children: <GridName grid={e.grid} /> },
          { key: 'location', label: t('events.location'), children: <span className="mono" data-testid="event-location">{t('field.lonLat', { lon: e.lon.toFixed(6), lat: e.lat.toFixed(6) })}</span>, span: 2 },
          { key: 'description', label: t('events.description'), children: <div className="event-description">{e.description}</div>, span: 2 },
          { key: 'statusNote', label: t('events.statusNote'), children: e.statusNote ?? none, span: 2 },
        ]}
      />
      <h3 className="section-title">{t('events.photos')}</h3>
      {e.photos.length > 0 ? <Photos event={e} photos={e.photos} testId="event-photos" /> : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('events.noPhotos')} />}
      {e.handlePhotos.length > 0 && (
        <>
          <h3 className="section-title">{t('events.handlePhotos')}</h3>
          <Photos event={e} photos={e.handlePhotos} testId="event-handle-photos" />
        </>
      )}
      <h3 className="section-title">{t('events.history')}</h3>
      <EventTimeline detail={detail} />
      {requests.length > 0 && (
        <>
          <h3 className="section-title">{t('events.requests')}</h3>
          <EventRequests requests={requests} />
        </>
      )}
    </>
  );
}
