import { Type } from 'typebox';
import { CaseChange, CaseCreate, CaseDetail, CaseImported, CasePage, CaseQuery } from '../contracts/cases.ts';
import { ErrorResponse, Uuid } from '../contracts/shared.ts';
import { XLSX_TYPE } from './content-types.ts';
import { endpoints, fileResponse } from './kit.ts';

const IdParams = Type.Object({ id: Uuid });

export const caseEndpoints = endpoints({
  'POST /api/cases': {
    operationId: 'createCase', tag: 'cases', permission: 'cases.manage',
    summary: 'Enter a person in the case register (201; a retry with the same id answers 200 with the stored case)',
    description: 'Either `personId` (a registered person in the caller\'s region) or `person` (a new one; when the ID number is already registered, that person). A person already in the register is refused with field `ALREADY_IN_REGISTER`.',
    body: CaseCreate, response: { 200: CaseDetail, 201: CaseDetail, 404: ErrorResponse, 409: ErrorResponse },
  },
  'GET /api/cases': {
    operationId: 'listCases', tag: 'cases', permission: 'cases.read',
    summary: 'Cases in the caller\'s region (names masked); `from`/`to` filter the current status\'s date',
    query: CaseQuery, response: { 200: CasePage },
  },
  'GET /api/cases/export': {
    operationId: 'exportCases', tag: 'cases', permission: 'cases.read',
    summary: 'The same list as an Excel workbook (personal data masked; audited)',
    query: CaseQuery, response: { 200: fileResponse('The cases as a workbook', XLSX_TYPE) },
  },
  'GET /api/cases/import-template': {
    operationId: 'getCaseImportTemplate', tag: 'cases', permission: 'cases.manage',
    summary: 'The case register template (.xlsx), with a sheet explaining each column',
    response: { 200: fileResponse('The empty case register', XLSX_TYPE) },
  },
  'POST /api/cases/import': {
    operationId: 'importCases', tag: 'cases', permission: 'cases.manage',
    summary: 'Import a case register (.xlsx, one row per case); all or nothing, audited',
    description: 'multipart/form-data with one file part `file`. A file with any problem answers 422 INVALID_REGISTER with `rows: [{row, column, problem, message}]` and stores nothing.',
    consumes: ['multipart/form-data'],
    response: { 200: CaseImported, 422: ErrorResponse },
  },
  'GET /api/cases/:id': {
    operationId: 'getCase', tag: 'cases', permission: 'cases.read',
    summary: 'A case with its full history',
    params: IdParams, response: { 200: CaseDetail, 404: ErrorResponse },
  },
  'POST /api/cases/:id/changes': {
    operationId: 'changeCaseStatus', tag: 'cases', permission: 'cases.manage',
    summary: 'Change a case\'s status (201; a retry with the same change id answers 200)',
    description: 'Only the moves of CASE_TRANSITIONS (common/cases/vocabulary.ts); others answer 400 with field `toStatus: CASE_TRANSITION`. `changedOn` may not be before the current status\'s date. With `fromStatus`, a case that has moved on meanwhile answers 409 CONFLICT.',
    params: IdParams, body: CaseChange, response: { 200: CaseDetail, 201: CaseDetail, 404: ErrorResponse, 409: ErrorResponse },
  },
});
