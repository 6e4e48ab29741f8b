import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../core/errors.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Cross-site request forgery defence in depth, beside the SameSite=Strict cookie: a browser
 * always sends Origin on a state-changing fetch, so one that names another site is refused.
 * Scripts and tests that send no Origin (and no cross-site Sec-Fetch-Site) pass.
 */
export const originCheck = fp<{ allowedOrigins: string[] }>(async (app: FastifyInstance, { allowedOrigins }) => {
  app.addHook('onRequest', async (request) => {
    if (SAFE_METHODS.has(request.method)) return;
    const origin = request.headers.origin;
    if (origin === undefined) {
      if (request.headers['sec-fetch-site'] === 'cross-site') throw new AppError('ORIGIN_REJECTED');
      return;
    }
    if (allowedOrigins.includes(origin)) return;
    let host: string;
    try {
      host = new URL(origin).host;
    } catch {
      throw new AppError('ORIGIN_REJECTED');
    }
    if (host !== request.headers.host) throw new AppError('ORIGIN_REJECTED');
  });
});
