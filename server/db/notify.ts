import crypto from 'node:crypto';
import { sql } from 'kysely';
import type { Queryable } from './database.ts';

/** Channels other app processes listen on. Delivered only when the sending transaction commits. */
export const CHANNELS = {
  regionsChanged: 'epigrid_regions_changed',
  checkpointsChanged: 'epigrid_checkpoints_changed',
  settingsChanged: 'epigrid_settings_changed',
  /** Facts written: topics and regions (see changes.ts), relayed to the live streams. */
  changes: 'epigrid_changes',
} as const;

export async function notify(db: Queryable, channel: string, payload = ''): Promise<void> {
  await sql`SELECT pg_notify(${channel}, ${payload})`.execute(db);
}

/** Identifies this process in notifications, so it can skip the ones it sent itself. */
export const PROCESS_ID = crypto.randomUUID();
