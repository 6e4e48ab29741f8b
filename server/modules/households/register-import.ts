import crypto from 'node:crypto';
import type { HouseholdCreate, PersonCreate } from '../../../common/contracts/field.ts';
import { PersonCreate as PersonCreateSchema } from '../../../common/contracts/field.ts';
import { CRS_VALUES, type Crs } from '../../../common/geo/crs.ts';
import { GRID_LEVEL, isWithinScope, levelOfCode } from '../../../common/regions/codes.ts';
import { REGISTER_COLUMNS } from '../../../common/field/register-format.ts';
import { RELATION, SEX } from '../../../common/field/vocabulary.ts';
import { checkHousehold, checkPerson } from '../../../common/field/rules.ts';
import { SheetFileError } from '../../excel/read-sheet.ts';
import { RowProblems } from '../../excel/row-problems.ts';
import type { Actor } from '../../core/actor.ts';
import { AppError } from '../../core/errors.ts';
import { validateValue } from '../../core/validate.ts';
import type { AppServices } from '../../core/services.ts';
import { recordAudit } from '../audit/service.ts';
import { createPersonIn, normalizePerson } from '../persons/service.ts';
import { readRegister, type RegisterRow } from './register-sheet.ts';
import { createHouseholdIn } from './service.ts';

const headerOf = (field: string) => REGISTER_COLUMNS.find((c) => c.key === field)?.header ?? field;
const codeOf = <K extends string>(table: { codes: K[]; labels: Record<K, { zh: string }> }, text: string | undefined): K | undefined | null => {
  if (!text) return undefined;
  return table.codes.find((c) => c === text || table.labels[c].zh === text) ?? null;
};

/**
 * Imports a household register: every row is checked with the same rules as the field app
 * and the API, all problems are reported row by row, and only a file without any is stored,
 * in one transaction. Rows of one household share its key.
 */
export async function importRegister(services: AppServices, actor: Actor, file: Buffer, now = new Date()): Promise<{ households: number; persons: number }> {
  const problems = new RowProblems(headerOf);
  let rows: RegisterRow[];
  try {
    rows = await readRegister(file);
  } catch (error) {
    if (error instanceof SheetFileError) throw problems.fileError(error);
    throw error;
  }
  const report = (row: number, field: string, problem: string) => problems.report(row, field, problem);
  const reportError = (row: number, error: unknown) => problems.reportError(row, error, (field) => (field === 'location' ? 'lon' : field));

  const households = new Map<string, { input: HouseholdCreate; rows: RegisterRow[] }>();
  for (const row of rows) {
    const key = row.householdKey ?? '';
    if (!key) report(row.row, 'householdKey', 'REQUIRED');
    const existing = households.get(key);
    if (existing) {
      const first = existing.rows[0]!;
      if ((row.address && row.address !== first.address) || (row.gridCode && row.gridCode !== first.gridCode)) report(row.row, 'address', 'HOUSEHOLD_CONFLICT');
      existing.rows.push(row);
      continue;
    }
    const crs = (row.crs ?? 'wgs84').toLowerCase() as Crs;
    if (!CRS_VALUES.includes(crs)) report(row.row, 'crs', 'UNKNOWN_VALUE');
    const hasPoint = row.lon !== undefined && row.lat !== undefined;
    if (!row.gridCode && !hasPoint) report(row.row, 'gridCode', 'PLACE_REQUIRED');
    const input: HouseholdCreate = {
      id: crypto.randomUUID(),
      address: row.address ?? '',
      ...(row.gridCode ? { gridCode: row.gridCode } : {}),
      ...(hasPoint ? { location: { lon: Number(row.lon), lat: Number(row.lat), crs } } : {}),
    };
    for (const [field, problem] of Object.entries(checkHousehold(input))) report(row.row, field, problem);
    if (hasPoint && (!Number.isFinite(input.location!.lon) || !Number.isFinite(input.location!.lat))) report(row.row, 'lon', 'UNKNOWN_VALUE');
    else {
      // Place problems are known before touching the database: report them with the rest.
      const gridCode = row.gridCode ?? (hasPoint ? services.locator.locate(input.location!.lon, input.location!.lat, crs).gridCode : undefined);
      if (row.gridCode && levelOfCode(row.gridCode) !== GRID_LEVEL) report(row.row, 'gridCode', 'GRID_NOT_FOUND');
      else if (hasPoint && !row.gridCode && gridCode === null) report(row.row, 'lon', 'OUTSIDE_ALL_GRIDS');
      else if (gridCode && !isWithinScope(gridCode, actor.scope)) report(row.row, row.gridCode ? 'gridCode' : 'lon', 'OUT_OF_SCOPE');
    }
    households.set(key, { input, rows: [row] });
  }

  const people: { row: number; input: PersonCreate; household: string }[] = [];
  const seenIds = new Map<string, number>();
  for (const [key, household] of households) {
    for (const row of household.rows) {
      const sex = codeOf(SEX, row.sex);
      const relation = codeOf(RELATION, row.relation);
      if (sex === null) report(row.row, 'sex', 'UNKNOWN_VALUE');
      if (relation === null) report(row.row, 'relation', 'UNKNOWN_VALUE');
      const candidate = {
        id: crypto.randomUUID(), householdId: household.input.id, name: row.name ?? '',
        ...(row.idNumber ? { idNumber: row.idNumber } : {}), ...(row.phone ? { phone: row.phone } : {}),
        ...(sex ? { sex } : {}), ...(relation ? { relation } : {}), ...(row.birthDate ? { birthDate: row.birthDate } : {}),
      };
      // The shared rules first (they name the problem), then the schema for anything they do not cover.
      const ruleErrors = checkPerson(candidate, now);
      for (const [field, problem] of Object.entries(ruleErrors)) report(row.row, field, problem);
      try {
        const input = validateValue<PersonCreate>(PersonCreateSchema, candidate);
        if (Object.keys(ruleErrors).length > 0) continue;
        const ids = normalizePerson(services.pii, input, now);
        if (ids.idIndex) {
          if (seenIds.has(ids.idIndex)) report(row.row, 'idNumber', 'DUPLICATE_IN_FILE');
          seenIds.set(ids.idIndex, row.row);
        }
        people.push({ row: row.row, input, household: key });
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        for (const field of Object.keys(error.fields ?? {})) if (!(field in ruleErrors)) report(row.row, field, 'UNKNOWN_VALUE');
      }
    }
  }
  problems.throwIfAny();

  await services.database.transaction(async (tx) => {
    for (const [, household] of households) {
      try {
        await createHouseholdIn(tx, services, actor, household.input, now);
      } catch (error) {
        reportError(household.rows[0]!.row, error);
      }
    }
    problems.throwIfAny();
    for (const person of people) {
      try {
        await createPersonIn(tx, services, actor, person.input, normalizePerson(services.pii, person.input, now), now);
      } catch (error) {
        reportError(person.row, error);
      }
    }
    problems.throwIfAny();
    await recordAudit(tx, actor, {
      action: 'import.households', targetType: 'household_register', regionCode: actor.scope,
      detail: { households: households.size, persons: people.length },
    });
  });
  return { households: households.size, persons: people.length };
}
