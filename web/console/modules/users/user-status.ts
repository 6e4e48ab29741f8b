import type { UserView } from '../../../../common/contracts/users.ts';

export type UserStatus = 'active' | 'disabled' | 'locked';
export const USER_STATUSES: UserStatus[] = ['active', 'disabled', 'locked'];
export const STATUS_COLORS: Record<UserStatus, string> = { active: 'success', disabled: 'error', locked: 'warning' };

/** A disabled account is shown as disabled even while also locked: enabling it is the first step. */
export function statusOf(user: UserView): UserStatus {
  if (user.disabled) return 'disabled';
  return user.lockedUntil ? 'locked' : 'active';
}
