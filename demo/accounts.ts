import type { Role } from '../common/permissions.ts';

/**
 * Demo-only accounts, one per role at several levels, all with the demo password.
 * Region codes are real Liaocheng codes; the grid is the first grid of 古城社区.
 */
export interface DemoAccount {
  username: string;
  displayName: string;
  role: Role;
  regionCode: string;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { username: 'admin', displayName: '市级系统管理员', role: 'admin', regionCode: '3715' },
  { username: 'commander', displayName: '市综治中心指挥员', role: 'commander', regionCode: '3715' },
  { username: 'health', displayName: '市卫健委工作人员', role: 'health', regionCode: '3715' },
  { username: 'district_admin', displayName: '东昌府区系统管理员', role: 'admin', regionCode: '371502' },
  { username: 'district_commander', displayName: '东昌府区指挥员', role: 'commander', regionCode: '371502' },
  { username: 'district_staff', displayName: '东昌府区综治中心工作人员', role: 'staff', regionCode: '371502' },
  { username: 'district_health', displayName: '东昌府区卫健局工作人员', role: 'health', regionCode: '371502' },
  { username: 'street_staff', displayName: '古楼街道工作人员', role: 'staff', regionCode: '371502001' },
  { username: 'community_staff', displayName: '古城社区工作人员', role: 'staff', regionCode: '371502001001' },
  { username: 'grid_worker', displayName: '古城社区第1网格网格员', role: 'grid_worker', regionCode: '371502001001001' },
  { username: 'linqing_staff', displayName: '临清市综治中心工作人员', role: 'staff', regionCode: '371581' },
];
