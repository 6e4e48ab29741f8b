import type { FastifyReply } from 'fastify';
import type { CreateOutcome } from '../core/create-once.ts';

/** 201 the first time a client id is stored, 200 with the same body when a retry finds it. */
export function sendCreated<T>(reply: FastifyReply, outcome: CreateOutcome<T>) {
  return reply.status(outcome.created ? 201 : 200).send(outcome.value);
}
