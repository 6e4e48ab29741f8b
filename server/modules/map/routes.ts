import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import {
  MapAggregateQuery, MapAggregates, MapConfig, MapList, MapListQuery, MapPointQuery, MapPoints, Trajectory,
} from '../../../common/contracts/map.ts';
import { commonErrors, ErrorResponse, Uuid } from '../../../common/contracts/shared.ts';
import { requireActor } from '../../http/context.ts';
import type { AppServices } from '../../core/services.ts';
import { mapAggregates } from './aggregates.ts';
import { mapList, mapPoints } from './items.ts';
import { personTrajectory } from './trajectory.ts';

/**
 * The grid map (网格地图): bubbles per region from the counters, points inside one grid, the
 * list behind a number and a person's trajectory, each for a region inside the caller's.
 */
export async function mapRoutes(app: FastifyInstance, { database, config }: AppServices): Promise<void> {
  const tags = ['map'];
  const permission = { permission: 'dashboard.read' } as const;
  const errors = { ...commonErrors, 404: ErrorResponse };
  const db = database.db;

  app.get('/api/map/config', {
    config: permission,
    schema: { tags, summary: 'The configured base map (null: none, the map draws region outlines offline)', response: { 200: MapConfig, ...commonErrors } },
  }, async () => ({ baseMap: config.baseMap }));

  app.get('/api/map/aggregates', {
    config: permission,
    schema: { tags, summary: 'A layer\'s count for each region one level below `region` (and the region\'s own), from the counters', querystring: MapAggregateQuery, response: { 200: MapAggregates, ...errors } },
  }, async (request) => mapAggregates(db, requireActor(request.actor), request.query as MapAggregateQuery, new Date()));

  app.get('/api/map/points', {
    config: permission,
    schema: { tags, summary: 'The located items of one grid for a layer, newest first, bounded', querystring: MapPointQuery, response: { 200: MapPoints, ...errors } },
  }, async (request) => mapPoints(db, requireActor(request.actor), request.query as MapPointQuery, new Date()));

  app.get('/api/map/list', {
    config: permission,
    schema: { tags, summary: 'The rows behind a count: the same facts the counters count, paged, names masked', querystring: MapListQuery, response: { 200: MapList, ...errors } },
  }, async (request) => mapList(db, requireActor(request.actor), request.query as MapListQuery, new Date()));

  app.get('/api/map/persons/:id/trajectory', {
    config: permission,
    schema: { tags, summary: 'A person\'s timed locations inside the caller\'s region, oldest first', params: Type.Object({ id: Uuid }), response: { 200: Trajectory, ...errors } },
  }, async (request) => personTrajectory(db, requireActor(request.actor), (request.params as { id: string }).id));
}
