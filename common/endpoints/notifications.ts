import { NotificationList, NotificationQuery, NotificationsRead, UnreadCount } from '../contracts/instructions.ts';
import { endpoints } from './kit.ts';

export const notificationEndpoints = endpoints({
  'GET /api/notifications': {
    operationId: 'listNotifications', tag: 'notifications',
    summary: 'The caller\'s notifications (new instructions, reminders, withdrawals), newest first, with the unread count',
    query: NotificationQuery, response: { 200: NotificationList },
  },
  'POST /api/notifications/read': {
    operationId: 'readNotifications', tag: 'notifications',
    summary: 'Mark some (`ids`) or all (`all`) of the caller\'s notifications read',
    body: NotificationsRead, response: { 200: UnreadCount },
  },
});
