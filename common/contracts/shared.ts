import { Type } from 'typebox';
import { ERROR_CODES } from '../errors.ts';

/** A value or null: the shape of every optional column in an answer. */
export const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

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

/** The paging query of every list. */
export const Paging = {
  offset: Type.Integer({ minimum: 0, default: 0, description: 'Rows to skip (ignored with `cursor`); cheap only near the start' }),
  limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
  cursor: Type.Optional(Type.String({ description: 'The previous page\'s `nextCursor`: the page after its last row, as fast at any depth. Opaque; a cursor of another list is 400 with `fields.cursor` = INVALID_CURSOR' })),
};

/** What every page answers besides its items. */
export const PageFields = {
  total: Type.Integer({ description: 'Rows matching the filter; counted up to 10,000 unless the counters know it exactly (see totalIsLowerBound)' }),
  totalIsLowerBound: Type.Optional(Type.Literal(true, { description: 'Present when more than `total` rows match ("10,000+")' })),
  nextCursor: Type.Optional(Type.String({ description: 'Pass as `cursor` for the next page; absent on the last page' })),
};

export const Page = <T extends Parameters<typeof Type.Array>[0]>(item: T) => Type.Object({ items: Type.Array(item), ...PageFields });
