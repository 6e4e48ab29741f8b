/**
 * Who may do what. Routes declare the permission they need; this matrix is the only place
 * that maps it to roles. Scope (which rows) is separate: every role is bound to one region.
 */
export const ROLES = ['admin', 'commander', 'staff', 'health', 'grid_worker'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_NAMES: Record<Role, { zh: string; en: string }> = {
  admin: { zh: '系统管理员', en: 'Administrator' },
  commander: { zh: '指挥人员', en: 'Commander' },
  staff: { zh: '工作人员', en: 'Staff' },
  health: { zh: '卫健人员', en: 'Health staff' },
  grid_worker: { zh: '网格员', en: 'Grid worker' },
};

const ALL: readonly Role[] = ROLES;

export const PERMISSIONS = {
  'regions.read': ALL,
  'regions.import': ['admin'],
  'regions.export': ['admin', 'commander', 'staff'],
  'users.read': ['admin'],
  'users.manage': ['admin'],
  'audit.read': ['admin'],
  'pii.reveal': ['admin', 'commander', 'health'],
  // Full names in lists: the grid workers registered these people and visit them. Everyone
  // else reads lists masked (张*明) and sees a name in full on a person's own page.
  'pii.names': ['grid_worker'],
  'field.read': ALL,
  'field.write': ['admin', 'staff', 'grid_worker'],
  'field.export': ['admin', 'commander', 'staff', 'health'],
  'field.import': ['admin', 'staff'],
  // Accept, dispatch, verify and close events, decide on requests, read the statistics.
  'events.manage': ['admin', 'commander', 'staff'],
  // Handle what is dispatched to oneself or one's department (the service checks that).
  'events.handle': ALL,
  'departments.read': ['admin', 'commander', 'staff', 'health'],
  'departments.manage': ['admin'],
  'events.time_limits': ['admin'],
  'workers.read': ['admin', 'commander', 'staff'],
  'checkpoints.read': ['admin', 'commander', 'staff', 'health'],
  'checkpoints.manage': ['admin', 'staff'],
  'warnings.read': ALL,
  'warnings.verify': ['admin', 'staff', 'health', 'grid_worker'],
  'warnings.rules': ['admin'],
  'cases.read': ['admin', 'commander', 'staff', 'health'],
  'cases.manage': ['admin', 'health'],
  'dashboard.read': ['admin', 'commander', 'staff', 'health'],
  'dashboard.export': ['admin', 'commander', 'staff', 'health'],
  // Instructions go down from any office; everyone bound to a region may receive them.
  'instructions.send': ['admin', 'commander', 'staff'],
  'instructions.track': ['admin', 'commander', 'staff', 'health'],
  'instructions.receive': ALL,
  // Who shares a receipt: a grid's grid workers, or the office accounts bound to a region.
  'instructions.grid': ['grid_worker'],
  'instructions.office': ['commander', 'staff', 'health'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

/** The roles that have a permission, for queries that pick accounts by what they may do. */
export function rolesWith(permission: Permission): Role[] {
  return [...PERMISSIONS[permission]];
}

export function permissionsOf(role: Role): Permission[] {
  return (Object.keys(PERMISSIONS) as Permission[]).filter((p) => can(role, p));
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
