import crypto from 'node:crypto';
import { CaseCreate as CaseCreateSchema, type CaseCreate, type CaseImported } from '../../../common/contracts/cases.ts';
import { CASE_IMPORT_COLUMNS, type CaseImportColumn } from '../../../common/cases/import-format.ts';
import { CASE_PROBLEMS, checkCaseCreate } from '../../../common/cases/rules.ts';
import { CASE_STATUS } from '../../../common/cases/vocabulary.ts';
import { REGISTER_LIMITS } from '../../../common/field/register-format.ts';
import { CRS_VALUES, type Crs } from '../../../common/geo/crs.ts';
import { announceChange } from '../../db/changes.ts';
import { readSheet, SheetFileError, sheetTemplate, type SheetRow } from '../../excel/read-sheet.ts';
import { RowProblems } from '../../excel/row-problems.ts';
import type { Actor } from '../../core/actor.ts';
import { AppError } from '../../core/errors.ts';
import { validateValue } from '../../core/validate.ts';
import type { AppServices } from '../../core/services.ts';
import { recordAudit } from '../audit/service.ts';
import { newPersonOf, registerCaseIn } from './service.ts';

type CaseRowText = SheetRow<CaseImportColumn['key']>;

const headerOf = (field: string) => CASE_IMPORT_COLUMNS.find((c) => c.key === field)?.header ?? field;

/** The sheet column an API field came from: a new person's fields are the row's own, a location is its longitude. */
function columnOf(field: string): string {
  const own = field.replace(/^person\./, '');
  return own.startsWith('location') ? 'lon' : own === 'id' ? '' : own;
}

/** Dates typed as text: 2020-2-1, 2020/2/1, 2020.2.1 and 2020年2月1日 all mean 2020-02-01. */
function isoDay(text: string | undefined): string {
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text ?? '');
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : (text ?? '');
}

/** The API's create request a row stands for, or the row's problems. */
function requestOf(row: CaseRowText, problems: RowProblems, now: Date): CaseCreate | null {
  const before = problems.list.length;
  const status = CASE_STATUS.codes.find((c) => c === row.status || CASE_STATUS.labels[c].zh === row.status);
  if (!status) problems.report(row.row, 'status', row.status ? 'UNKNOWN_VALUE' : 'REQUIRED');
  const crs = (row.crs ?? 'wgs84').toLowerCase() as Crs;
  if (!CRS_VALUES.includes(crs)) problems.report(row.row, 'crs', 'UNKNOWN_VALUE');
  const hasPoint = row.lon !== undefined && row.lat !== undefined;
  const candidate = {
    id: crypto.randomUUID(),
    person: {
      name: row.name ?? '',
      ...(row.idNumber ? { idNumber: row.idNumber } : {}),
      ...(row.phone ? { phone: row.phone } : {}),
      ...(row.gridCode ? { gridCode: row.gridCode } : {}),
      ...(hasPoint ? { location: { lon: Number(row.lon), lat: Number(row.lat), crs: CRS_VALUES.includes(crs) ? crs : 'wgs84' } } : {}),
    },
    status: status ?? '',
    statusOn: isoDay(row.statusOn),
    source: row.source ?? '',
    ...(row.note ? { note: row.note } : {}),
  };
  // The shared rules first (they name the problem), then the schema for anything they do not cover.
  const ruleErrors = checkCaseCreate(candidate, now);
  for (const [field, problem] of Object.entries(ruleErrors)) {
    if (field === 'status' && !status) continue;
    problems.report(row.row, columnOf(field), field === 'person.gridCode' && problem === 'REQUIRED' ? 'PLACE_REQUIRED' : problem);
  }
  try {
    const input = validateValue<CaseCreate>(CaseCreateSchema, candidate);
    return problems.list.length === before ? input : null;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const reported = new Set(Object.keys(ruleErrors).map(columnOf));
    for (const field of Object.keys(error.fields ?? {})) if (!reported.has(columnOf(field))) problems.report(row.row, columnOf(field), 'UNKNOWN_VALUE');
    return null;
  }
}

/**
 * Imports a case register: each row is checked with the API's rules and stored the API's way
 * (a known ID number is that person; otherwise a person is registered), inside one
 * transaction. Every problem is reported row by row; a file with any stores nothing.
 */
export async function importCases(services: AppServices, actor: Actor, file: Buffer, now = new Date()): Promise<CaseImported> {
  const problems = new RowProblems(headerOf, [CASE_PROBLEMS]);
  let rows: CaseRowText[];
  try {
    rows = await readSheet(file, CASE_IMPORT_COLUMNS, REGISTER_LIMITS.maxRows);
  } catch (error) {
    if (error instanceof SheetFileError) throw problems.fileError(error);
    throw error;
  }
  return services.database.transaction(async (tx) => {
    const seenIds = new Set<string>();
    const grids = new Set<string>();
    let cases = 0;
    let newPersons = 0;
    for (const row of rows) {
      const input = requestOf(row, problems, now);
      if (!input) continue;
      const person = newPersonOf(services, input.person!, now);
      if (person.ids.idIndex) {
        if (seenIds.has(person.ids.idIndex)) {
          problems.report(row.row, 'idNumber', 'DUPLICATE_IN_FILE');
          continue;
        }
        seenIds.add(person.ids.idIndex);
      }
      try {
        const registered = await registerCaseIn(tx, services, actor, input, person, now);
        grids.add(registered.gridCode);
        cases += 1;
        if (registered.newPerson) newPersons += 1;
      } catch (error) {
        problems.reportError(row.row, error, columnOf);
      }
    }
    // Throwing rolls back whatever the good rows stored.
    problems.throwIfAny();
    await recordAudit(tx, actor, { action: 'import.cases', targetType: 'case_register', regionCode: actor.scope, detail: { cases, newPersons } }, now);
    await announceChange(tx, newPersons > 0 ? ['cases', 'persons'] : ['cases'], grids);
    return { cases, newPersons };
  });
}

export function caseImportTemplate(): Promise<Buffer> {
  return sheetTemplate('病例登记表', CASE_IMPORT_COLUMNS, [
    { name: '张三', gridCode: '371502001001001', status: '确诊', statusOn: '2020-02-01', source: '市卫健委通报' },
    { name: '李四', gridCode: '371502001001001', status: '疑似', statusOn: '2020-02-03', source: '定点医院报告', note: '发热门诊转诊' },
  ]);
}
