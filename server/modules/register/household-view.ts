import type { HouseholdView } from '../../../common/contracts/field.ts';
import type { HouseholdRow } from './households-store.ts';

export function toHouseholdView(row: HouseholdRow): HouseholdView {
  return {
    id: row.id,
    grid: { code: row.grid_code, name: row.grid_name },
    address: row.address,
    lon: row.lon,
    lat: row.lat,
    note: row.note,
    memberCount: Number(row.member_count),
    lastVisitAt: row.last_visit_at ? new Date(row.last_visit_at).toISOString() : null,
    createdAt: row.created_at.toISOString(),
  };
}
