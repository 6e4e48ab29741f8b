import { Type } from 'typebox';
import { WarningContact, WarningPage, WarningQuery, WarningVerify, WarningView } from '../contracts/declarations.ts';
import { ErrorResponse, Uuid } from '../contracts/shared.ts';
import { endpoints } from './kit.ts';

const IdParams = Type.Object({ id: Uuid });

export const warningEndpoints = endpoints({
  'GET /api/warnings': {
    operationId: 'listWarnings', tag: 'warnings', permission: 'warnings.read',
    summary: 'Warnings in the caller\'s region: overdue first, then open, then verified',
    query: WarningQuery, response: { 200: WarningPage },
  },
  'GET /api/warnings/:id': {
    operationId: 'getWarning', tag: 'warnings', permission: 'warnings.read',
    summary: 'One warning',
    params: IdParams, response: { 200: WarningView, 404: ErrorResponse },
  },
  'POST /api/warnings/:id/verify': {
    operationId: 'verifyWarning', tag: 'warnings', permission: 'warnings.verify',
    summary: 'Record the outcome of verifying a warning in person (核实)',
    params: IdParams, body: WarningVerify, response: { 200: WarningView, 404: ErrorResponse, 409: ErrorResponse },
  },
  'POST /api/warnings/:id/contact': {
    operationId: 'getWarningContact', tag: 'warnings', permission: 'warnings.verify',
    summary: 'The declarant\'s phone number, to call before the visit (audited)',
    params: IdParams, response: { 200: WarningContact, 404: ErrorResponse, 429: ErrorResponse },
  },
});
