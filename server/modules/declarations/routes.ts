import { declarationEndpoints } from '../../../common/endpoints/declarations.ts';
import { ruleProblems } from '../../../common/declarations/warning-rules.ts';
import { CHANNELS, notify } from '../../db/notify.ts';
import { requireActor } from '../../http/context.ts';
import { endpointRoutes } from '../../http/endpoint-routes.ts';
import { AppError } from '../../core/errors.ts';
import { strictValidator } from '../../http/strict-validator.ts';
import type { AppServices } from '../../core/services.ts';
import { recordAudit } from '../audit/service.ts';
import { declarationDaily } from './daily.ts';
import { WarningRulesStore } from './rules-store.ts';

export const declarationRoutes = endpointRoutes(declarationEndpoints, (services: AppServices) => {
  const perIp = { max: services.config.declarationLimits.perIpPerMinute, timeWindow: '1 minute' };
  return {
    'GET /api/public/checkpoints/:token': {
      rateLimit: perIp,
      handler: async (request) => services.declarations.publicCheckpoint(request.params.token),
    },
    'POST /api/public/declarations': {
      rateLimit: perIp,
      bodyLimit: 4096,
      validatorCompiler: strictValidator,
      handler: async (request, reply) => reply.status(201).send(await services.declarations.declare(request.body)),
    },
    'GET /api/declarations/daily': async (request) => declarationDaily(services, requireActor(request.actor), request.query),
    'GET /api/declarations/rules': async () => services.warningRules.current,
    'PUT /api/declarations/rules': async (request) => {
      const actor = requireActor(request.actor);
      if (actor.scope.length !== 4) throw new AppError('FORBIDDEN', 'only a city-wide administrator sets the warning rules');
      const rules = request.body;
      const problems = ruleProblems(rules);
      if (Object.keys(problems).length > 0) throw new AppError('VALIDATION_FAILED', undefined, problems);
      await services.database.transaction(async (tx) => {
        await WarningRulesStore.save(tx, rules);
        await recordAudit(tx, actor, { action: 'warnings.rules', targetType: 'settings', regionCode: actor.scope, detail: { ...rules } });
        await notify(tx, CHANNELS.settingsChanged);
      });
      await services.warningRules.reload();
      return services.warningRules.current;
    },
  };
});
