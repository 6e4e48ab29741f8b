import { MovementCreate, MovementQuery, MovementView, Page } from '../contracts/field.ts';
import { ErrorResponse } from '../contracts/shared.ts';
import { XLSX_TYPE } from './content-types.ts';
import { endpoints, fileResponse } from './kit.ts';

export const movementEndpoints = endpoints({
  'POST /api/movements': {
    operationId: 'createMovement', tag: 'movements', permission: 'field.write',
    summary: 'Register an arrival in or departure from the city (人员流动登记)',
    body: MovementCreate, response: { 200: MovementView, 201: MovementView, 404: ErrorResponse, 409: ErrorResponse },
  },
  'GET /api/movements': {
    operationId: 'listMovements', tag: 'movements', permission: 'field.read',
    summary: 'Arrivals and departures in the caller\'s region; `from`/`to` filter the movement date',
    query: MovementQuery, response: { 200: Page(MovementView) },
  },
  'GET /api/movements/export': {
    operationId: 'exportMovements', tag: 'movements', permission: 'field.export',
    summary: 'The same list as an Excel workbook (names masked; audited)',
    query: MovementQuery, response: { 200: fileResponse('The movements as a workbook', XLSX_TYPE) },
  },
});
