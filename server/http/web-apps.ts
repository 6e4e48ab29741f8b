import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { errorBody } from './errors.ts';

/**
 * Serves the built web apps. The console is a single-page app at the root: any non-API path
 * that is not a file gets its index.html, so deep links survive a reload.
 */
export async function registerWebApps(app: FastifyInstance, webDist: string): Promise<void> {
  const consoleIndex = path.join(webDist, 'console', 'index.html');
  const built = fs.existsSync(consoleIndex);
  if (built) {
    await app.register(fastifyStatic, {
      root: webDist,
      prefix: '/',
      index: false,
      wildcard: true,
      setHeaders(reply, file) {
        // Hashed bundles never change; HTML must always be revalidated.
        reply.header('cache-control', file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }
  // The build may be replaced while the server runs: check the file at each request.
  const sendConsole = (reply: FastifyReply) => (fs.existsSync(consoleIndex)
    ? reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(fs.createReadStream(consoleIndex))
    : reply.status(503).send(errorBody('UNAVAILABLE', 'the web apps are being built; retry in a moment')));
  if (built) app.get('/', { schema: { hide: true } }, (_request, reply) => sendConsole(reply));
  app.setNotFoundHandler((request, reply) => {
    const urlPath = request.url.split('?')[0]!;
    if (urlPath.startsWith('/api/') || request.method !== 'GET' || !built) {
      return reply.status(404).send(errorBody('NOT_FOUND', `no route ${request.method} ${urlPath}`));
    }
    return sendConsole(reply);
  });
}
