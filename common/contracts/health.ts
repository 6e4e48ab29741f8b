import { Type } from 'typebox';

export const Health = Type.Object({
  status: Type.Union([Type.Literal('ok'), Type.Literal('degraded')]),
  database: Type.Object({ kind: Type.String(), ok: Type.Boolean() }),
  grids: Type.Integer({ description: 'Grids in the spatial index of this process' }),
  version: Type.String(),
});
