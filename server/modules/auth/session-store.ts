import type { Kysely } from 'kysely';
import { isRole } from '../../../common/permissions.ts';
import type { Queryable } from '../../db/database.ts';
import type { DB } from '../../db/schema.ts';
import type { Actor } from '../../core/actor.ts';
import { hashSessionToken, newSessionToken } from './session-token.ts';

/** Only refresh last_seen_at this often, so reads do not turn every request into a write. */
const TOUCH_INTERVAL_MS = 5 * 60_000;

export class SessionStore {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly sessionHours: number,
  ) {}

  async create(userId: string, now = new Date()): Promise<{ token: string; expiresAt: Date }> {
    const token = newSessionToken();
    const expiresAt = new Date(now.getTime() + this.sessionHours * 3_600_000);
    await this.db.insertInto('sessions')
      .values({ token_hash: hashSessionToken(token), user_id: userId, created_at: now, last_seen_at: now, expires_at: expiresAt })
      .execute();
    return { token, expiresAt };
  }

  /** The actor behind a token, or null when it is unknown, expired or its account is disabled. */
  async resolve(token: string, now = new Date()): Promise<Actor | null> {
    if (token.length > 100) return null;
    const tokenHash = hashSessionToken(token);
    const row = await this.db.selectFrom('sessions as s')
      .innerJoin('users as u', 'u.id', 's.user_id')
      .select(['u.id', 'u.username', 'u.display_name', 'u.role', 'u.region_code', 'u.department_id', 'u.disabled', 's.expires_at', 's.last_seen_at'])
      .where('s.token_hash', '=', tokenHash)
      .executeTakeFirst();
    if (!row || row.disabled || row.expires_at <= now || !isRole(row.role)) return null;
    if (now.getTime() - row.last_seen_at.getTime() > TOUCH_INTERVAL_MS) {
      await this.db.updateTable('sessions').set({ last_seen_at: now }).where('token_hash', '=', tokenHash).execute();
    }
    return { id: row.id, username: row.username, displayName: row.display_name, role: row.role, scope: row.region_code, departmentId: row.department_id, sessionExpiresAt: row.expires_at };
  }

  async destroy(token: string, db: Queryable = this.db): Promise<void> {
    await db.deleteFrom('sessions').where('token_hash', '=', hashSessionToken(token)).execute();
  }

  async destroyAllFor(userId: string, db: Queryable = this.db): Promise<void> {
    await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
  }

  async purgeExpired(now = new Date()): Promise<number> {
    const result = await this.db.deleteFrom('sessions').where('expires_at', '<=', now).executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}

declare module '../../core/services.ts' {
  interface AppServices {
    /** Sessions by token: every request's caller is resolved from them. */
    sessions: SessionStore;
  }
}
