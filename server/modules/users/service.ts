import crypto from 'node:crypto';
import type { CreateUser, UpdateUser, UserList, UserListQuery, UserView } from '../../../common/contracts/users.ts';
import { canonicalRegionCode, isWithinScope } from '../../../common/regions/codes.ts';
import type { Role } from '../../../common/permissions.ts';
import type { Database, Queryable } from '../../db/database.ts';
import { foundInScope, listRegion } from '../../core/scope.ts';
import type { Actor } from '../../core/actor.ts';
import { AppError } from '../../core/errors.ts';
import { toPage } from '../../lists/page.ts';
import { recordAudit } from '../audit/service.ts';
import { hashNewPassword } from '../auth/new-password.ts';
import { unlockAccount } from '../auth/throttle.ts';
import { DISPLAY_NAME_MAX } from '../../../common/accounts/rules.ts';
import { checkName } from '../../../common/field/rules.ts';
import { checkMobilePhone } from '../../../common/identity/phone.ts';
import { maskPhone } from '../../../common/identity/mask.ts';
import type { PiiCipher } from '../../pii/crypto.ts';
import { trimText } from '../../../common/text/rules.ts';
import { assertNoFieldErrors } from '../../core/validate.ts';
import type { SessionStore } from '../auth/session-store.ts';
import { findDepartment } from '../departments/store.ts';
import { findRegion } from '../regions/store.ts';
import { auditUserChanged, auditUserCreated } from './audit.ts';
import { findUser, insertUser, listUsers, updateUser, usernameExists, type UserRow } from './store.ts';

function toView(row: UserRow, now: Date): UserView {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role as Role,
    region: { code: row.region_code, name: row.region_name, level: row.region_level },
    disabled: row.disabled,
    lockedUntil: row.locked_until && row.locked_until > now ? row.locked_until.toISOString() : null,
    lastLoginAt: row.last_login_at?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
    isDemo: row.is_demo,
    department: row.department_id ? { id: row.department_id, name: row.department_name ?? '' } : null,
    phoneMasked: row.phone_masked,
  };
}

/** A department account is bound to its department's own region: it handles what reaches that office. */
async function checkDepartment(db: Queryable, departmentId: string | null | undefined, regionCode: string): Promise<void> {
  if (!departmentId) return;
  const department = await findDepartment(db, departmentId);
  if (!department) throw new AppError('VALIDATION_FAILED', undefined, { departmentId: 'DEPARTMENT_NOT_FOUND' });
  if (!department.active) throw new AppError('VALIDATION_FAILED', undefined, { departmentId: 'INACTIVE' });
  if (department.region_code !== regionCode) throw new AppError('VALIDATION_FAILED', undefined, { departmentId: 'DEPARTMENT_REGION_MISMATCH' });
}

/** The region an account may be bound to: inside the administrator's scope, and a grid for grid workers. */
async function checkBinding(db: Queryable, actor: Actor, role: Role, rawCode: string): Promise<string> {
  const code = canonicalRegionCode(rawCode);
  const region = await findRegion(db, code);
  if (!region) throw new AppError('VALIDATION_FAILED', undefined, { regionCode: 'REGION_NOT_FOUND' });
  if (!isWithinScope(code, actor.scope)) throw new AppError('OUT_OF_SCOPE', undefined, { regionCode: 'OUT_OF_SCOPE' });
  if (role === 'grid_worker' && region.level !== 5) {
    throw new AppError('VALIDATION_FAILED', 'a grid worker is bound to a grid', { regionCode: 'GRID_REQUIRED' });
  }
  return code;
}

async function loadInScope(db: Queryable, actor: Actor, id: string): Promise<UserRow> {
  const user = await findUser(db, id);
  // Accounts outside the caller's scope are reported as absent, not as forbidden.
  return foundInScope(user, (u) => u.region_code, actor, () => new AppError('USER_NOT_FOUND'));
}

export async function listUsersInScope(database: Database, actor: Actor, query: UserListQuery): Promise<UserList> {
  const now = new Date();
  const region = listRegion(actor, query.region ? canonicalRegionCode(query.region) : undefined);
  if (region === null) return { items: [], total: 0 };
  return toPage(await listUsers(database.db, { scope: region, role: query.role, q: query.q, status: query.status, now }, query), (r) => toView(r, now));
}

/** The account's mobile number (for SMS notifications) as stored: encrypted, and masked for the lists. */
function phoneColumns(pii: PiiCipher, phone: string | null): { phone_cipher: string | null; phone_masked: string | null } {
  return phone === null ? { phone_cipher: null, phone_masked: null } : { phone_cipher: pii.encrypt(phone), phone_masked: maskPhone(phone) };
}

/** Checks the display name and the phone; answers the phone normalised (null: remove it, undefined: not given). */
function checkAccountFields(input: { displayName?: string; phone?: string | null }): string | null | undefined {
  const errors: Record<string, string> = {};
  if (input.displayName !== undefined) checkName(errors, 'displayName', input.displayName, DISPLAY_NAME_MAX, true);
  const phone = input.phone ? checkMobilePhone(input.phone) : null;
  if (phone && !phone.ok) errors.phone = 'PHONE_INVALID';
  assertNoFieldErrors(errors);
  if (input.phone === undefined) return undefined;
  return phone?.ok ? phone.normalized : null;
}

export async function createUser(database: Database, pii: PiiCipher, actor: Actor, input: CreateUser): Promise<UserView> {
  const phone = checkAccountFields(input);
  const passwordHash = await hashNewPassword(input.password, [input.username, input.displayName]);
  const id = crypto.randomUUID();
  await database.transaction(async (tx) => {
    const regionCode = await checkBinding(tx, actor, input.role, input.regionCode);
    await checkDepartment(tx, input.departmentId, regionCode);
    if (await usernameExists(tx, input.username)) throw new AppError('USERNAME_TAKEN', undefined, { username: 'USERNAME_TAKEN' });
    await insertUser(tx, {
      id, username: input.username, displayName: trimText(input.displayName), role: input.role, regionCode, passwordHash, createdBy: actor.id, departmentId: input.departmentId,
    });
    if (phone) await updateUser(tx, id, phoneColumns(pii, phone));
    await auditUserCreated(tx, actor, (await findUser(tx, id))!);
  });
  return toView((await findUser(database.db, id))!, new Date());
}

export async function changeUser(database: Database, sessions: SessionStore, pii: PiiCipher, actor: Actor, id: string, input: UpdateUser): Promise<UserView> {
  const phone = checkAccountFields(input);
  await database.transaction(async (tx) => {
    const user = await loadInScope(tx, actor, id);
    const self = user.id === actor.id;
    if (self && (input.disabled === true || input.role !== undefined || input.regionCode !== undefined)) {
      throw new AppError('FORBIDDEN', 'you cannot disable, re-role or re-scope your own account');
    }
    const role = (input.role ?? user.role) as Role;
    const regionCode = input.regionCode !== undefined || input.role !== undefined
      ? await checkBinding(tx, actor, role, input.regionCode ?? user.region_code)
      : user.region_code;
    const departmentId = input.departmentId !== undefined ? input.departmentId : regionCode === user.region_code ? user.department_id : null;
    await checkDepartment(tx, departmentId, regionCode);
    await updateUser(tx, id, {
      ...(departmentId !== user.department_id ? { department_id: departmentId } : {}),
      ...(input.displayName !== undefined ? { display_name: trimText(input.displayName) } : {}),
      ...(input.role !== undefined ? { role } : {}),
      ...(regionCode !== user.region_code ? { region_code: regionCode } : {}),
      ...(input.disabled !== undefined ? { disabled: input.disabled } : {}),
      ...(input.unlock ? { locked_until: null, failed_logins: 0 } : {}),
      ...(phone !== undefined ? phoneColumns(pii, phone) : {}),
    });
    if (input.unlock) await unlockAccount(tx, user.username);
    if (input.disabled === true) await sessions.destroyAllFor(id, tx);
    await auditUserChanged(tx, actor, user, (await findUser(tx, id))!, input.unlock === true);
  });
  return toView((await findUser(database.db, id))!, new Date());
}

export async function resetPassword(database: Database, sessions: SessionStore, actor: Actor, id: string, password: string): Promise<void> {
  const target = await loadInScope(database.db, actor, id);
  const passwordHash = await hashNewPassword(password, [target.username, target.display_name]);
  await database.transaction(async (tx) => {
    const user = await loadInScope(tx, actor, id);
    await updateUser(tx, id, { password_hash: passwordHash, password_changed_at: new Date(), failed_logins: 0, locked_until: null });
    await unlockAccount(tx, user.username);
    await sessions.destroyAllFor(id, tx);
    await recordAudit(tx, actor, { action: 'user.password_reset', targetType: 'user', targetId: id, regionCode: user.region_code });
  });
}
