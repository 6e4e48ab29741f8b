import { Health } from '../contracts/health.ts';
import { endpoints } from './kit.ts';

export const healthEndpoints = endpoints({
  'GET /api/health': {
    operationId: 'getHealth', tag: 'health', auth: 'public',
    summary: 'Liveness and database reachability',
    response: { 200: Health, 503: Health },
  },
});
