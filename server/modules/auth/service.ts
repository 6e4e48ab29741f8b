import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { AppError } from '../../http/errors.ts';
import { recordAudit } from '../audit/service.ts';
import { decoyHash, verifyPassword } from './passwords.ts';
import type { SessionStore } from './session-store.ts';

export const LOCKOUT = { maxFailures: 5, lockMinutes: 15 } as const;

export interface LoginResult {
  userId: string;
  token: string;
  expiresAt: Date;
}

/**
 * Password sign-in with lockout: five wrong passwords in a row lock the account for fifteen
 * minutes. Unknown usernames cost the same time as wrong passwords and say the same thing.
 */
export async function login(db: Kysely<DB>, sessions: SessionStore, username: string, password: string, now = new Date()): Promise<LoginResult> {
  const user = await db.selectFrom('users')
    .select(['id', 'username', 'password_hash', 'disabled', 'locked_until', 'region_code'])
    .where('username', '=', username.trim().toLowerCase())
    .executeTakeFirst();
  if (!user) {
    await verifyPassword(await decoyHash(), password);
    throw new AppError('INVALID_CREDENTIALS');
  }
  if (user.locked_until && user.locked_until > now) {
    throw new AppError('ACCOUNT_LOCKED', undefined, undefined, { lockedUntil: user.locked_until.toISOString() });
  }
  const actor = { id: user.id, username: user.username };
  if (!(await verifyPassword(user.password_hash, password))) {
    await db.transaction().execute(async (tx) => {
      const updated = await tx.updateTable('users')
        .set((eb) => ({ failed_logins: eb('failed_logins', '+', 1) }))
        .where('id', '=', user.id)
        .returning('failed_logins')
        .executeTakeFirstOrThrow();
      await recordAudit(tx, actor, { action: 'auth.login_failed', targetType: 'user', targetId: user.id, regionCode: user.region_code }, now);
      if (updated.failed_logins >= LOCKOUT.maxFailures) {
        const lockedUntil = new Date(now.getTime() + LOCKOUT.lockMinutes * 60_000);
        await tx.updateTable('users').set({ failed_logins: 0, locked_until: lockedUntil }).where('id', '=', user.id).execute();
        await recordAudit(tx, actor, { action: 'auth.locked', targetType: 'user', targetId: user.id, regionCode: user.region_code, detail: { lockedUntil: lockedUntil.toISOString() } }, now);
      }
    });
    throw new AppError('INVALID_CREDENTIALS');
  }
  if (user.disabled) throw new AppError('ACCOUNT_DISABLED');
  await db.transaction().execute(async (tx) => {
    await tx.updateTable('users').set({ failed_logins: 0, locked_until: null, last_login_at: now }).where('id', '=', user.id).execute();
    await recordAudit(tx, actor, { action: 'auth.login', targetType: 'user', targetId: user.id, regionCode: user.region_code }, now);
  });
  const session = await sessions.create(user.id, now);
  return { userId: user.id, ...session };
}
