import { notificationEndpoints } from '../../../common/endpoints/notifications.ts';
import type { AppServices } from '../../core/services.ts';
import { requireActor } from '../../http/context.ts';
import { endpointRoutes } from '../../http/endpoint-routes.ts';
import { notificationsOf, readNotifications } from './service.ts';

export const notificationRoutes = endpointRoutes(notificationEndpoints, (services: AppServices) => ({
  'GET /api/notifications': async (request) => notificationsOf(services, requireActor(request.actor), request.query),
  'POST /api/notifications/read': async (request) => readNotifications(services, requireActor(request.actor), request.body),
}));
