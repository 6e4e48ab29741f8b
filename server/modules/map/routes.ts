import { mapEndpoints } from '../../../common/endpoints/map.ts';
import { requireActor } from '../../http/context.ts';
import { endpointRoutes } from '../../http/endpoint-routes.ts';
import type { AppServices } from '../../core/services.ts';
import { mapAggregates } from './aggregates.ts';
import { mapList, mapPoints } from './items.ts';
import { personTrajectory } from './trajectory.ts';

export const mapRoutes = endpointRoutes(mapEndpoints, ({ database, config }: AppServices) => ({
  'GET /api/map/config': async () => ({ baseMap: config.baseMap }),
  'GET /api/map/aggregates': async (request) => mapAggregates(database.db, requireActor(request.actor), request.query, new Date()),
  'GET /api/map/points': async (request) => mapPoints(database.db, requireActor(request.actor), request.query, new Date()),
  'GET /api/map/list': async (request) => mapList(database.db, requireActor(request.actor), request.query, new Date()),
  'GET /api/map/persons/:id/trajectory': async (request) => personTrajectory(database.db, requireActor(request.actor), request.params.id),
}));
