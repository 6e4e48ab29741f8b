import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { HouseholdCreate, HouseholdDetail, HouseholdMatch, HouseholdQuery, HouseholdView, Page, SameAddressQuery } from '../../../common/contracts/field.ts';
import { commonErrors, ErrorResponse } from '../../../common/contracts/shared.ts';
import { sendCreated } from '../../http/created.ts';
import { requireActor } from '../../http/context.ts';
import type { AppServices } from '../../core/services.ts';
import { REGISTER_LIMITS } from '../../../common/field/register-format.ts';
import { XLSX_TYPE } from '../../excel/sheet.ts';
import { uploadedWorkbook } from '../../excel/upload.ts';
import { importRegister } from './register-import.ts';
import { registerTemplate } from './register-sheet.ts';
import { householdDetail } from '../register/details.ts';
import { householdsAtAddress } from '../register/household-matches.ts';
import { listHouseholdsInScope } from '../register/households.ts';
import { createHousehold } from './service.ts';

const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });

export async function householdRoutes(app: FastifyInstance, services: AppServices): Promise<void> {
  const tags = ['households'];
  app.post('/api/households', {
    config: { permission: 'field.write' },
    schema: { tags, summary: 'Register a household (201; a retry with the same id answers 200 with the stored record)',
      description: 'A grid that already has a household at the same address (compared trimmed, full-width characters as half-width, spaces beside Chinese characters ignored) answers 409 HOUSEHOLD_DUPLICATE_ADDRESS with `existing` (that household, its head\'s name masked as lists mask it), unless the body says `confirmDuplicate: true`.',
      body: HouseholdCreate, response: { 200: HouseholdView, 201: HouseholdView, 409: ErrorResponse, ...commonErrors } },
  }, async (request, reply) => sendCreated(reply, await createHousehold(services, requireActor(request.actor), request.body as HouseholdCreate)));

  app.get('/api/households', {
    config: { permission: 'field.read' },
    schema: { tags, summary: 'Households in the caller\'s region, newest first', querystring: HouseholdQuery, response: { 200: Page(HouseholdView), ...commonErrors } },
  }, async (request) => listHouseholdsInScope(services, requireActor(request.actor), request.query as { offset: number; limit: number }));

  app.get('/api/households/same-address', {
    config: { permission: 'field.read' },
    schema: {
      tags, summary: 'Households of a grid at an address (compared as POST compares them), asked before registering one',
      querystring: SameAddressQuery, response: { 200: Type.Object({ items: Type.Array(HouseholdMatch) }), ...commonErrors },
    },
  }, async (request) => householdsAtAddress(services, requireActor(request.actor), request.query as { gridCode: string; address: string }));

  app.get('/api/households/:id', {
    config: { permission: 'field.read' },
    schema: { tags, summary: 'A household with its members and visits', params: IdParams, response: { 200: HouseholdDetail, 404: ErrorResponse, ...commonErrors } },
  }, async (request) => householdDetail(services, requireActor(request.actor), (request.params as { id: string }).id));

  app.get('/api/households/import/template', {
    config: { permission: 'field.import' },
    schema: { tags, summary: 'The household register template (.xlsx), with a sheet explaining each column' },
  }, async (_request, reply) => {
    reply.header('content-disposition', 'attachment; filename="household-register-template.xlsx"').type(XLSX_TYPE);
    return reply.send(await registerTemplate());
  });

  app.post('/api/households/import', {
    config: { permission: 'field.import' },
    bodyLimit: REGISTER_LIMITS.maxBytes + 64 * 1024,
    schema: {
      tags, summary: 'Import a household register (.xlsx, one row per person); all or nothing',
      description: 'multipart/form-data with one file part `file`. A file with any problem answers 422 INVALID_REGISTER with `rows: [{row, column, problem, message}]` and stores nothing.',
      consumes: ['multipart/form-data'],
      response: { 200: Type.Object({ households: Type.Integer(), persons: Type.Integer() }), 422: ErrorResponse, ...commonErrors },
    },
  }, async (request) => importRegister(services, requireActor(request.actor), await uploadedWorkbook(request)));
}
