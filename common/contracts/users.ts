import { Type, type Static } from 'typebox';
import { RoleSchema } from './auth.ts';
import { DISPLAY_NAME_MAX, PASSWORD_RULE, USERNAME_PATTERN } from '../accounts/rules.ts';
import { Nullable, PageFields, Paging, RegionRef } from './shared.ts';

export const UserView = Type.Object({
  id: Type.String(),
  username: Type.String(),
  displayName: Type.String(),
  role: RoleSchema,
  region: RegionRef,
  disabled: Type.Boolean(),
  lockedUntil: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  lastLoginAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  createdAt: Type.String({ format: 'date-time' }),
  isDemo: Type.Boolean(),
  department: Type.Union([Type.Object({ id: Type.String(), name: Type.String() }), Type.Null()], { description: 'The department (卫健、疾控…) the account handles dispatched events for' }),
  /** The account's mobile number for SMS notifications, masked (138****5678). */
  phoneMasked: Nullable(Type.String()),
});
export type UserView = Static<typeof UserView>;

export const UserList = Type.Object({ items: Type.Array(UserView), ...PageFields });
export type UserList = Static<typeof UserList>;

export const UserListQuery = Type.Object({
  region: Type.Optional(Type.String({ pattern: '^[0-9]{4,15}$', description: 'Only users bound inside this region' })),
  role: Type.Optional(RoleSchema),
  q: Type.Optional(Type.String({ minLength: 1, maxLength: 40, description: 'Username or display name contains' })),
  status: Type.Optional(Type.Union([Type.Literal('active'), Type.Literal('disabled'), Type.Literal('locked')])),
  ...Paging,
}, { additionalProperties: false });
export type UserListQuery = Static<typeof UserListQuery>;

export const Password = Type.String({ ...PASSWORD_RULE, description: 'At least 8 characters mixing letters and digits' });

export const CreateUser = Type.Object({
  username: Type.String({ pattern: USERNAME_PATTERN, description: 'lower-case letters, digits, _ . -; 3–40 characters' }),
  displayName: Type.String({ minLength: 1, maxLength: DISPLAY_NAME_MAX }),
  role: RoleSchema,
  regionCode: Type.String({ pattern: '^[0-9]{4,15}$' }),
  password: Password,
  departmentId: Type.Optional(Type.String({ format: 'uuid', description: 'A department of the account\'s own region' })),
  phone: Type.Optional(Type.String({ maxLength: 20, description: 'Mobile number for SMS notifications: 11 digits, or +86 and 11 digits' })),
}, { additionalProperties: false });
export type CreateUser = Static<typeof CreateUser>;

export const UpdateUser = Type.Object({
  displayName: Type.Optional(Type.String({ minLength: 1, maxLength: DISPLAY_NAME_MAX })),
  role: Type.Optional(RoleSchema),
  regionCode: Type.Optional(Type.String({ pattern: '^[0-9]{4,15}$' })),
  disabled: Type.Optional(Type.Boolean()),
  departmentId: Type.Optional(Type.Union([Type.String({ format: 'uuid' }), Type.Null()], { description: 'Bind to a department of the account\'s region, or null to unbind' })),
  /** true clears a lockout after failed sign-ins. */
  unlock: Type.Optional(Type.Literal(true)),
  /** null removes the number. */
  phone: Type.Optional(Nullable(Type.String({ maxLength: 20 }))),
}, { additionalProperties: false, minProperties: 1 });
export type UpdateUser = Static<typeof UpdateUser>;

export const ResetPassword = Type.Object({ password: Password }, { additionalProperties: false });
export type ResetPassword = Static<typeof ResetPassword>;
