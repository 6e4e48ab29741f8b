import type { Static, TSchema } from 'typebox';
import type { Permission } from '../permissions.ts';

/**
 * One declaration per endpoint: the server registers its route from it, the browsers' client
 * is typed by it and the OpenAPI document is generated from it. The key is the method and the
 * path (`:name` for a path parameter), so a browser call names the endpoint exactly as it is
 * sent without importing any schema at run time.
 */
export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type EndpointKey = `${Method} /api/${string}`;

/** A response that is not JSON (a workbook, a photo, an event stream), described for OpenAPI only. */
export interface FileResponse {
  readonly file: true;
  readonly description: string;
  readonly content: Record<string, { schema: { type: 'string'; format?: 'binary' } }>;
}

export function fileResponse(description: string, ...contentTypes: string[]): FileResponse {
  return { file: true, description, content: Object.fromEntries(contentTypes.map((type) => [type, { schema: { type: 'string', format: 'binary' } }])) };
}

export interface EndpointSpec {
  /** The method name generated clients get; unique across the API. */
  readonly operationId: string;
  readonly tag: string;
  readonly summary: string;
  readonly description?: string;
  /** Anyone may call a public endpoint; every other one needs a session. */
  readonly auth?: 'public';
  /** The permission of common/permissions.ts the caller's role must have; none means any signed-in user. */
  readonly permission?: Permission;
  readonly params?: TSchema;
  readonly query?: TSchema;
  readonly body?: TSchema;
  /** Request bodies it accepts besides JSON (multipart uploads). */
  readonly consumes?: readonly string[];
  /**
   * Answers by status. Endpoints behind a session also answer 400, 401 and 403 with the one
   * error shape; those are added for them.
   */
  readonly response: Readonly<Record<number, TSchema | FileResponse>>;
}

export type EndpointTable = Readonly<Record<EndpointKey, EndpointSpec>>;

/** Keeps the table's literal keys and schema types for the server's handlers and the client. */
export function endpoints<const T extends EndpointTable>(table: T): T {
  return table;
}

type SuccessStatus = 200 | 201 | 202 | 204;
type JsonAt<R, S extends number> = S extends keyof R ? (R[S] extends TSchema ? Static<R[S]> : never) : never;

/** What a call answers when it succeeds (a file answer has no JSON type). */
export type ResponseOf<E extends EndpointSpec> = JsonAt<E['response'], SuccessStatus>;

type ParamsPart<E> = E extends { params: infer P extends TSchema } ? { params: Static<P> } : unknown;
// Query members with a default are filled by the server, so a caller may leave any of them out.
type QueryPart<E> = E extends { query: infer Q extends TSchema } ? { query?: Partial<Static<Q>> } : unknown;
type BodyPart<E> = E extends { body: infer B extends TSchema } ? { body: Static<B> } : unknown;

/** What a browser passes to call an endpoint: its path parameters, query and body. */
export type RequestOf<E extends EndpointSpec> = ParamsPart<E> & QueryPart<E> & BodyPart<E>;

/** The query a browser may send to an endpoint (for filters kept in a page's state). */
export type QueryOf<E extends EndpointSpec> = E extends { query: infer Q extends TSchema } ? Partial<Static<Q>> : never;
