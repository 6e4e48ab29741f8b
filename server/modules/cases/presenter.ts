import type { CaseChangeView, CaseView } from '../../../common/contracts/cases.ts';
import type { CaseStatus } from '../../../common/cases/vocabulary.ts';
import type { Sex } from '../../../common/field/vocabulary.ts';
import { maskName } from '../../../common/identity/mask.ts';
import type { CaseRow, ChangeRow } from './store.ts';

/**
 * Lists and exports show the name masked, as every console list does; the detail shows it
 * (health staff work the case). ID and phone numbers stay masked: revealing them is the
 * person page's audited request.
 */
export function toCaseView(row: CaseRow, detail = false): CaseView {
  const regionPath = ([[row.district, 2], [row.street, 3], [row.community, 4]] as const)
    .filter(([r]) => r.code !== null && r.name !== null)
    .map(([r, level]) => ({ code: r.code!, name: r.name!, level }));
  return {
    id: row.id,
    personId: row.person_id,
    name: detail ? row.person_name : maskName(row.person_name),
    idNumberMasked: row.id_number_masked,
    phoneMasked: row.phone_masked,
    sex: row.sex as Sex | null,
    grid: { code: row.grid_code, name: row.grid_name },
    regionPath,
    status: row.status as CaseStatus,
    statusOn: row.status_on,
    source: row.source,
    note: row.note,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

export function toChangeView(row: ChangeRow): CaseChangeView {
  return {
    id: row.id,
    fromStatus: row.from_status as CaseStatus | null,
    toStatus: row.to_status as CaseStatus,
    changedOn: row.changed_on,
    source: row.source,
    note: row.note,
    by: row.changed_by_name,
    at: row.changed_at.toISOString(),
  };
}
