import { FieldSummary } from '../contracts/field.ts';
import { endpoints } from './kit.ts';

export const fieldSummaryEndpoints = endpoints({
  'GET /api/field/summary': {
    operationId: 'getFieldSummary', tag: 'field', permission: 'field.read',
    summary: 'Home screen of the field app: my grid, today\'s work, totals, open shift',
    response: { 200: FieldSummary },
  },
});
