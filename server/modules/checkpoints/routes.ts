import type { FastifyInstance } from 'fastify';
import QRCode from 'qrcode';
import { Type } from 'typebox';
import { CheckpointCreate, CheckpointPage, CheckpointQuery, CheckpointUpdate, CheckpointView } from '../../../common/contracts/declarations.ts';
import { commonErrors, ErrorResponse } from '../../../common/contracts/shared.ts';
import { requireActor } from '../../http/context.ts';
import { publicBase } from '../../http/public-base.ts';
import type { AppServices } from '../../core/services.ts';
import { changeCheckpoint, checkpointForPoster, checkpointsInScope, createCheckpoint, rotateCheckpointToken } from './service.ts';

const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });

export async function checkpointRoutes(app: FastifyInstance, services: AppServices): Promise<void> {
  const tags = ['checkpoints'];
  app.get('/api/checkpoints', {
    config: { permission: 'checkpoints.read' },
    schema: { tags, summary: 'Checkpoints in the caller\'s region, each with its token and declaration URL', querystring: CheckpointQuery, response: { 200: CheckpointPage, ...commonErrors } },
  }, async (request) => checkpointsInScope(services, requireActor(request.actor), request.query as { offset: number; limit: number }, publicBase(services.config, request)));

  app.post('/api/checkpoints', {
    config: { permission: 'checkpoints.manage' },
    schema: { tags, summary: 'Create a checkpoint at a location (its grid and community come from the location)', body: CheckpointCreate, response: { 201: CheckpointView, ...commonErrors } },
  }, async (request, reply) => reply.status(201).send(await createCheckpoint(services, requireActor(request.actor), request.body as CheckpointCreate, publicBase(services.config, request))));

  app.patch('/api/checkpoints/:id', {
    config: { permission: 'checkpoints.manage' },
    schema: { tags, summary: 'Rename, move, re-kind, open or close a checkpoint', params: IdParams, body: CheckpointUpdate, response: { 200: CheckpointView, 404: ErrorResponse, ...commonErrors } },
  }, async (request) => changeCheckpoint(services, requireActor(request.actor), (request.params as { id: string }).id, request.body as CheckpointUpdate, publicBase(services.config, request)));

  app.post('/api/checkpoints/:id/rotate-token', {
    config: { permission: 'checkpoints.manage' },
    schema: { tags, summary: 'Issue a new token; posters with the old one stop working and say so (audited)', params: IdParams, response: { 200: CheckpointView, 404: ErrorResponse, ...commonErrors } },
  }, async (request) => rotateCheckpointToken(services, requireActor(request.actor), (request.params as { id: string }).id, publicBase(services.config, request)));

  app.get('/api/checkpoints/:id', {
    config: { permission: 'checkpoints.read' },
    schema: { tags, summary: 'One checkpoint, with its token and declaration URL', params: IdParams, response: { 200: CheckpointView, 404: ErrorResponse, ...commonErrors } },
  }, async (request) => checkpointForPoster(services, requireActor(request.actor), (request.params as { id: string }).id, publicBase(services.config, request)));

  app.get('/api/checkpoints/:id/qr.svg', {
    config: { permission: 'checkpoints.read' },
    schema: { tags, summary: 'The QR code of the checkpoint\'s declaration URL, as SVG (for posters)', params: IdParams },
  }, async (request, reply) => {
    const checkpoint = await checkpointForPoster(services, requireActor(request.actor), (request.params as { id: string }).id, publicBase(services.config, request));
    const svg = await QRCode.toString(checkpoint.url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
    return reply.type('image/svg+xml').header('cache-control', 'private, no-cache').send(svg);
  });
}
