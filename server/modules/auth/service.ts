import type { Kysely } from 'kysely';
import type { ChangeOwnPassword } from '../../../common/contracts/auth.ts';
import type { Database } from '../../db/database.ts';
import type { Actor } from '../../core/actor.ts';
import { hashNewPassword } from './new-password.ts';
import type { DB } from '../../db/schema.ts';
import { AppError } from '../../core/errors.ts';
import { recordAudit } from '../audit/service.ts';
import { decoyHash, verifyPassword } from './passwords.ts';
import type { SessionStore } from './session-store.ts';
import { countFailure, forgetFailures, normalisedUsername, refuseIfThrottled } from './throttle.ts';

export interface LoginResult {
  userId: string;
  token: string;
  expiresAt: Date;
}

/**
 * Password sign-in. A locked address or a too-early attempt is refused before the password is
 * looked at (see throttle.ts); unknown usernames are counted, cost the same time as wrong
 * passwords and say the same thing.
 */
export async function login(db: Kysely<DB>, sessions: SessionStore, username: string, password: string, address: string, now = new Date()): Promise<LoginResult> {
  const name = normalisedUsername(username);
  await refuseIfThrottled(db, name, address, now);
  const user = await db.selectFrom('users')
    .select(['id', 'username', 'password_hash', 'disabled', 'region_code'])
    .where('username', '=', name)
    .executeTakeFirst();
  const matches = user ? await verifyPassword(user.password_hash, password) : (await verifyPassword(await decoyHash(), password), false);
  if (!user || !matches) {
    await db.transaction().execute(async (tx) => {
      const lockedUntil = await countFailure(tx, name, address, now);
      if (!user) return;
      const actor = { id: user.id, username: user.username };
      await recordAudit(tx, actor, { action: 'auth.login_failed', targetType: 'user', targetId: user.id, regionCode: user.region_code }, now);
      if (lockedUntil) {
        // The user list shows the account as locked (somewhere) until then; an unlock clears both.
        await tx.updateTable('users').set({ locked_until: lockedUntil }).where('id', '=', user.id).execute();
        await recordAudit(tx, actor, { action: 'auth.locked', targetType: 'user', targetId: user.id, regionCode: user.region_code, detail: { lockedUntil: lockedUntil.toISOString(), scope: 'address' } }, now);
      }
    });
    throw new AppError('INVALID_CREDENTIALS');
  }
  if (user.disabled) throw new AppError('ACCOUNT_DISABLED');
  const actor = { id: user.id, username: user.username };
  await db.transaction().execute(async (tx) => {
    await forgetFailures(tx, name, address);
    await tx.updateTable('users').set({ last_login_at: now }).where('id', '=', user.id).execute();
    await recordAudit(tx, actor, { action: 'auth.login', targetType: 'user', targetId: user.id, regionCode: user.region_code }, now);
  });
  const session = await sessions.create(user.id, now);
  return { userId: user.id, ...session };
}

/**
 * The owner changes their own password: the current one proves it is them (a borrowed
 * unlocked phone is not enough); every other session of the account ends, this one goes on
 * under a new token.
 */
export async function changeOwnPassword(database: Database, sessions: SessionStore, actor: Actor, input: ChangeOwnPassword, now = new Date()): Promise<{ token: string; expiresAt: Date }> {
  const user = await database.db.selectFrom('users').select(['id', 'username', 'display_name', 'password_hash', 'region_code'])
    .where('id', '=', actor.id).executeTakeFirstOrThrow();
  if (!(await verifyPassword(user.password_hash, input.currentPassword))) {
    throw new AppError('VALIDATION_FAILED', undefined, { currentPassword: 'WRONG_PASSWORD' });
  }
  if (input.newPassword === input.currentPassword) throw new AppError('VALIDATION_FAILED', undefined, { newPassword: 'SAME_AS_CURRENT' });
  const passwordHash = await hashNewPassword(input.newPassword, [user.username, user.display_name], 'newPassword');
  await database.transaction(async (tx) => {
    await tx.updateTable('users').set({ password_hash: passwordHash, password_changed_at: now, updated_at: now }).where('id', '=', user.id).execute();
    await sessions.destroyAllFor(user.id, tx);
    await recordAudit(tx, actor, { action: 'user.password_change', targetType: 'user', targetId: user.id, regionCode: user.region_code }, now);
  });
  return sessions.create(user.id, now);
}
