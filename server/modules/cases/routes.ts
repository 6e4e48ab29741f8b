import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { CaseChange, CaseCreate, CaseDetail, CaseImported, CasePage, CaseQuery } from '../../../common/contracts/cases.ts';
import { commonErrors, ErrorResponse } from '../../../common/contracts/shared.ts';
import { REGISTER_LIMITS } from '../../../common/field/register-format.ts';
import { XLSX_TYPE } from '../../excel/sheet.ts';
import { uploadedWorkbook } from '../../excel/upload.ts';
import { sendCreated } from '../../http/created.ts';
import { requireActor } from '../../http/context.ts';
import type { AppServices } from '../../core/services.ts';
import { sendListExport } from '../exports/list-export.ts';
import { changeCaseStatus } from './changes.ts';
import { casesExport } from './export.ts';
import { caseImportTemplate, importCases } from './import.ts';
import { caseDetail, createCase, listCasesInScope } from './service.ts';

const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });

export async function caseRoutes(app: FastifyInstance, services: AppServices): Promise<void> {
  const tags = ['cases'];
  app.post('/api/cases', {
    config: { permission: 'cases.manage' },
    schema: {
      tags, summary: 'Enter a person in the case register (201; a retry with the same id answers 200 with the stored case)',
      description: 'Either `personId` (a registered person in the caller\'s region) or `person` (a new one; when the ID number is already registered, that person). A person already in the register is refused with field `ALREADY_IN_REGISTER`.',
      body: CaseCreate, response: { 200: CaseDetail, 201: CaseDetail, 404: ErrorResponse, 409: ErrorResponse, ...commonErrors },
    },
  }, async (request, reply) => sendCreated(reply, await createCase(services, requireActor(request.actor), request.body as CaseCreate)));

  app.get('/api/cases', {
    config: { permission: 'cases.read' },
    schema: { tags, summary: 'Cases in the caller\'s region (names masked); `from`/`to` filter the current status\'s date', querystring: CaseQuery, response: { 200: CasePage, ...commonErrors } },
  }, async (request) => listCasesInScope(services, requireActor(request.actor), request.query as CaseQuery));

  app.get('/api/cases/export', {
    config: { permission: 'cases.read' },
    schema: { tags, summary: 'The same list as an Excel workbook (personal data masked; audited)', querystring: CaseQuery },
  }, async (request, reply) => {
    const actor = requireActor(request.actor);
    return sendListExport(services, actor, request.id, reply, casesExport(services, actor, request.query as CaseQuery));
  });

  app.get('/api/cases/import-template', {
    config: { permission: 'cases.manage' },
    schema: { tags, summary: 'The case register template (.xlsx), with a sheet explaining each column' },
  }, async (_request, reply) => {
    reply.header('content-disposition', 'attachment; filename="case-register-template.xlsx"').type(XLSX_TYPE);
    return reply.send(await caseImportTemplate());
  });

  app.post('/api/cases/import', {
    config: { permission: 'cases.manage' },
    bodyLimit: REGISTER_LIMITS.maxBytes + 64 * 1024,
    schema: {
      tags, summary: 'Import a case register (.xlsx, one row per case); all or nothing, audited',
      description: 'multipart/form-data with one file part `file`. A file with any problem answers 422 INVALID_REGISTER with `rows: [{row, column, problem, message}]` and stores nothing.',
      consumes: ['multipart/form-data'],
      response: { 200: CaseImported, 422: ErrorResponse, ...commonErrors },
    },
  }, async (request) => importCases(services, requireActor(request.actor), await uploadedWorkbook(request)));

  app.get('/api/cases/:id', {
    config: { permission: 'cases.read' },
    schema: { tags, summary: 'A case with its full history', params: IdParams, response: { 200: CaseDetail, 404: ErrorResponse, ...commonErrors } },
  }, async (request) => caseDetail(services, requireActor(request.actor), (request.params as { id: string }).id));

  app.post('/api/cases/:id/changes', {
    config: { permission: 'cases.manage' },
    schema: {
      tags, summary: 'Change a case\'s status (201; a retry with the same change id answers 200)',
      description: 'Only the moves of CASE_TRANSITIONS (common/cases/vocabulary.ts); others answer 400 with field `toStatus: CASE_TRANSITION`. `changedOn` may not be before the current status\'s date. With `fromStatus`, a case that has moved on meanwhile answers 409 CONFLICT.',
      params: IdParams, body: CaseChange, response: { 200: CaseDetail, 201: CaseDetail, 404: ErrorResponse, 409: ErrorResponse, ...commonErrors },
    },
  }, async (request, reply) => sendCreated(reply, await changeCaseStatus(services, requireActor(request.actor), (request.params as { id: string }).id, request.body as CaseChange)));
}
