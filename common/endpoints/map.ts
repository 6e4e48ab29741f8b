import { Type } from 'typebox';
import {
  MapAggregateQuery, MapAggregates, MapConfig, MapList, MapListQuery, MapPointQuery, MapPoints, Trajectory,
} from '../contracts/map.ts';
import { ErrorResponse, Uuid } from '../contracts/shared.ts';
import { endpoints } from './kit.ts';

/**
 * The grid map (网格地图): bubbles per region from the counters, points inside one grid, the
 * list behind a number and a person's trajectory, each for a region inside the caller's.
 */
export const mapEndpoints = endpoints({
  'GET /api/map/config': {
    operationId: 'getMapConfig', tag: 'map', permission: 'dashboard.read',
    summary: 'The configured base map (null: none, the map draws region outlines offline)',
    response: { 200: MapConfig },
  },
  'GET /api/map/aggregates': {
    operationId: 'getMapAggregates', tag: 'map', permission: 'dashboard.read',
    summary: 'A layer\'s count for each region one level below `region` (and the region\'s own), from the counters',
    query: MapAggregateQuery, response: { 200: MapAggregates, 404: ErrorResponse },
  },
  'GET /api/map/points': {
    operationId: 'listMapPoints', tag: 'map', permission: 'dashboard.read',
    summary: 'The located items of one grid for a layer, newest first, bounded',
    query: MapPointQuery, response: { 200: MapPoints, 404: ErrorResponse },
  },
  'GET /api/map/list': {
    operationId: 'listMapItems', tag: 'map', permission: 'dashboard.read',
    summary: 'The rows behind a count: the same facts the counters count, paged, names masked',
    query: MapListQuery, response: { 200: MapList, 404: ErrorResponse },
  },
  'GET /api/map/persons/:id/trajectory': {
    operationId: 'getPersonTrajectory', tag: 'map', permission: 'dashboard.read',
    summary: 'A person\'s timed locations inside the caller\'s region, oldest first',
    params: Type.Object({ id: Uuid }), response: { 200: Trajectory, 404: ErrorResponse },
  },
});
