import { sql } from 'kysely';
import { announceChange } from '../../db/changes.ts';
import type { Database } from '../../db/database.ts';

/** How often each process looks for scheduled instructions whose time has come. */
const SWEEP_MS = 15_000;

/**
 * A scheduled instruction is in its recipients' inboxes from `send_at` on without anyone
 * acting (receipts were made when it was composed); what is left is to tell the open apps.
 * Every process sweeps; `UPDATE … WHERE NOT announced` lets exactly one of them announce each.
 */
export async function announceDueInstructions(database: Database, now = new Date()): Promise<number> {
  return database.transaction(async (tx) => {
    const { rows } = await sql<{ regions: string[]; sender_region: string }>`UPDATE instructions SET announced = true
      WHERE NOT announced AND send_at <= ${now} AND withdrawn_at IS NULL RETURNING regions, sender_region`.execute(tx);
    if (rows.length > 0) await announceChange(tx, ['instructions'], rows.flatMap((r) => [...r.regions, r.sender_region]));
    return rows.length;
  });
}

export function startScheduledSends(database: Database): () => void {
  const timer = setInterval(() => void announceDueInstructions(database).catch((error: unknown) => {
    process.emitWarning(`scheduled instructions: ${(error as Error).message}`);
  }), SWEEP_MS);
  timer.unref();
  return () => clearInterval(timer);
}
