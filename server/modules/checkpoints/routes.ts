import QRCode from 'qrcode';
import { checkpointEndpoints } from '../../../common/endpoints/checkpoints.ts';
import { requireActor } from '../../http/context.ts';
import { endpointRoutes } from '../../http/endpoint-routes.ts';
import { publicBase } from '../../http/public-base.ts';
import type { AppServices } from '../../core/services.ts';
import { changeCheckpoint, checkpointForPoster, checkpointsInScope, createCheckpoint, rotateCheckpointToken } from './service.ts';

export const checkpointRoutes = endpointRoutes(checkpointEndpoints, (services: AppServices) => ({
  'GET /api/checkpoints': async (request) => checkpointsInScope(services, requireActor(request.actor), request.query, publicBase(services.config, request)),
  'POST /api/checkpoints': async (request, reply) => reply.status(201).send(await createCheckpoint(services, requireActor(request.actor), request.body, publicBase(services.config, request))),
  'PATCH /api/checkpoints/:id': async (request) => changeCheckpoint(services, requireActor(request.actor), request.params.id, request.body, publicBase(services.config, request)),
  'POST /api/checkpoints/:id/rotate-token': async (request) => rotateCheckpointToken(services, requireActor(request.actor), request.params.id, publicBase(services.config, request)),
  'GET /api/checkpoints/:id': async (request) => checkpointForPoster(services, requireActor(request.actor), request.params.id, publicBase(services.config, request)),
  'GET /api/checkpoints/:id/qr.svg': async (request, reply) => {
    const checkpoint = await checkpointForPoster(services, requireActor(request.actor), request.params.id, publicBase(services.config, request));
    const svg = await QRCode.toString(checkpoint.url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
    return reply.type('image/svg+xml').header('cache-control', 'private, no-cache').send(svg);
  },
}));
