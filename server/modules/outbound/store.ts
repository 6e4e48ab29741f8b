import { sql } from 'kysely';
import type { Database, Queryable } from '../../db/database.ts';
import type { AttemptResult, DueDelivery } from './attempt.ts';
import type { ChannelName } from './routing.ts';

export interface ClaimOptions {
  channels: ChannelName[];
  now: Date;
  limit: number;
  /** How long a claim keeps other workers away: longer than a send can take. */
  leaseMs: number;
  maxAttempts: number;
}

/**
 * Pending rows that can no longer go out are closed first: those whose last attempt's worker
 * died (failed), and those of an instruction withdrawn meanwhile (cancelled: once withdrawn,
 * only the withdrawal is told). Rows another worker holds are skipped, as in the claim, so two
 * workers closing the same rows never wait for each other.
 */
async function closeDead(tx: Queryable, o: ClaimOptions): Promise<void> {
  await sql`WITH gone AS (
      UPDATE outbound_deliveries SET status = 'failed', finished_at = ${o.now}
      WHERE id IN (SELECT id FROM outbound_deliveries
        WHERE status = 'pending' AND due_at <= ${o.now} AND attempts >= ${o.maxAttempts} FOR UPDATE SKIP LOCKED)
      RETURNING id)
    UPDATE outbound_attempts a SET outcome = 'abandoned' FROM gone WHERE a.delivery_id = gone.id AND a.outcome IS NULL`.execute(tx);
  await sql`UPDATE outbound_deliveries SET status = 'cancelled', finished_at = ${o.now}
    WHERE id IN (SELECT d.id FROM outbound_deliveries d
      JOIN notifications n ON n.id = d.notification_id JOIN instructions i ON i.id = n.instruction_id
      WHERE d.status = 'pending' AND d.due_at <= ${o.now} AND n.kind <> 'withdrawn' AND i.withdrawn_at IS NOT NULL
      FOR UPDATE OF d SKIP LOCKED)`.execute(tx);
}

/**
 * Claims up to `limit` due deliveries: SKIP LOCKED lets the workers of several processes share
 * the queue without waiting for each other. Each claim counts as an attempt and opens its log row
 * at once, so a worker that dies before answering still used one of the attempts.
 */
export async function claimDue(database: Database, o: ClaimOptions): Promise<DueDelivery[]> {
  if (o.channels.length === 0) return [];
  return database.transaction(async (tx) => {
    await closeDead(tx, o);
    const { rows: claimed } = await sql<{ id: string; channel: ChannelName; attempts: number; notification_id: string }>`
      WITH due AS (
        SELECT id FROM outbound_deliveries
        WHERE status = 'pending' AND due_at <= ${o.now} AND attempts < ${o.maxAttempts} AND channel IN (${sql.join(o.channels)})
        ORDER BY due_at LIMIT ${o.limit} FOR UPDATE SKIP LOCKED)
      UPDATE outbound_deliveries d SET attempts = d.attempts + 1, due_at = ${new Date(o.now.getTime() + o.leaseMs)}
      FROM due WHERE d.id = due.id
      RETURNING d.id, d.channel, d.attempts, d.notification_id`.execute(tx);
    if (claimed.length === 0) return [];
    const ids = claimed.map((c) => c.id);
    await tx.updateTable('outbound_attempts').set({ outcome: 'abandoned' }).where('delivery_id', 'in', ids).where('outcome', 'is', null).execute();
    await tx.insertInto('outbound_attempts').values(claimed.map((c) => ({ delivery_id: c.id, attempt: c.attempts, started_at: o.now }))).execute();
    const notifications = await tx.selectFrom('notifications as n').innerJoin('users as u', 'u.id', 'n.user_id')
      .select(['n.id', 'n.kind', 'n.title', 'n.priority', 'n.at', 'n.instruction_id', 'n.event_id', 'u.region_code', 'u.phone_cipher'])
      .where('n.id', 'in', claimed.map((c) => c.notification_id)).execute();
    const byId = new Map(notifications.map((n) => [n.id, n]));
    return claimed.map((c) => {
      const n = byId.get(c.notification_id)!;
      return {
        id: c.id, channel: c.channel, attempt: c.attempts,
        notification: {
          id: n.id, kind: n.kind, title: n.title, priority: n.priority, at: n.at, instructionId: n.instruction_id, eventId: n.event_id,
          region: n.region_code, phoneCipher: c.channel === 'sms' ? n.phone_cipher : null,
        },
      };
    });
  });
}

export interface Finish {
  result: AttemptResult;
  durationMs: number;
  finishedAt: Date;
  /** For a retry: when. */
  retryAt?: Date;
}

/**
 * Completes the attempt's log row and moves the delivery on. A worker whose lease ran out (its
 * delivery claimed again meanwhile) still logs what it saw and may mark the delivery delivered,
 * but leaves retrying and failing to the attempt that holds the claim now.
 */
export async function finishAttempt(database: Database, d: DueDelivery, f: Finish): Promise<void> {
  const { result } = f;
  await database.transaction(async (tx) => {
    await tx.updateTable('outbound_attempts').set({
      duration_ms: Math.round(f.durationMs), status_code: result.statusCode, outcome: result.outcome,
      error: result.outcome === 'delivered' ? null : result.error,
    }).where('delivery_id', '=', d.id).where('attempt', '=', d.attempt).execute();
    const delivery = tx.updateTable('outbound_deliveries').where('id', '=', d.id).where('status', '=', 'pending');
    if (result.outcome === 'delivered') await delivery.set({ status: 'delivered', finished_at: f.finishedAt }).execute();
    else if (result.outcome === 'failed') await delivery.set({ status: 'failed', finished_at: f.finishedAt }).where('attempts', '=', d.attempt).execute();
    else await delivery.set({ due_at: f.retryAt! }).where('attempts', '=', d.attempt).execute();
  });
}
