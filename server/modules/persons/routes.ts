import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { Page, PersonCreate, PersonDetail, PersonQuery, PersonRevealed, PersonView, RevealRequest } from '../../../common/contracts/field.ts';
import { commonErrors, ErrorResponse } from '../../../common/contracts/shared.ts';
import { sendCreated } from '../../http/created.ts';
import { requireActor } from '../../http/context.ts';
import type { AppServices } from '../../core/services.ts';
import { personDetail } from '../register/details.ts';
import { createPerson, revealPerson, searchPersons } from './service.ts';

const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });

export async function personRoutes(app: FastifyInstance, services: AppServices): Promise<void> {
  const tags = ['persons'];
  app.post('/api/persons', {
    config: { permission: 'field.write' },
    schema: {
      tags, summary: 'Register a person; 409 PERSON_EXISTS (with the existing record, masked) when the ID number is already registered',
      body: PersonCreate, response: { 200: PersonView, 201: PersonView, 404: ErrorResponse, 409: ErrorResponse, ...commonErrors },
    },
  }, async (request, reply) => sendCreated(reply, await createPerson(services, requireActor(request.actor), request.body as PersonCreate)));

  app.get('/api/persons', {
    config: { permission: 'field.read' },
    schema: { tags, summary: 'People in the caller\'s region (identifiers masked)', querystring: PersonQuery, response: { 200: Page(PersonView), ...commonErrors } },
  }, async (request) => searchPersons(services, requireActor(request.actor), request.query as { offset: number; limit: number }));

  app.get('/api/persons/:id', {
    config: { permission: 'field.read' },
    schema: { tags, summary: 'A person with their household and movements (identifiers masked)', params: IdParams, response: { 200: PersonDetail, 404: ErrorResponse, ...commonErrors } },
  }, async (request) => personDetail(services, requireActor(request.actor), (request.params as { id: string }).id));

  app.post('/api/persons/:id/reveal', {
    config: { permission: 'pii.reveal', rateLimit: { max: 60, timeWindow: '1 minute' } },
    schema: { tags, summary: 'The full ID and phone numbers and the birth date; needs pii.reveal and a reason, and is audited', params: IdParams, body: RevealRequest, response: { 200: PersonRevealed, 404: ErrorResponse, ...commonErrors } },
  }, async (request) => revealPerson(services, requireActor(request.actor), (request.params as { id: string }).id, (request.body as RevealRequest).reason, request.id));
}
