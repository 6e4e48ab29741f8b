import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import {
  ExportQuery, GeometryQuery, ImportQuery, ImportResult, LocateQuery, LocateResult, RegionDetail, RegionList, RegionListQuery,
} from '../../../common/contracts/regions.ts';
import { commonErrors, ErrorResponse } from '../../../common/contracts/shared.ts';
import { canonicalRegionCode } from '../../../common/regions/codes.ts';
import { requireActor } from '../../http/context.ts';
import type { AppServices } from '../../core/services.ts';
import { geometryOf } from './geometry-service.ts';
import { exportLayer, importLayer } from './layer-service.ts';
import { getRegionDetail, listRegions, locate } from './service.ts';

const CodeParams = Type.Object({ code: Type.String({ pattern: '^[0-9]{4,15}$' }) });
const GeoJson = Type.Object({ type: Type.String() }, { additionalProperties: true, description: 'GeoJSON (RFC 7946), WGS-84' });
const FeatureCollectionInput = Type.Object({
  type: Type.Literal('FeatureCollection'),
  features: Type.Array(Type.Object({}, { additionalProperties: true }), { maxItems: 20_000 }),
}, { additionalProperties: true });

export async function regionRoutes(app: FastifyInstance, { database, locator }: AppServices): Promise<void> {
  const db = database.db;
  const tags = ['regions'];

  app.get('/api/regions', {
    schema: { tags, summary: 'List regions: the caller\'s root, the children of `parent`, or a name search in scope', querystring: RegionListQuery, response: { 200: RegionList, ...commonErrors } },
  }, async (request) => {
    const q = request.query as { parent?: string; q?: string; level?: number; limit: number };
    return listRegions(db, requireActor(request.actor), { ...q, ...(q.parent ? { parent: canonicalRegionCode(q.parent) } : {}) });
  });

  app.get('/api/regions/locate', {
    schema: {
      tags, summary: 'The grid containing a coordinate, with its chain of regions up to the city',
      querystring: LocateQuery, response: { 200: LocateResult, 404: ErrorResponse, ...commonErrors },
    },
  }, async (request) => {
    const q = request.query as { lon: number; lat: number; crs: 'wgs84' | 'gcj02' | 'bd09' };
    return locate(database, locator, q.lon, q.lat, q.crs);
  });

  app.get('/api/regions/:code', {
    schema: { tags, summary: 'A region with its children and their counts', params: CodeParams, response: { 200: RegionDetail, 404: ErrorResponse, ...commonErrors } },
  }, async (request) => {
    const { code } = request.params as { code: string };
    return getRegionDetail(db, requireActor(request.actor), canonicalRegionCode(code));
  });

  app.get('/api/regions/:code/geometry', {
    schema: { tags, summary: 'The region\'s outline (a Feature) or its children\'s (a FeatureCollection)', params: CodeParams, querystring: GeometryQuery, response: { 200: GeoJson, 404: ErrorResponse, ...commonErrors } },
  }, async (request) => {
    const { code } = request.params as { code: string };
    const { of } = request.query as { of: 'self' | 'children' };
    return geometryOf(db, requireActor(request.actor), canonicalRegionCode(code), of);
  });

  app.get('/api/regions/:code/export', {
    config: { permission: 'regions.export' },
    schema: { tags, summary: 'Export the regions at one level inside this region as a GeoJSON layer (the import format)', params: CodeParams, querystring: ExportQuery, response: { 200: GeoJson, 404: ErrorResponse, ...commonErrors } },
  }, async (request, reply) => {
    const { code } = request.params as { code: string };
    const { level } = request.query as { level?: number };
    const layer = await exportLayer(database, requireActor(request.actor), canonicalRegionCode(code), level);
    reply.header('content-disposition', `attachment; filename="regions-${code}.geojson"`);
    return layer;
  });

  app.post('/api/regions/import', {
    config: { permission: 'regions.import' },
    bodyLimit: 100 * 1024 * 1024,
    schema: {
      tags, summary: 'Import a region layer (GeoJSON FeatureCollection); all or nothing',
      description: 'Each feature: properties `name`, `level` (2–5 or district/street/community/grid), and `code` or `externalId`, plus `parent` (the parent\'s code) or `parentExternalId`. Invalid layers answer 422 INVALID_LAYER with `problems` naming each bad feature; nothing is stored.',
      querystring: ImportQuery, body: FeatureCollectionInput, response: { 200: ImportResult, 422: ErrorResponse, ...commonErrors },
    },
  }, async (request) => {
    const { dryRun } = request.query as { dryRun: boolean };
    const body = request.body as { features: Record<string, unknown>[] };
    return importLayer(database, locator, requireActor(request.actor), body.features, dryRun);
  });
}
