import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest, FastifySchema, RawServerDefault, RouteGenericInterface, RouteHandlerMethod, RouteOptions } from 'fastify';
import type { EndpointKey, EndpointSpec, EndpointTable, FileResponse, ResponseOf } from '../../common/endpoints/kit.ts';
import { ErrorResponse } from '../../common/contracts/shared.ts';

interface SchemaOf<E extends EndpointSpec> extends FastifySchema {
  params: E['params'];
  querystring: E['query'];
  body: E['body'];
  response: E['response'];
}

/** The request as the TypeBox type provider types it from the endpoint's schemas. */
export type EndpointRequest<E extends EndpointSpec> = FastifyRequest<RouteGenericInterface, RawServerDefault, IncomingMessage, SchemaOf<E>, TypeBoxTypeProvider>;
export type EndpointReply<E extends EndpointSpec> = FastifyReply<RouteGenericInterface, RawServerDefault, IncomingMessage, ServerResponse, unknown, SchemaOf<E>, TypeBoxTypeProvider>;

/** Answers the endpoint's JSON, or the reply it has sent itself (a status other than 200, a file, a stream). */
export type EndpointHandler<E extends EndpointSpec> = (request: EndpointRequest<E>, reply: EndpointReply<E>) => Promise<ResponseOf<E> | FastifyReply | EndpointReply<E>>;

/** What only the server decides about a route: limits that come from its configuration, a stricter validator. */
export interface ServerRouteOptions {
  rateLimit?: { max: number; timeWindow: string };
  bodyLimit?: number;
  validatorCompiler?: RouteOptions['validatorCompiler'];
}

export type EndpointImplementation<E extends EndpointSpec> = EndpointHandler<E> | ({ handler: EndpointHandler<E> } & ServerRouteOptions);

/** A handler for every endpoint of the table, no more and no fewer. */
export type EndpointHandlers<T extends EndpointTable> = { [K in keyof T]: T[K] extends EndpointSpec ? EndpointImplementation<T[K]> : never };

const SESSION_ERRORS = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse };

function isFile(answer: unknown): answer is FileResponse {
  return typeof answer === 'object' && answer !== null && (answer as { file?: unknown }).file === true;
}

/** The Fastify schema of an endpoint: validation, serialisation and its OpenAPI operation. */
export function routeSchema(spec: EndpointSpec): FastifySchema {
  const response = Object.fromEntries(Object.entries({ ...(spec.auth === 'public' ? {} : SESSION_ERRORS), ...spec.response })
    .map(([status, answer]) => [status, isFile(answer) ? { description: answer.description, content: answer.content } : answer]));
  return {
    operationId: spec.operationId,
    tags: [spec.tag],
    summary: spec.summary,
    ...(spec.description ? { description: spec.description } : {}),
    ...(spec.auth === 'public' ? { security: [] } : {}),
    ...(spec.params ? { params: spec.params } : {}),
    ...(spec.query ? { querystring: spec.query } : {}),
    ...(spec.body ? { body: spec.body } : {}),
    ...(spec.consumes ? { consumes: [...spec.consumes] } : {}),
    response,
  };
}

function splitKey(key: EndpointKey): { method: RouteOptions['method']; url: string } {
  const space = key.indexOf(' ');
  return { method: key.slice(0, space) as RouteOptions['method'], url: key.slice(space + 1) };
}

/**
 * A module's routes from its endpoint table: `make` gets the services and answers a handler
 * for every declared endpoint, so a declaration without a route (or the reverse) does not compile.
 */
export function endpointRoutes<T extends EndpointTable, S>(table: T, make: (services: S) => EndpointHandlers<T>) {
  return async (app: FastifyInstance, services: S): Promise<void> => {
    const implementations = make(services);
    for (const key of Object.keys(table) as (keyof T & EndpointKey)[]) {
      const spec: EndpointSpec = table[key];
      const implementation = implementations[key] as EndpointImplementation<EndpointSpec>;
      const { handler, ...options }: { handler: EndpointHandler<EndpointSpec> } & ServerRouteOptions = typeof implementation === 'function' ? { handler: implementation } : implementation;
      app.route({
        ...splitKey(key),
        config: { ...(spec.auth ? { auth: spec.auth } : {}), ...(spec.permission ? { permission: spec.permission } : {}), ...(options.rateLimit ? { rateLimit: options.rateLimit } : {}) },
        ...(options.bodyLimit ? { bodyLimit: options.bodyLimit } : {}),
        ...(options.validatorCompiler ? { validatorCompiler: options.validatorCompiler } : {}),
        schema: routeSchema(spec),
        // Fastify has validated the request against these same schemas before it calls the handler.
        handler: handler as RouteHandlerMethod,
      });
    }
  };
}
