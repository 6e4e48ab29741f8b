import type { TSchema } from 'typebox';
import * as audit from './audit.ts';
import * as auth from './auth.ts';
import * as cases from './cases.ts';
import * as dashboardExport from './dashboard-export.ts';
import * as dashboard from './dashboard.ts';
import * as declarations from './declarations.ts';
import * as field from './field.ts';
import * as health from './health.ts';
import * as instructions from './instructions.ts';
import * as live from './live.ts';
import * as map from './map.ts';
import * as regions from './regions.ts';
import * as shared from './shared.ts';
import * as users from './users.ts';

function isNamedShape(value: unknown): value is TSchema {
  if (typeof value !== 'object' || value === null) return false;
  const schema = value as { type?: unknown; anyOf?: unknown };
  return schema.type === 'object' || Array.isArray(schema.anyOf);
}

/** Every object (or union) schema the contracts export, by its export name: the API's named types. */
export function namedContractSchemas(): Record<string, TSchema> {
  const named: Record<string, TSchema> = {};
  for (const contracts of [shared, field, declarations, cases, dashboard, dashboardExport, map, regions, users, audit, auth, live, health, instructions]) {
    for (const [name, value] of Object.entries(contracts)) {
      if (isNamedShape(value) && !(name in named)) named[name] = value;
    }
  }
  return named;
}
