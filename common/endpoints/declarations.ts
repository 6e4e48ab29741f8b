import { Type } from 'typebox';
import { DailyQuery, DeclarationAnswer, DeclarationDaily, DeclarationSubmit, PublicCheckpoint, WarningRulesSchema } from '../contracts/declarations.ts';
import { ErrorResponse } from '../contracts/shared.ts';
import { endpoints } from './kit.ts';

const TokenParams = Type.Object({ token: Type.String({ minLength: 16, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' }) });
const publicErrors = { 400: ErrorResponse, 404: ErrorResponse, 410: ErrorResponse, 429: ErrorResponse };

export const declarationEndpoints = endpoints({
  'GET /api/public/checkpoints/:token': {
    operationId: 'getPublicCheckpoint', tag: 'declarations', auth: 'public',
    summary: 'The checkpoint a QR code names (no session); 410 TOKEN_ROTATED for a replaced poster',
    params: TokenParams, response: { 200: PublicCheckpoint, ...publicErrors },
  },
  'POST /api/public/declarations': {
    operationId: 'submitDeclaration', tag: 'declarations', auth: 'public',
    summary: 'A resident\'s health declaration at a checkpoint (no session)',
    description: 'Answers 201 `{result, checkpointName, at}` once stored durably (group commit); a retry with the same `id` answers the same and stores nothing. `stop` means a warning was raised and the guard should not let the person through unchecked. No personal data is ever returned.',
    body: DeclarationSubmit, response: { 201: DeclarationAnswer, ...publicErrors },
  },
  'GET /api/declarations/daily': {
    operationId: 'getDeclarationDaily', tag: 'declarations', permission: 'warnings.read',
    summary: 'Per day: declarations, each symptom, stops, warnings raised and verified (from the counters); open and overdue warnings now',
    query: DailyQuery, response: { 200: DeclarationDaily },
  },
  'GET /api/declarations/rules': {
    operationId: 'getWarningRules', tag: 'declarations', permission: 'warnings.read',
    summary: 'The warning rules in force',
    response: { 200: WarningRulesSchema },
  },
  'PUT /api/declarations/rules': {
    operationId: 'changeWarningRules', tag: 'declarations', permission: 'warnings.rules',
    summary: 'Change the warning rules (city administrators; audited)',
    body: WarningRulesSchema, response: { 200: WarningRulesSchema },
  },
});
