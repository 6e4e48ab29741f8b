import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { DailyQuery, DeclarationAnswer, DeclarationDaily, DeclarationSubmit, PublicCheckpoint, WarningRulesSchema } from '../../../common/contracts/declarations.ts';
import { commonErrors, ErrorResponse } from '../../../common/contracts/shared.ts';
import { ruleProblems, type WarningRules } from '../../../common/declarations/warning-rules.ts';
import { CHANNELS, notify } from '../../db/notify.ts';
import { requireActor } from '../../http/context.ts';
import { AppError } from '../../core/errors.ts';
import { strictValidator } from '../../http/strict-validator.ts';
import type { AppServices } from '../../core/services.ts';
import { recordAudit } from '../audit/service.ts';
import { declarationDaily } from './daily.ts';
import { WarningRulesStore } from './rules-store.ts';

const TokenParams = Type.Object({ token: Type.String({ minLength: 16, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' }) });
const publicErrors = { 400: ErrorResponse, 404: ErrorResponse, 410: ErrorResponse, 429: ErrorResponse };

export async function declarationRoutes(app: FastifyInstance, services: AppServices): Promise<void> {
  const tags = ['declarations'];
  const perIp = { max: services.config.declarationLimits.perIpPerMinute, timeWindow: '1 minute' };

  app.get('/api/public/checkpoints/:token', {
    config: { auth: 'public', rateLimit: perIp },
    schema: { tags, summary: 'The checkpoint a QR code names (no session); 410 TOKEN_ROTATED for a replaced poster', security: [], params: TokenParams, response: { 200: PublicCheckpoint, ...publicErrors } },
  }, async (request) => services.declarations.publicCheckpoint((request.params as { token: string }).token));

  app.post('/api/public/declarations', {
    config: { auth: 'public', rateLimit: perIp },
    bodyLimit: 4096,
    validatorCompiler: strictValidator,
    schema: {
      tags, summary: 'A resident\'s health declaration at a checkpoint (no session)',
      description: 'Answers 201 `{result, checkpointName, at}` once stored durably (group commit); a retry with the same `id` answers the same and stores nothing. `stop` means a warning was raised and the guard should not let the person through unchecked. No personal data is ever returned.',
      security: [], body: DeclarationSubmit, response: { 201: DeclarationAnswer, ...publicErrors },
    },
  }, async (request, reply) => reply.status(201).send(await services.declarations.declare(request.body as DeclarationSubmit)));

  app.get('/api/declarations/daily', {
    config: { permission: 'warnings.read' },
    schema: { tags, summary: 'Per day: declarations, each symptom, stops, warnings raised and verified (from the counters); open and overdue warnings now', querystring: DailyQuery, response: { 200: DeclarationDaily, ...commonErrors } },
  }, async (request) => declarationDaily(services, requireActor(request.actor), request.query as DailyQuery));

  app.get('/api/declarations/rules', {
    config: { permission: 'warnings.read' },
    schema: { tags, summary: 'The warning rules in force', response: { 200: WarningRulesSchema, ...commonErrors } },
  }, async () => services.warningRules.current);

  app.put('/api/declarations/rules', {
    config: { permission: 'warnings.rules' },
    schema: { tags, summary: 'Change the warning rules (city administrators; audited)', body: WarningRulesSchema, response: { 200: WarningRulesSchema, ...commonErrors } },
  }, async (request) => {
    const actor = requireActor(request.actor);
    if (actor.scope.length !== 4) throw new AppError('FORBIDDEN', 'only a city-wide administrator sets the warning rules');
    const rules = request.body as WarningRules;
    const problems = ruleProblems(rules);
    if (Object.keys(problems).length > 0) throw new AppError('VALIDATION_FAILED', undefined, problems);
    await services.database.transaction(async (tx) => {
      await WarningRulesStore.save(tx, rules);
      await recordAudit(tx, actor, { action: 'warnings.rules', targetType: 'settings', regionCode: actor.scope, detail: { ...rules } });
      await notify(tx, CHANNELS.settingsChanged);
    });
    await services.warningRules.reload();
    return services.warningRules.current;
  });
}
