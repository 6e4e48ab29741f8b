import { Badge } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Icon } from '../../ui/icons.tsx';
import { useNotifications } from '../notifications/queries.ts';

/** The bell in a tab page's header: the unread notifications (new tasks, reminders), one tap to their list. */
export function NotificationBell() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { unread } = useNotifications();
  const count = unread ?? 0;
  return (
    <button type="button" className="header-bell" onClick={() => void navigate('/notifications')} aria-label={t('notifications.bell', { count })} data-testid="notification-bell" data-unread={count}>
      <Badge content={count > 0 ? (count > 99 ? '99+' : count) : null} style={{ '--right': '-2px', '--top': '3px' }}>
        <Icon name="bell" size={22} />
      </Badge>
    </button>
  );
}
