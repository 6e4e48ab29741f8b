import { Empty, Image, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EventDetail } from '../../../../common/contracts/field.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useCan } from '../auth/session.ts';
import { term } from '../field/labels.ts';
import { EventStatusActions } from './EventStatusActions.tsx';
import { EventStatusTag } from './EventStatusTag.tsx';
import { CATEGORY_COLORS, ReviewFlag } from './EventTable.tsx';
import { useEventDetail } from './queries.ts';
import { ChangeHistory } from '../../ui/ChangeHistory.tsx';
import { GridName } from '../../ui/GridName.tsx';
import { RecordDrawer, RecordFacts } from '../../ui/RecordDrawer.tsx';

interface Props {
  /** The event to show; null: closed. */
  id: string | null;
  onClose: () => void;
}

/** An event with its photos (click to enlarge), place, and how it has been handled. */
export function EventDrawer({ id, onClose }: Props) {
  const { t } = useTranslation();
  const can = useCan();
  const detail = useEventDetail(id);
  const event = detail.data?.event;
  return (
    <RecordDrawer
      open={id !== null}
      onClose={onClose}
      size={760}
      title={(
        <span>
          {t('events.detailTitle')}
          {event && <Tag color={CATEGORY_COLORS[event.category]} className="drawer-title-tag">{term(t, 'eventCategory', event.category)}</Tag>}
        </span>
      )}
      extra={event && can('events.manage') && <EventStatusActions event={event} />}
      testId="event-drawer"
      query={detail}
    >
      {(data) => <EventBody detail={data} />}
    </RecordDrawer>
  );
}

function EventBody({ detail: { event: e, history } }: { detail: EventDetail }) {
  const { t } = useTranslation();
  const none = <span className="text-muted">{t('common.none')}</span>;
  return (
    <>
      <RecordFacts
        testId="event-facts"
        items={[
          { key: 'status', label: t('events.status'), children: <span><EventStatusTag status={e.status} /> <ReviewFlag event={e} /></span> },
          { key: 'occurredAt', label: t('events.occurredAt'), children: formatDateTime(e.occurredAt) },
          { key: 'reporter', label: t('events.reporter'), children: e.reporterName },
          { key: 'reportedAt', label: t('events.reportedAt'), children: formatDateTime(e.createdAt) },
          { key: 'grid', label: t('field.grid'), children: <GridName grid={e.grid} />, span: 2 },
          { key: 'location', label: t('events.location'), children: <span className="mono" data-testid="event-location">{t('field.lonLat', { lon: e.lon.toFixed(6), lat: e.lat.toFixed(6) })}</span>, span: 2 },
          { key: 'description', label: t('events.description'), children: <div className="event-description">{e.description}</div>, span: 2 },
          { key: 'statusNote', label: t('events.statusNote'), children: e.statusNote ?? none, span: 2 },
        ]}
      />
      <h3 className="section-title">{t('events.photos')}</h3>
      {e.photos.length > 0
        ? (
          <Image.PreviewGroup>
            <div className="event-photos" data-testid="event-photos">
              {e.photos.map((p) => (
                <Image key={p.id} src={p.url} width={150} height={112} alt={term(t, 'eventCategory', e.category)} className="event-photo" data-testid="event-photo" />
              ))}
            </div>
          </Image.PreviewGroup>
        )
        : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('events.noPhotos')} />}
      <h3 className="section-title">{t('events.history')}</h3>
      {history.length > 0
        ? (
          <ChangeHistory
            titleSpan="140px"
            testId="event-history"
            entries={history.map((h, i) => ({
              key: i,
              color: h.to === 'rejected' ? 'gray' : h.to === 'handled' || h.to === 'verified' || h.to === 'closed' ? 'green' : 'blue',
              when: formatDateTime(h.at),
              change: <>{term(t, 'eventStatus', h.from)} → <strong>{term(t, 'eventStatus', h.to)}</strong></>,
              by: t('events.by', { name: h.by }),
              note: h.note,
            }))}
          />
        )
        : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('events.noHistory')} />}
    </>
  );
}
