import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { WarningContact, WarningPage, WarningQuery, WarningVerify, WarningView } from '../../../common/contracts/declarations.ts';
import { commonErrors, ErrorResponse } from '../../../common/contracts/shared.ts';
import { requireActor } from '../../http/context.ts';
import type { AppServices } from '../../core/services.ts';
import { verifyWarning, warningContact, warningDetail, warningsInScope } from './service.ts';

const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });

export async function warningRoutes(app: FastifyInstance, services: AppServices): Promise<void> {
  const tags = ['warnings'];
  app.get('/api/warnings', {
    config: { permission: 'warnings.read' },
    schema: { tags, summary: 'Warnings in the caller\'s region: overdue first, then open, then verified', querystring: WarningQuery, response: { 200: WarningPage, ...commonErrors } },
  }, async (request) => warningsInScope(services, requireActor(request.actor), request.query as WarningQuery));

  app.get('/api/warnings/:id', {
    config: { permission: 'warnings.read' },
    schema: { tags, summary: 'One warning', params: IdParams, response: { 200: WarningView, 404: ErrorResponse, ...commonErrors } },
  }, async (request) => warningDetail(services, requireActor(request.actor), (request.params as { id: string }).id));

  app.post('/api/warnings/:id/verify', {
    config: { permission: 'warnings.verify' },
    schema: { tags, summary: 'Record the outcome of verifying a warning in person (核实)', params: IdParams, body: WarningVerify, response: { 200: WarningView, 404: ErrorResponse, 409: ErrorResponse, ...commonErrors } },
  }, async (request) => verifyWarning(services, requireActor(request.actor), (request.params as { id: string }).id, request.body as WarningVerify));

  app.post('/api/warnings/:id/contact', {
    config: { permission: 'warnings.verify', rateLimit: { max: 60, timeWindow: '1 minute' } },
    schema: { tags, summary: 'The declarant\'s phone number, to call before the visit (audited)', params: IdParams, response: { 200: WarningContact, 404: ErrorResponse, ...commonErrors } },
  }, async (request) => warningContact(services, requireActor(request.actor), (request.params as { id: string }).id, request.id));
}
