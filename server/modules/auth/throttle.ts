import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { AppError } from '../../core/errors.ts';

/**
 * Who can be kept from signing in, and by whom. Five wrong passwords from one address lock
 * that address out of that account for fifteen minutes; the owner, elsewhere, is not locked.
 * Failures from all addresses together only slow the account down: from the fifth on, each
 * next attempt waits 1, 2, 4 … seconds (at most 30) after the last failure. A distributed
 * guesser gets a few thousand tries a day at most, and the owner waits half a minute at worst.
 */
export const LOGIN_THROTTLE = {
  pairFailures: 5,
  pairLockMinutes: 15,
  /** Failures older than this are forgotten. */
  windowMinutes: 15,
  accountFreeFailures: 5,
  accountMaxDelaySeconds: 30,
} as const;

const ACROSS = '*';
const MINUTE = 60_000;

export function normalisedUsername(username: string): string {
  return username.trim().toLowerCase();
}

/** Seconds the account must wait after its last failure, given its failures across addresses. */
export function accountDelaySeconds(failures: number): number {
  if (failures < LOGIN_THROTTLE.accountFreeFailures) return 0;
  return Math.min(2 ** (failures - LOGIN_THROTTLE.accountFreeFailures), LOGIN_THROTTLE.accountMaxDelaySeconds);
}

/** Refuses the attempt before the password is looked at: a locked pair (423) or a too-early try (429). */
export async function refuseIfThrottled(db: Kysely<DB>, username: string, address: string, now: Date): Promise<void> {
  const rows = await db.selectFrom('login_throttle').selectAll()
    .where('username', '=', username).where('address', 'in', [address, ACROSS]).execute();
  const pair = rows.find((r) => r.address === address);
  if (pair?.locked_until && pair.locked_until > now) {
    throw new AppError('ACCOUNT_LOCKED', undefined, undefined, { lockedUntil: pair.locked_until.toISOString(), scope: 'address' });
  }
  const account = rows.find((r) => r.address === ACROSS);
  if (!account || now.getTime() - account.last_failed_at.getTime() > LOGIN_THROTTLE.windowMinutes * MINUTE) return;
  const allowedAt = account.last_failed_at.getTime() + accountDelaySeconds(account.failures) * 1000;
  if (now.getTime() < allowedAt) {
    throw new AppError('LOGIN_THROTTLED', undefined, undefined, { retryAfterSeconds: Math.ceil((allowedAt - now.getTime()) / 1000) });
  }
}

/** Counts a failure for the pair and the account; returns until when the pair is now locked, if it is. */
export async function countFailure(db: Kysely<DB>, username: string, address: string, now: Date): Promise<Date | null> {
  const windowStart = new Date(now.getTime() - LOGIN_THROTTLE.windowMinutes * MINUTE);
  const lockUntil = new Date(now.getTime() + LOGIN_THROTTLE.pairLockMinutes * MINUTE);
  // Rows nobody has failed on for a day and that lock nothing are forgotten.
  await db.deleteFrom('login_throttle')
    .where('last_failed_at', '<', new Date(now.getTime() - 24 * 60 * MINUTE))
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', now)]))
    .execute();
  const counted = await db.insertInto('login_throttle')
    .values([address, ACROSS].map((a) => ({ username, address: a, failures: 1, last_failed_at: now, locked_until: null })))
    .onConflict((oc) => oc.columns(['username', 'address']).doUpdateSet({
      failures: sql<number>`CASE WHEN login_throttle.last_failed_at < ${windowStart} THEN 1 ELSE login_throttle.failures + 1 END`,
      last_failed_at: now,
    }))
    .returning(['address', 'failures'])
    .execute();
  const pair = counted.find((r) => r.address === address)!;
  if (pair.failures < LOGIN_THROTTLE.pairFailures) return null;
  await db.updateTable('login_throttle').set({ failures: 0, locked_until: lockUntil })
    .where('username', '=', username).where('address', '=', address).execute();
  return lockUntil;
}

/** The right password from an address: that address starts afresh, and so does the account's delay. */
export async function forgetFailures(db: Kysely<DB>, username: string, address: string): Promise<void> {
  await db.deleteFrom('login_throttle').where('username', '=', username).where('address', 'in', [address, ACROSS]).execute();
}

/** An administrator's unlock: every address, and the delay. */
export async function unlockAccount(db: Kysely<DB>, username: string): Promise<number> {
  const removed = await db.deleteFrom('login_throttle').where('username', '=', username).executeTakeFirst();
  return Number(removed.numDeletedRows);
}
