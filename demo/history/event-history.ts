import { sql } from 'kysely';
import type { Queryable } from '../../server/db/database.ts';

/**
 * The status history of the generated events, written in SQL from each event's final status:
 * every step of the workflow that leads there (reported → accepted → handled → closed, or
 * reported → rejected), spaced between the report and the final step. Only events without a
 * history yet are touched.
 */
export async function writeEventHistory(tx: Queryable): Promise<void> {
  await sql`INSERT INTO event_status_changes (event_id, from_status, to_status, note, changed_by, changed_at)
    SELECT e.id, s.from_status, s.to_status, CASE WHEN s.to_status = e.status THEN e.status_note END, e.status_by,
      CASE WHEN s.share = 1 THEN e.status_at ELSE date_trunc('second', e.created_at + (e.status_at - e.created_at) * s.share) END
    FROM events e
    JOIN (VALUES
      ('accepted', 1, 'reported', 'accepted', 1.0),
      ('rejected', 1, 'reported', 'rejected', 1.0),
      ('handled', 1, 'reported', 'accepted', 0.2), ('handled', 2, 'accepted', 'handled', 1.0),
      ('closed', 1, 'reported', 'accepted', 0.1), ('closed', 2, 'accepted', 'handled', 0.5), ('closed', 3, 'handled', 'closed', 1.0)
    ) AS s(final, step, from_status, to_status, share) ON s.final = e.status
    WHERE e.status_by IS NOT NULL AND e.status_at IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM event_status_changes c WHERE c.event_id = e.id)
    ORDER BY e.created_at, e.id, s.step`.execute(tx);
}
