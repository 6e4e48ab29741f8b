import { personEndpoints } from '../../../common/endpoints/persons.ts';
import { sendCreated } from '../../http/created.ts';
import { requireActor } from '../../http/context.ts';
import { endpointRoutes } from '../../http/endpoint-routes.ts';
import type { AppServices } from '../../core/services.ts';
import { personDetail } from '../register/details.ts';
import { createPerson, revealPerson, searchPersons } from './service.ts';

export const personRoutes = endpointRoutes(personEndpoints, (services: AppServices) => ({
  'POST /api/persons': async (request, reply) => sendCreated(reply, await createPerson(services, requireActor(request.actor), request.body)),
  'GET /api/persons': async (request) => searchPersons(services, requireActor(request.actor), request.query),
  'GET /api/persons/:id': async (request) => personDetail(services, requireActor(request.actor), request.params.id),
  'POST /api/persons/:id/reveal': {
    rateLimit: { max: 60, timeWindow: '1 minute' },
    handler: async (request) => revealPerson(services, requireActor(request.actor), request.params.id, request.body.reason, request.id),
  },
}));
