import type { LiveTopic } from '../../common/contracts/live.ts';
import type { Queryable } from './database.ts';
import { CHANNELS, notify } from './notify.ts';

/** PostgreSQL's NOTIFY payload must stay under 8,000 bytes. */
const MAX_PAYLOAD = 7_000;

/** The message on the changes channel: topics and region codes, nothing else. */
export interface ChangeMessage {
  t: LiveTopic[];
  r: string[];
}

/**
 * Region codes small enough for one NOTIFY: the grids themselves when they fit, else their
 * communities, streets or districts, else the city (a coarser code still reaches every viewer
 * whose scope overlaps it).
 */
function compactRegions(codes: Iterable<string>): string[] {
  const unique = [...new Set(codes)];
  for (const length of [15, 12, 9, 6, 4]) {
    const coarse = [...new Set(unique.map((c) => c.slice(0, length)))];
    if (JSON.stringify(coarse).length <= MAX_PAYLOAD - 200) return coarse;
  }
  return [...new Set(unique.map((c) => c.slice(0, 4)))];
}

/**
 * Tells every app process, once the transaction commits, that facts of these topics changed
 * in these regions; each relays it to the live streams whose scope covers them. Call it inside
 * the writing transaction so that a rolled-back write announces nothing.
 */
export async function announceChange(tx: Queryable, topics: LiveTopic[], regionCodes: Iterable<string>): Promise<void> {
  const message: ChangeMessage = { t: [...new Set(topics)], r: compactRegions(regionCodes) };
  if (message.r.length === 0 || message.t.length === 0) return;
  await notify(tx, CHANNELS.changes, JSON.stringify(message));
}
