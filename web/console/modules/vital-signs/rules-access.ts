import type { Me } from '../../../../common/contracts/auth.ts';
import type { Permission } from '../../../../common/permissions.ts';

/** The city level of the region tree: only an administrator bound to the whole city sets the warning rules. */
const CITY_LEVEL = 1;

export function isCityAdmin(me: Me, can: (permission: Permission) => boolean): boolean {
  return can('warnings.rules') && me.region.level === CITY_LEVEL;
}
