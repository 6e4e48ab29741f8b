import { Type } from 'typebox';
import { CheckpointCreate, CheckpointPage, CheckpointQuery, CheckpointUpdate, CheckpointView } from '../contracts/declarations.ts';
import { ErrorResponse, Uuid } from '../contracts/shared.ts';
import { endpoints, fileResponse } from './kit.ts';

const IdParams = Type.Object({ id: Uuid });

export const checkpointEndpoints = endpoints({
  'GET /api/checkpoints': {
    operationId: 'listCheckpoints', tag: 'checkpoints', permission: 'checkpoints.read',
    summary: 'Checkpoints in the caller\'s region, each with its token and declaration URL',
    query: CheckpointQuery, response: { 200: CheckpointPage },
  },
  'POST /api/checkpoints': {
    operationId: 'createCheckpoint', tag: 'checkpoints', permission: 'checkpoints.manage',
    summary: 'Create a checkpoint at a location (its grid and community come from the location)',
    body: CheckpointCreate, response: { 201: CheckpointView },
  },
  'PATCH /api/checkpoints/:id': {
    operationId: 'changeCheckpoint', tag: 'checkpoints', permission: 'checkpoints.manage',
    summary: 'Rename, move, re-kind, open or close a checkpoint',
    params: IdParams, body: CheckpointUpdate, response: { 200: CheckpointView, 404: ErrorResponse },
  },
  'POST /api/checkpoints/:id/rotate-token': {
    operationId: 'rotateCheckpointToken', tag: 'checkpoints', permission: 'checkpoints.manage',
    summary: 'Issue a new token; posters with the old one stop working and say so (audited)',
    params: IdParams, response: { 200: CheckpointView, 404: ErrorResponse },
  },
  'GET /api/checkpoints/:id': {
    operationId: 'getCheckpoint', tag: 'checkpoints', permission: 'checkpoints.read',
    summary: 'One checkpoint, with its token and declaration URL',
    params: IdParams, response: { 200: CheckpointView, 404: ErrorResponse },
  },
  'GET /api/checkpoints/:id/qr.svg': {
    operationId: 'getCheckpointQrCode', tag: 'checkpoints', permission: 'checkpoints.read',
    summary: 'The QR code of the checkpoint\'s declaration URL, as SVG (for posters)',
    params: IdParams, response: { 200: fileResponse('The QR code', 'image/svg+xml'), 404: ErrorResponse },
  },
});
