import { Button, Card, ErrorBlock, Image, ImageViewer, NoticeBar, Skeleton, Tag } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { EventDetail, EventView } from '../../../../common/contracts/field.ts';
import { EVENT_REQUEST_KIND } from '../../../../common/events/vocabulary.ts';
import { EVENT_ACTION_LABELS, EVENT_STATUS_LABELS, type EventAction } from '../../../../common/events/workflow.ts';
import { EVENT_CATEGORY } from '../../../../common/field/vocabulary.ts';
import { errorText } from '../../../lib/errors.ts';
import { currentLanguage } from '../../../lib/i18n.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { Fact } from '../../ui/Fact.tsx';
import { Icon } from '../../ui/icons.tsx';
import { PageShell } from '../../ui/PageShell.tsx';
import { useTerm } from '../../ui/term.ts';
import { GridMap } from '../location/GridMap.tsx';
import { amapNavigationUri, geoUri } from '../location/navigation.ts';
import { errorLines } from '../queue/describe.ts';
import { useNow } from '../warnings/queries.ts';
import { EmergencyTag, EventDueText, EventFlags, EventStateTag, eventTaskPath } from './event-parts.tsx';
import { useEventTaskView } from './event-queries.ts';
import { canHandle, isEmergency, isEventOpen, type EventTaskRow } from './event-tasks.ts';

/**
 * An event dispatched to the worker: what, where (on the grid outline, with directions), what
 * the dispatcher said, by when, the photos; then 处置 (queued: it works offline), or 退回 and
 * the requests to the dispatcher (those need the network: the dispatcher answers them).
 */
export function EventTaskPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = decodeURIComponent(useParams().id!);
  const view = useEventTaskView(id);
  const now = useNow();
  const title = t('eventTask.detail');

  if (view.loading) return <PageShell title={title} back="/tasks"><Skeleton.Paragraph lineCount={8} animated /></PageShell>;
  const { row, detail } = view;
  if (!row) {
    return (
      <PageShell title={title} back="/tasks" testId="event-task">
        <ErrorBlock status={view.error ? 'disconnected' : 'empty'} title={t('eventTask.notFound')} description={view.error ? errorText(t, view.error) : t('eventTask.notFoundHint')} />
      </PageShell>
    );
  }
  const path = eventTaskPath(id);
  const other = row.state === 'open' && (row.event.canAct.includes('return') || row.event.canAct.includes('request'));
  return (
    <PageShell
      title={title}
      back="/tasks"
      testId="event-task"
      footer={(canHandle(row) || other) && (
        <div className="footer-actions">
          {other && <Button size="large" onClick={() => void navigate(`${path}/request`)} data-testid="event-more">{t('eventTask.more')}</Button>}
          {canHandle(row) && (
            <Button block color="primary" size="large" onClick={() => void navigate(`${path}/handle`)} data-testid="event-handle">
              {row.state === 'refused' ? t('eventTask.handleAgain') : t('eventTask.handle')}
            </Button>
          )}
        </div>
      )}
    >
      {view.partial && <div className="list-meta" data-testid="event-partial">{t('eventTask.partialOffline')}</div>}
      <StateNotice row={row} />
      <EventFacts row={row} detail={detail} now={now} />
      <Card className="detail-card" title={t('eventTask.description')}>
        <div className="task-body" data-testid="event-description">{row.event.description}</div>
      </Card>
      <PlaceCard event={row.event} />
      <Photos title={t('eventTask.photos')} photos={row.event.photos} testId="event-photos" />
      {row.event.handlePhotos.length > 0 && <Photos title={t('eventTask.handlePhotos')} photos={row.event.handlePhotos} testId="event-handle-photos" />}
      {detail && <HistoryCard detail={detail} />}
    </PageShell>
  );
}

/** What the phone knows beyond the server's copy: the handling waiting, refused, or not used. */
function StateNotice({ row }: { row: EventTaskRow }) {
  const { t, i18n } = useTranslation();
  const term = useTerm();
  if (row.state === 'queued') {
    return <NoticeBar className="warning-notice" color="info" wrap content={t('eventTask.queuedNotice', { note: row.mine?.note ?? '' })} data-testid="event-queued" />;
  }
  if (row.state === 'refused' && row.error) {
    const { summary, fields } = errorLines(row.error, t, currentLanguage(i18n) === 'en');
    const reason = [summary, ...fields.map((f) => `${f.field}：${f.text}`)].join('；');
    return <NoticeBar className="warning-notice" color="alert" wrap content={t('eventTask.refusedNotice', { reason })} data-testid="event-refused" />;
  }
  if (row.state === 'moved') {
    return <NoticeBar className="warning-notice" color="alert" wrap content={t('eventTask.movedNotice', { status: term(EVENT_STATUS_LABELS[row.event.status]) })} data-testid="event-moved" />;
  }
  if (row.event.suspended) return <NoticeBar className="warning-notice" color="default" wrap content={t('eventTask.suspendedNotice')} data-testid="event-suspended-notice" />;
  return null;
}

function EventFacts({ row, detail, now }: { row: EventTaskRow; detail: EventDetail | null; now: number }) {
  const { t } = useTranslation();
  const term = useTerm();
  const { event } = row;
  const dispatch = detail?.history.filter((h) => h.action === 'dispatch').at(-1);
  const waiting = detail?.requests.find((r) => r.decidedAt === null);
  return (
    <Card className={`detail-card task-card${row.overdue ? ' overdue' : ''}${isEmergency(row) ? ' emergency' : ''}`} data-testid="event-facts">
      <div className="detail-title" data-testid="event-title">{term(EVENT_CATEGORY.labels[event.category])}</div>
      <div className="task-tags">
        {isEmergency(row) && <EmergencyTag />}
        <EventStateTag row={row} />
        <EventFlags row={row} />
      </div>
      {/* Once handled the deadline is the next step's (the verifier's), not the worker's. */}
      {isEventOpen(row) && (
        <Fact label={t('eventTask.facts.due')} testId="event-due">
          {event.dueAt && <>{formatDateTime(event.dueAt)}<br /></>}
          <EventDueText row={row} now={now} />
        </Fact>
      )}
      {dispatch && (
        <Fact label={t('eventTask.facts.dispatcher')} testId="event-dispatcher">
          {dispatch.by}
          <div className="muted">{formatDateTime(dispatch.at)}</div>
          {dispatch.note && <div className="dispatch-note" data-testid="event-dispatch-note">{dispatch.note}</div>}
        </Fact>
      )}
      <Fact label={t('eventTask.facts.grid')}>{event.grid.name}</Fact>
      <Fact label={t('eventTask.facts.occurred')}>{formatDateTime(event.occurredAt)}</Fact>
      <Fact label={t('eventTask.facts.reporter')}>{event.reporterName}</Fact>
      {waiting && (
        <Fact label={t('eventTask.facts.request')} testId="event-request-waiting">
          {t('eventTask.requestWaiting', { kind: term(EVENT_REQUEST_KIND.labels[waiting.kind]) })}
        </Fact>
      )}
    </Card>
  );
}

/** Where: the point on the grid outline, and directions in the phone's map app. */
function PlaceCard({ event }: { event: EventView }) {
  const { t } = useTranslation();
  const name = `${event.grid.name}`;
  return (
    <Card className="detail-card" title={t('eventTask.place')} data-testid="event-place">
      <GridMap grids={[event.grid.code]} value={{ lon: event.lon, lat: event.lat, crs: 'wgs84' }} />
      <div className="place-links">
        <a className="adm-button adm-button-primary adm-button-fill-solid adm-button-middle place-link" href={amapNavigationUri(event.lon, event.lat, name)} target="_blank" rel="noreferrer" data-testid="event-navigate">
          <Icon name="map" size={18} /> {t('eventTask.navigate')}
        </a>
        <a className="link-button" href={geoUri(event.lon, event.lat, name)} data-testid="event-geo">{t('eventTask.otherMap')}</a>
      </div>
    </Card>
  );
}

function Photos({ title, photos, testId }: { title: string; photos: EventView['photos']; testId: string }) {
  if (photos.length === 0) return null;
  const urls = photos.map((p) => p.url);
  return (
    <Card className="detail-card" title={title} data-testid={testId}>
      <div className="event-photos">
        {urls.map((url, index) => (
          <Image key={url} src={url} width={96} height={96} fit="cover" lazy onClick={() => ImageViewer.Multi.show({ images: urls, defaultIndex: index })} />
        ))}
      </div>
    </Card>
  );
}

/** 处理经过: each step, who took it, when, and what they said. */
function HistoryCard({ detail }: { detail: EventDetail }) {
  const { t } = useTranslation();
  const term = useTerm();
  const label = (action: string | null) => {
    if (action && action in EVENT_ACTION_LABELS) return term(EVENT_ACTION_LABELS[action as EventAction]);
    return t(`eventTask.action.${action ?? 'other'}`, { defaultValue: action ?? '' });
  };
  if (detail.history.length === 0) return null;
  return (
    <Card className="detail-card" title={t('eventTask.history')} data-testid="event-history">
      {detail.history.map((h, index) => (
        <div key={`${h.at}-${index}`} className="history-entry" data-testid="event-history-entry">
          <div className="history-head">
            <Tag color="primary" fill="outline">{label(h.action)}</Tag>
            <span>{h.by}</span>
            {h.assignee && h.action === 'dispatch' && <span className="muted">→ {h.assignee}</span>}
          </div>
          {h.note && <div className="history-note">{h.note}</div>}
          <div className="history-at">{formatDateTime(h.at)}</div>
        </div>
      ))}
    </Card>
  );
}
