import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { namedContractSchemas } from '../../common/contracts/named.ts';
import { shareComponents } from './openapi-components.ts';
import { SESSION_COOKIE } from './session-cookie.ts';

/** The OpenAPI document is generated from the same TypeBox schemas that validate requests. */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'EpiGrid API',
        version: '0.1.0',
        license: { name: 'MIT', identifier: 'MIT' },
        description: 'Grid-based epidemic prevention and control platform. Every read is scoped to the caller\'s region; '
          + 'errors share one shape: `{ "error": { "code", "message", "fields" } }`.',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE } } },
      servers: [{ url: '/', description: 'This server' }],
      security: [{ session: [] }],
    },
    // Shared shapes are written once as components; TypeBox tuples become 3.1's prefixItems.
    transformObject: (document) => shareComponents(('openapiObject' in document ? document.openapiObject : document.swaggerObject) as Parameters<typeof shareComponents>[0], namedContractSchemas()),
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', uiConfig: { docExpansion: 'list' } });
  app.get('/api/openapi.json', { config: { auth: 'public' }, schema: { hide: true } }, async () => app.swagger());
}
