import { Type } from 'typebox';
import {
  ExportQuery, FeatureCollectionInput, GeoJson, GeometryQuery, ImportQuery, ImportResult, LocateQuery, LocateResult, RegionDetail, RegionGeometry, RegionList, RegionListQuery,
} from '../contracts/regions.ts';
import { ErrorResponse } from '../contracts/shared.ts';
import { endpoints } from './kit.ts';

const CodeParams = Type.Object({ code: Type.String({ pattern: '^[0-9]{4,15}$' }) });

export const regionEndpoints = endpoints({
  'GET /api/regions': {
    operationId: 'listRegions', tag: 'regions',
    summary: 'List regions: the caller\'s root, the children of `parent`, or a name search in scope',
    query: RegionListQuery, response: { 200: RegionList },
  },
  'GET /api/regions/locate': {
    operationId: 'locatePoint', tag: 'regions',
    summary: 'The grid containing a coordinate, with its chain of regions up to the city',
    query: LocateQuery, response: { 200: LocateResult, 404: ErrorResponse },
  },
  'GET /api/regions/:code': {
    operationId: 'getRegion', tag: 'regions',
    summary: 'A region with its children and their counts',
    params: CodeParams, response: { 200: RegionDetail, 404: ErrorResponse },
  },
  'GET /api/regions/:code/geometry': {
    operationId: 'getRegionGeometry', tag: 'regions',
    summary: 'The region\'s outline (a Feature) or its children\'s (a FeatureCollection)',
    params: CodeParams, query: GeometryQuery, response: { 200: RegionGeometry, 404: ErrorResponse },
  },
  'GET /api/regions/:code/export': {
    operationId: 'exportRegionLayer', tag: 'regions', permission: 'regions.export',
    summary: 'Export the regions at one level inside this region as a GeoJSON layer (the import format)',
    params: CodeParams, query: ExportQuery, response: { 200: GeoJson, 404: ErrorResponse },
  },
  'POST /api/regions/import': {
    operationId: 'importRegionLayer', tag: 'regions', permission: 'regions.import',
    summary: 'Import a region layer (GeoJSON FeatureCollection); all or nothing',
    description: 'Each feature: properties `name`, `level` (2–5 or district/street/community/grid), and `code` or `externalId`, plus `parent` (the parent\'s code) or `parentExternalId`. Invalid layers answer 422 INVALID_LAYER with `problems` naming each bad feature; nothing is stored.',
    query: ImportQuery, body: FeatureCollectionInput, response: { 200: ImportResult, 422: ErrorResponse },
  },
});
