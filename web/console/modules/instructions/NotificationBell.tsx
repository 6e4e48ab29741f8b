import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Dropdown, Empty, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { NotificationView } from '../../../../common/contracts/instructions.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useCan } from '../auth/session.ts';
import { useInstructionsLive } from './live-instructions.ts';
import { isKnownKind, notificationTarget } from './notification-target.ts';
import { useNotifications, useReadNotifications } from './queries.ts';
import './notifications.css';

const KIND_COLORS: Record<string, string> = { instruction: 'blue', reminder: 'orange', withdrawn: 'default' };

/**
 * The header's bell: the unread count, the newest notifications, a click opens the instruction
 * and reads the notification. It holds the console's live stream for instructions as well.
 */
export function NotificationBell() {
  const { t } = useTranslation();
  const can = useCan();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const notifications = useNotifications();
  const read = useReadNotifications();
  useInstructionsLive();
  const unread = notifications.data?.unread ?? 0;
  const items = notifications.data?.items ?? [];
  const target = (n: NotificationView) => notificationTarget(n, can('instructions.track'));
  const choose = (n: NotificationView) => {
    if (!n.readAt) read.mutate({ ids: [n.id] });
    const to = target(n);
    if (to) {
      setOpen(false);
      void navigate(to);
    }
  };

  const panel = (
    <div className="notification-panel" data-testid="notification-panel">
      <div className="notification-panel-head">
        <span>{t('notifications.title')}{unread > 0 && <span className="text-muted"> · {t('notifications.unread', { count: unread })}</span>}</span>
        {unread > 0 && <Button type="link" size="small" onClick={() => read.mutate({ all: true })} data-testid="notification-read-all">{t('notifications.markAll')}</Button>}
      </div>
      {items.length === 0
        ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications.empty')} />
        : (
          <ul className="notification-list">
            {items.map((n) => (
              <li key={n.id}>
                <button
                  type="button"
                  className={`notification-item${n.readAt ? '' : ' notification-unread'}${target(n) ? ' notification-link' : ''}`}
                  onClick={() => choose(n)}
                  data-testid="notification-item"
                  data-kind={n.kind}
                >
                  <span className="notification-title">
                    {isKnownKind(n.kind) && <Tag color={n.priority === 'urgent' && n.kind !== 'withdrawn' ? 'red' : KIND_COLORS[n.kind]} className="cell-tag">{t(`notificationKind.${n.kind}`)}</Tag>}
                    {n.title}
                  </span>
                  <span className="notification-at">{formatDateTime(n.at)}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
    </div>
  );
  return (
    <Dropdown open={open} onOpenChange={setOpen} trigger={['click']} placement="bottomRight" popupRender={() => panel}>
      <Button type="text" className="app-header-button" aria-label={t('notifications.title')} data-testid="notification-bell">
        <Badge count={unread} size="small" offset={[2, -2]} data-testid="notification-unread">
          <BellOutlined className="notification-bell-icon" />
        </Badge>
      </Button>
    </Dropdown>
  );
}
