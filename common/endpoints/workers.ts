import { WorkerQuery, WorkerStatusPage } from '../contracts/field.ts';
import { endpoints } from './kit.ts';

export const workerEndpoints = endpoints({
  'GET /api/workers': {
    operationId: 'listWorkerStatuses', tag: 'workers', permission: 'workers.read',
    summary: 'Grid workers in the caller\'s region with today\'s work and status (on duty, active today, inactive)',
    query: WorkerQuery, response: { 200: WorkerStatusPage },
  },
});
