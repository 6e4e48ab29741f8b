import type { Role } from '../../common/permissions.ts';

/** The signed-in caller as every service sees it: who, with which role, over which region. */
export interface Actor {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  /** Region code the account is bound to; everything it may read starts with it. */
  scope: string;
  /** The department (卫健、疾控…) the account handles dispatched events for, if any. */
  departmentId?: string | null;
  /** When the session that carries this actor ends. */
  sessionExpiresAt?: Date;
}
