import { Type } from 'typebox';
import { ERROR_CODES } from '../errors.ts';

export const RegionCode = Type.String({ pattern: '^[0-9]{4}([0-9]{2}([0-9]{3}([0-9]{3}([0-9]{3})?)?)?)?$', description: 'Hierarchical region code (4, 6, 9, 12 or 15 digits)' });
export const RegionLevelSchema = Type.Integer({ minimum: 1, maximum: 5, description: '1 city, 2 district/county, 3 street/town, 4 community/village, 5 grid' });
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
