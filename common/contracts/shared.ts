import { Type } from 'typebox';
import { ERROR_CODES } from '../errors.ts';

export const Uuid = Type.String({ format: 'uuid' });
export const IsoDateTime = Type.String({ format: 'date-time' });

export const RegionRef = Type.Object({ code: Type.String(), name: Type.String(), level: Type.Integer() });

export const ErrorResponse = Type.Object({
  error: Type.Object({
    code: Type.Enum(Object.keys(ERROR_CODES) as (keyof typeof ERROR_CODES)[]),
    message: Type.String(),
    fields: Type.Optional(Type.Record(Type.String(), Type.String())),
    requestId: Type.Optional(Type.String()),
  }),
}, { additionalProperties: true, description: 'The one error shape of the API' });

/** Error responses every authenticated route may give, for the OpenAPI document. */
export const commonErrors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse } as const;
