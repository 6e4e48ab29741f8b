import { regionEndpoints } from '../../../common/endpoints/regions.ts';
import { canonicalRegionCode } from '../../../common/regions/codes.ts';
import { requireActor } from '../../http/context.ts';
import { endpointRoutes } from '../../http/endpoint-routes.ts';
import type { AppServices } from '../../core/services.ts';
import { geometryOf } from './geometry-service.ts';
import { exportLayer, importLayer } from './layer-service.ts';
import { getRegionDetail, listRegions, locate } from './service.ts';

export const regionRoutes = endpointRoutes(regionEndpoints, ({ database, locator }: AppServices) => ({
  'GET /api/regions': async (request) => {
    const q = request.query;
    return listRegions(database.db, requireActor(request.actor), { ...q, ...(q.parent ? { parent: canonicalRegionCode(q.parent) } : {}) });
  },
  'GET /api/regions/locate': async (request) => locate(database, locator, request.query.lon, request.query.lat, request.query.crs),
  'GET /api/regions/:code': async (request) => getRegionDetail(database.db, requireActor(request.actor), canonicalRegionCode(request.params.code)),
  'GET /api/regions/:code/geometry': async (request) =>
    geometryOf(database.db, requireActor(request.actor), canonicalRegionCode(request.params.code), request.query.of),
  'GET /api/regions/:code/export': async (request, reply) => {
    const { code } = request.params;
    const layer = await exportLayer(database, requireActor(request.actor), canonicalRegionCode(code), request.query.level);
    reply.header('content-disposition', `attachment; filename="regions-${code}.geojson"`);
    return layer;
  },
  'POST /api/regions/import': {
    bodyLimit: 100 * 1024 * 1024,
    handler: async (request) => importLayer(database, locator, requireActor(request.actor), request.body.features, request.query.dryRun),
  },
}));
