import { Type } from 'typebox';
import { HeartbeatCreate, HeartbeatView, ShiftEnd, ShiftStart, ShiftView } from '../contracts/field.ts';
import { ErrorResponse, Uuid } from '../contracts/shared.ts';
import { endpoints } from './kit.ts';

const IdParams = Type.Object({ id: Uuid });

export const dutyEndpoints = endpoints({
  'POST /api/duty/shifts': {
    operationId: 'startShift', tag: 'duty', permission: 'field.write',
    summary: 'Check in to checkpoint duty (卡点值班); 409 ALREADY_ON_DUTY with a shift open',
    body: ShiftStart, response: { 200: ShiftView, 201: ShiftView, 409: ErrorResponse },
  },
  'POST /api/duty/shifts/:id/end': {
    operationId: 'endShift', tag: 'duty', permission: 'field.write',
    summary: 'Check out; ending an ended shift answers it unchanged',
    params: IdParams, body: ShiftEnd, response: { 200: ShiftView, 404: ErrorResponse },
  },
  'POST /api/heartbeats': {
    operationId: 'recordHeartbeat', tag: 'duty', permission: 'field.write',
    summary: 'A location while on duty (only then); 409 NOT_ON_DUTY otherwise',
    body: HeartbeatCreate, response: { 200: HeartbeatView, 201: HeartbeatView, 409: ErrorResponse },
  },
});
