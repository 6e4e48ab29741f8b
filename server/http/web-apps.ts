import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { errorBody } from './errors.ts';

/**
 * Which app a page path belongs to: each is a single-page app, so any path under its prefix
 * that is not a file gets its index.html and deep links survive a reload. Longest prefix first.
 */
const APPS = [
  { prefix: '/m/', index: path.join('field', 'index.html') },
  { prefix: '/d/', index: path.join('declare', 'index.html') },
  { prefix: '/screen/', index: path.join('screen', 'index.html') },
  { prefix: '/', index: path.join('console', 'index.html') },
];

/**
 * Serves the built web apps: the console at /, the grid workers' PWA at /m/, the residents'
 * declaration page at /d/{token}, the command centre's big screen at /screen.
 */
export async function registerWebApps(app: FastifyInstance, webDist: string): Promise<void> {
  const built = fs.existsSync(path.join(webDist, APPS.at(-1)!.index));
  if (built) {
    await app.register(fastifyStatic, {
      root: webDist,
      prefix: '/',
      index: false,
      wildcard: true,
      // scripts/build-web.ts leaves .br and .gz copies beside each asset.
      preCompressed: true,
      setHeaders(reply, file) {
        // Hashed bundles never change; HTML must always be revalidated.
        reply.header('cache-control', file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }
  // The build may be replaced while the server runs: check the file at each request.
  const sendPage = (reply: FastifyReply, urlPath: string) => {
    const file = path.join(webDist, APPS.find((a) => urlPath.startsWith(a.prefix))!.index);
    return fs.existsSync(file)
      ? reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(fs.createReadStream(file))
      : reply.status(503).send(errorBody('UNAVAILABLE', 'the web apps are being built; retry in a moment'));
  };
  if (built) {
    app.get('/', { schema: { hide: true } }, (_request, reply) => sendPage(reply, '/'));
    app.get('/m', { schema: { hide: true } }, (_request, reply) => reply.redirect('/m/', 301));
    // A folder would make the static plugin answer 403; the app's page is wanted.
    app.get('/m/', { schema: { hide: true } }, (_request, reply) => sendPage(reply, '/m/'));
    // The wall displays' address has no trailing slash (and /screenshots is not the screen's).
    app.get('/screen', { schema: { hide: true } }, (_request, reply) => sendPage(reply, '/screen/'));
    app.get('/screen/', { schema: { hide: true } }, (_request, reply) => sendPage(reply, '/screen/'));
  }
  app.setNotFoundHandler((request, reply) => {
    const urlPath = request.url.split('?')[0]!;
    if (urlPath.startsWith('/api/') || request.method !== 'GET' || !built) {
      return reply.status(404).send(errorBody('NOT_FOUND', `no route ${request.method} ${urlPath}`));
    }
    return sendPage(reply, urlPath);
  });
}
