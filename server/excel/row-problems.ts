import { ERROR_CODES } from '../../common/errors.ts';
import { FIELD_PROBLEMS } from '../../common/field/rules.ts';
import { REGISTER_PROBLEMS } from '../../common/field/register-format.ts';
import { AppError } from '../core/errors.ts';
import type { SheetFileError } from './read-sheet.ts';

/** One problem of an imported register: its sheet row, its column's header, a code and its Chinese text. */
export interface RowProblem {
  row: number;
  column: string;
  problem: string;
  message: string;
}

type ProblemTable = Readonly<Record<string, { zh: string }>>;

/**
 * Collects a register's problems row by row, so the whole file is reported at once. Codes are
 * explained from the shared tables (field rules, register problems, API errors) and any the
 * register adds.
 */
export class RowProblems {
  readonly list: RowProblem[] = [];
  private readonly tables: ProblemTable[];

  constructor(private readonly headerOf: (field: string) => string, extraTables: ProblemTable[] = []) {
    // Register problems first: TOO_MANY_ROWS of a file is not the export's TOO_MANY_ROWS.
    this.tables = [REGISTER_PROBLEMS, FIELD_PROBLEMS, ...extraTables, ERROR_CODES];
  }

  message(problem: string): string {
    return this.tables.find((t) => problem in t)?.[problem]?.zh ?? problem;
  }

  report(row: number, field: string, problem: string): void {
    this.list.push({ row, column: field ? this.headerOf(field) : '', problem, message: this.message(problem) });
  }

  /** The field problems of a domain error raised while storing a row; `columnOf` maps API fields to the sheet's. */
  reportError(row: number, error: unknown, columnOf: (field: string) => string = (f) => f): void {
    if (!(error instanceof AppError)) throw error;
    const fields = Object.entries(error.fields ?? {});
    if (fields.length === 0) this.report(row, '', error.code);
    for (const [field, problem] of fields) this.report(row, columnOf(field), /^[A-Z_]+$/.test(problem) ? problem : 'UNKNOWN_VALUE');
  }

  get any(): boolean {
    return this.list.length > 0;
  }

  /** 422 INVALID_REGISTER with every problem (sorted by row) when there is any. */
  throwIfAny(): void {
    if (this.any) throw invalidRegister(this.list);
  }

  fileError(error: SheetFileError): AppError {
    return invalidRegister([{ row: 1, column: '', problem: error.problem, message: `${this.message(error.problem)}：${error.detail}` }]);
  }
}

function invalidRegister(rows: RowProblem[]): AppError {
  const sorted = [...rows].sort((a, b) => a.row - b.row);
  const fields: Record<string, string> = {};
  for (const e of sorted) fields[`rows.${e.row}${e.column ? `.${e.column}` : ''}`] ??= e.problem;
  return new AppError('INVALID_REGISTER', `${sorted.length} problem(s) in the register; nothing was imported`, fields, { rows: sorted });
}
