import { sql, type RawBuilder } from 'kysely';
import type { OutboundConfig } from '../../config.ts';

export type ChannelName = 'webhook' | 'sms';

/** Which notifications are queued for which channel; a channel that is not configured gets none. */
export interface OutboundRouting {
  webhook: boolean;
  sms: { kinds: string[]; urgent: boolean } | null;
}

export function routingOf(config: OutboundConfig): OutboundRouting {
  const kinds = config.sms?.kinds ?? [];
  return {
    webhook: config.webhook !== null,
    sms: config.sms ? { kinds: kinds.filter((k) => k !== 'urgent'), urgent: kinds.includes('urgent') } : null,
  };
}

export function configuredChannels(routing: OutboundRouting): ChannelName[] {
  return [...(routing.webhook ? ['webhook' as const] : []), ...(routing.sms ? ['sms' as const] : [])];
}

/**
 * `insertNotifications` (an INSERT INTO notifications … without RETURNING) with the deliveries
 * of its rows queued by the same statement, hence in the same transaction; answers the number
 * of notifications. SMS goes only to accounts with a mobile number, for the configured kinds.
 */
export function withDeliveries(insertNotifications: RawBuilder<unknown>, routing: OutboundRouting): RawBuilder<{ n: number }> {
  const sources: RawBuilder<unknown>[] = [];
  if (routing.webhook) sources.push(sql`SELECT n.id, 'webhook', n.at FROM n`);
  if (routing.sms) {
    const { kinds, urgent } = routing.sms;
    const chosen = [
      ...(kinds.length > 0 ? [sql`n.kind IN (${sql.join(kinds)})`] : []),
      ...(urgent ? [sql`n.priority = 'urgent'`] : []),
    ];
    if (chosen.length > 0) {
      sources.push(sql`SELECT n.id, 'sms', n.at FROM n JOIN users u ON u.id = n.user_id
        WHERE u.phone_cipher IS NOT NULL AND (${sql.join(chosen, sql` OR `)})`);
    }
  }
  const queued = sources.length > 0
    ? sql`, queued AS (INSERT INTO outbound_deliveries (notification_id, channel, due_at) ${sql.join(sources, sql` UNION ALL `)})`
    : sql``;
  return sql<{ n: number }>`WITH n AS (${insertNotifications} RETURNING id, user_id, kind, priority, at)${queued} SELECT count(*) AS n FROM n`;
}
