import type { DepartmentCreate, DepartmentUpdate, DepartmentView } from '../../../common/contracts/dispatch.ts';
import type { DepartmentKind } from '../../../common/events/vocabulary.ts';
import { checkName } from '../../../common/field/rules.ts';
import { isWithinScope, levelOfCode } from '../../../common/regions/codes.ts';
import { trimText } from '../../../common/text/rules.ts';
import type { Actor } from '../../core/actor.ts';
import { AppError } from '../../core/errors.ts';
import { foundInScope, listRegion } from '../../core/scope.ts';
import type { AppServices } from '../../core/services.ts';
import { assertNoFieldErrors } from '../../core/validate.ts';
import { findRegion } from '../regions/store.ts';
import { auditDepartment } from './audit.ts';
import { findDepartment, insertDepartment, listDepartments, nameTaken, updateDepartment, type DepartmentRow } from './store.ts';

const NAME_MAX = 60;
/** Departments sit at a community or above: a grid is served by its community's. */
const LOWEST_DEPARTMENT_LEVEL = 4;

export function toDepartmentView(row: DepartmentRow): DepartmentView {
  return {
    id: row.id, region: { code: row.region_code, name: row.region_name, level: row.region_level },
    kind: row.kind as DepartmentKind, name: row.name, active: row.active, accounts: row.accounts,
  };
}

export async function departmentsVisible({ database }: AppServices, actor: Actor, q: { region?: string; servingGrid?: string }): Promise<{ items: DepartmentView[] }> {
  const region = listRegion(actor, q.region);
  if (region === null) return { items: [] };
  return { items: (await listDepartments(database.db, region, q.servingGrid)).map(toDepartmentView) };
}

export async function createDepartment({ database }: AppServices, actor: Actor, input: DepartmentCreate): Promise<DepartmentView> {
  const errors: Record<string, string> = {};
  checkName(errors, 'name', input.name, NAME_MAX, true);
  const level = levelOfCode(input.regionCode);
  if (level !== null && level > LOWEST_DEPARTMENT_LEVEL) errors.regionCode = 'LEVEL_TOO_LOW';
  assertNoFieldErrors(errors);
  if (!isWithinScope(input.regionCode, actor.scope)) throw new AppError('OUT_OF_SCOPE');
  const name = trimText(input.name);
  const id = await database.transaction(async (tx) => {
    if (!(await findRegion(tx, input.regionCode))) throw new AppError('VALIDATION_FAILED', undefined, { regionCode: 'REGION_NOT_FOUND' });
    const created = await insertDepartment(tx, { region_code: input.regionCode, kind: input.kind, name, created_by: actor.id });
    if (!created) throw new AppError('DEPARTMENT_EXISTS', undefined, { name: 'DEPARTMENT_EXISTS' });
    await auditDepartment(tx, actor, { id: created, regionCode: input.regionCode }, null, { name, kind: input.kind, active: true });
    return created;
  });
  return toDepartmentView((await findDepartment(database.db, id))!);
}

export async function changeDepartment({ database }: AppServices, actor: Actor, id: string, input: DepartmentUpdate): Promise<DepartmentView> {
  const errors: Record<string, string> = {};
  if (input.name !== undefined) checkName(errors, 'name', input.name, NAME_MAX, true);
  assertNoFieldErrors(errors);
  await database.transaction(async (tx) => {
    const row = foundInScope(await findDepartment(tx, id), (d) => d.region_code, actor, () => new AppError('DEPARTMENT_NOT_FOUND'));
    const change = { ...input, ...(input.name !== undefined ? { name: trimText(input.name) } : {}) };
    if (change.name !== undefined && await nameTaken(tx, row.region_code, change.name, id)) throw new AppError('DEPARTMENT_EXISTS', undefined, { name: 'DEPARTMENT_EXISTS' });
    await updateDepartment(tx, id, change);
    const before = { name: row.name, kind: row.kind, active: row.active };
    await auditDepartment(tx, actor, { id, regionCode: row.region_code }, before, { ...before, ...change });
  });
  return toDepartmentView((await findDepartment(database.db, id))!);
}
