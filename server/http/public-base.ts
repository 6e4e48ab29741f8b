import type { FastifyRequest } from 'fastify';
import type { Config } from '../config.ts';

/** The origin printed in QR codes: configured, or the one the staff member's browser used. */
export function publicBase(config: Config, request: FastifyRequest): string {
  return config.publicUrl ?? `${request.protocol}://${request.host}`;
}
