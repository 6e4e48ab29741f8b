import { Page, VisitCreate, VisitQuery, VisitView } from '../contracts/field.ts';
import { ErrorResponse } from '../contracts/shared.ts';
import { endpoints } from './kit.ts';

export const visitEndpoints = endpoints({
  'POST /api/visits': {
    operationId: 'createVisit', tag: 'visits', permission: 'field.write',
    summary: 'Record a household visit (入户走访)',
    body: VisitCreate, response: { 200: VisitView, 201: VisitView, 404: ErrorResponse, 409: ErrorResponse },
  },
  'GET /api/visits': {
    operationId: 'listVisits', tag: 'visits', permission: 'field.read',
    summary: 'Visits in the caller\'s region, newest first',
    query: VisitQuery, response: { 200: Page(VisitView) },
  },
});
