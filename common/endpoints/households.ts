import { Type } from 'typebox';
import { HouseholdCreate, HouseholdDetail, HouseholdMatches, HouseholdPage, HouseholdQuery, HouseholdView, RegisterImported, SameAddressQuery } from '../contracts/field.ts';
import { ErrorResponse, Uuid } from '../contracts/shared.ts';
import { XLSX_TYPE } from './content-types.ts';
import { endpoints, fileResponse } from './kit.ts';

const IdParams = Type.Object({ id: Uuid });

export const householdEndpoints = endpoints({
  'POST /api/households': {
    operationId: 'createHousehold', tag: 'households', permission: 'field.write',
    summary: 'Register a household (201; a retry with the same id answers 200 with the stored record)',
    description: 'A grid that already has a household at the same address (compared trimmed, full-width characters as half-width, spaces beside Chinese characters ignored) answers 409 HOUSEHOLD_DUPLICATE_ADDRESS with `existing` (that household, its head\'s name masked as lists mask it), unless the body says `confirmDuplicate: true`.',
    body: HouseholdCreate, response: { 200: HouseholdView, 201: HouseholdView, 409: ErrorResponse },
  },
  'GET /api/households': {
    operationId: 'listHouseholds', tag: 'households', permission: 'field.read',
    summary: 'Households in the caller\'s region, newest first',
    query: HouseholdQuery, response: { 200: HouseholdPage },
  },
  'GET /api/households/same-address': {
    operationId: 'findHouseholdsAtAddress', tag: 'households', permission: 'field.read',
    summary: 'Households of a grid at an address (compared as POST compares them), asked before registering one',
    query: SameAddressQuery, response: { 200: HouseholdMatches },
  },
  'GET /api/households/:id': {
    operationId: 'getHousehold', tag: 'households', permission: 'field.read',
    summary: 'A household with its members and visits',
    params: IdParams, response: { 200: HouseholdDetail, 404: ErrorResponse },
  },
  'GET /api/households/import/template': {
    operationId: 'getHouseholdImportTemplate', tag: 'households', permission: 'field.import',
    summary: 'The household register template (.xlsx), with a sheet explaining each column',
    response: { 200: fileResponse('The empty household register', XLSX_TYPE) },
  },
  'POST /api/households/import': {
    operationId: 'importHouseholds', tag: 'households', permission: 'field.import',
    summary: 'Import a household register (.xlsx, one row per person); all or nothing',
    description: 'multipart/form-data with one file part `file`. A file with any problem answers 422 INVALID_REGISTER with `rows: [{row, column, problem, message}]` and stores nothing.',
    consumes: ['multipart/form-data'],
    response: { 200: RegisterImported, 422: ErrorResponse },
  },
});
