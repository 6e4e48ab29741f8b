import { ErrorResponse } from '../contracts/shared.ts';
import { endpoints, fileResponse } from './kit.ts';

export const liveEndpoints = endpoints({
  'GET /api/live': {
    operationId: 'streamLiveChanges', tag: 'live',
    summary: 'Server-Sent Events: `change` events telling open panels what changed where (no personal data)',
    description: 'Each `change` event\'s data is a LiveChange JSON ({topics, regions, at}); a `resync` event ({at}) means changes may have gone unannounced (the server lost and regained its database connection): refetch everything shown. Comment lines are heartbeats. At most a few events a second per stream.',
    response: { 200: fileResponse('The event stream; it ends when the session does', 'text/event-stream'), 503: ErrorResponse },
  },
});
