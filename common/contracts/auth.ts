import { Type, type Static } from 'typebox';
import { ROLES } from '../permissions.ts';
import { Nullable, RegionRef } from './shared.ts';

export const LoginRequest = Type.Object({
  username: Type.String({ minLength: 1, maxLength: 40 }),
  password: Type.String({ minLength: 1, maxLength: 128 }),
}, { additionalProperties: false });
export type LoginRequest = Static<typeof LoginRequest>;

export const ChangeOwnPassword = Type.Object({
  currentPassword: Type.String({ minLength: 1, maxLength: 128 }),
  newPassword: Type.String({ minLength: 1, maxLength: 128, description: 'The rules of a new password: docs/api.md, Sessions' }),
}, { additionalProperties: false });
export type ChangeOwnPassword = Static<typeof ChangeOwnPassword>;

export const RoleSchema = Type.Enum(ROLES);

export const Me = Type.Object({
  id: Type.String(),
  username: Type.String(),
  displayName: Type.String(),
  role: RoleSchema,
  region: RegionRef,
  /** The bound region's ancestors and itself, city first: the breadcrumb root. */
  regionChain: Type.Array(RegionRef),
  permissions: Type.Array(Type.String()),
  /** The department (卫健、疾控…) the account handles dispatched events for: its console opens on what is dispatched to it. */
  department: Nullable(Type.Object({ id: Type.String(), name: Type.String() })),
  sessionExpiresAt: Type.Optional(Type.String({ format: 'date-time' })),
  /** The server runs the demo (EPIGRID_DEMO): its figures are generated or simulated, and the big screen says so. */
  demo: Type.Boolean(),
});
export type Me = Static<typeof Me>;
