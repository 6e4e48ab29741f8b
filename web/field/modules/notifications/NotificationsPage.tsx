import { Button, ErrorBlock, List, PullToRefresh, Skeleton, Tag } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { errorText } from '../../../lib/errors.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useOnline } from '../../offline/hooks.ts';
import { PageShell } from '../../ui/PageShell.tsx';
import { useCurrentUser } from '../auth/session.ts';
import { kindOf, type NotificationRow } from './local.ts';
import { markAllRead, markNotificationRead } from './mark-read.ts';
import { useNotifications } from './queries.ts';

/** 消息通知: new tasks, reminders, withdrawals, events dispatched or sent back, newest first; tapping one reads it and opens its task. */
export function NotificationsPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const online = useOnline();
  const navigate = useNavigate();
  const { list, rows, unread } = useNotifications();
  const open = (row: NotificationRow) => {
    if (!row.read) void markNotificationRead(me.id, row.view);
    if (row.link) void navigate(row.link);
  };

  return (
    <PageShell title={t('notifications.title')} back="/" testId="notifications-page">
      <div className="queue-bar">
        <span data-testid="notifications-unread">{t('notifications.unreadCount', { count: unread ?? 0 })}</span>
        <Button size="mini" color="primary" fill="outline" disabled={!unread} onClick={() => void markAllRead(me.id, rows.filter((r) => !r.read).map((r) => r.view))} data-testid="notifications-read-all">
          {t('notifications.readAll')}
        </Button>
      </div>
      <PullToRefresh onRefresh={async () => { await list.refetch(); }}>
        {!online && list.data && <div className="list-meta">{t('notifications.offlineCopy')}</div>}
        {list.isError && !list.data ? (
          <ErrorBlock status="disconnected" title={t('notifications.offlineNoList')} description={errorText(t, list.error)} className="inline-error" />
        ) : list.isPending ? (
          <Skeleton.Paragraph lineCount={6} animated />
        ) : rows.length === 0 ? (
          <ErrorBlock status="empty" title={t('notifications.empty')} description="" />
        ) : (
          <List className="notification-list" data-testid="notification-list">
            {rows.map((row) => <NotificationItem key={row.view.id} row={row} onOpen={() => open(row)} />)}
          </List>
        )}
      </PullToRefresh>
    </PageShell>
  );
}

/** Kinds that press the worker: a reminder, a step overdue or under supervision, work sent back. */
const PRESSING = new Set(['reminder', 'event_overdue', 'event_escalated', 'event_rework']);

function NotificationItem({ row, onOpen }: { row: NotificationRow; onOpen(): void }) {
  const { t } = useTranslation();
  const { view } = row;
  const kind = kindOf(view.kind);
  const color = PRESSING.has(kind) ? 'warning' : kind === 'withdrawn' ? 'default' : 'primary';
  return (
    <List.Item
      className={`notification-row${row.read ? '' : ' unread'}`}
      prefix={<Tag className="notification-kind" color={view.priority === 'urgent' && kind !== 'withdrawn' ? 'danger' : color} fill="outline">{t(`notifications.kind.${kind}`)}</Tag>}
      description={formatDateTime(view.at)}
      arrowIcon={row.link ? undefined : false}
      onClick={onOpen}
      data-testid="notification-row"
      data-kind={view.kind}
      data-read={row.read}
    >
      <span className="notification-title">{!row.read && <span className="unread-dot" aria-hidden="true" />}{view.title}</span>
    </List.Item>
  );
}
