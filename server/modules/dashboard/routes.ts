import { dashboardEndpoints } from '../../../common/endpoints/dashboard.ts';
import { requireActor } from '../../http/context.ts';
import { endpointRoutes } from '../../http/endpoint-routes.ts';
import type { AppServices } from '../../core/services.ts';
import { commandPanel } from './command.ts';
import { highIncidencePanel } from './high-incidence.ts';
import { incubationPanel } from './incubation.ts';
import { monitoringPanel } from './monitoring.ts';
import { summaryPanel } from './summary.ts';
import { tickerPanel } from './ticker.ts';

export const dashboardRoutes = endpointRoutes(dashboardEndpoints, ({ database }: AppServices) => ({
  'GET /api/dashboard/summary': async (request) => summaryPanel(database.db, requireActor(request.actor), request.query),
  'GET /api/dashboard/incubation': async (request) => incubationPanel(database.db, requireActor(request.actor), request.query),
  'GET /api/dashboard/monitoring': async (request) => monitoringPanel(database.db, requireActor(request.actor), request.query),
  'GET /api/dashboard/high-incidence': async (request) => highIncidencePanel(database.db, requireActor(request.actor), request.query),
  'GET /api/dashboard/command': async (request) => commandPanel(database.db, requireActor(request.actor), request.query),
  'GET /api/dashboard/ticker': async (request) => tickerPanel(database.db, requireActor(request.actor), request.query),
}));
