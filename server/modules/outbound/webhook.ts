import crypto from 'node:crypto';
import type { WebhookConfig } from '../../config.ts';
import { outcomeOfStatus, type AttemptResult, type DueDelivery, type OutboundChannel } from './attempt.ts';

/** What a webhook receives: the notification without anyone's name or number. */
export interface WebhookPayload {
  id: string;
  kind: string;
  title: string;
  /** The region of the account the notification is for. */
  region: string;
  at: string;
  instructionId?: string;
  eventId?: string;
  priority: string;
}

export function webhookPayload(d: DueDelivery): WebhookPayload {
  const n = d.notification;
  return {
    id: n.id, kind: n.kind, title: n.title, region: n.region, at: n.at.toISOString(),
    ...(n.instructionId ? { instructionId: n.instructionId } : {}), ...(n.eventId ? { eventId: n.eventId } : {}), priority: n.priority,
  };
}

/** `sha256=` and the hex HMAC-SHA256 of `timestamp.body`: the timestamp is signed too, so an old delivery cannot be replayed as new. */
export function webhookSignature(secret: string, timestamp: string, body: string): string {
  return `sha256=${crypto.createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** A signed JSON POST per notification; the delivery id is the receiver's idempotency key, the same on every retry. */
export class WebhookChannel implements OutboundChannel {
  constructor(private readonly config: WebhookConfig) {}

  async send(delivery: DueDelivery, signal: AbortSignal): Promise<AttemptResult> {
    const body = JSON.stringify(webhookPayload(delivery));
    const timestamp = String(Math.floor(Date.now() / 1000));
    const response = await fetch(this.config.url, {
      method: 'POST', body, signal, redirect: 'manual',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'EpiGrid-Webhook/1',
        'x-epigrid-signature': webhookSignature(this.config.secret, timestamp, body),
        'x-epigrid-timestamp': timestamp,
        'x-epigrid-delivery': delivery.id,
      },
    });
    // The receiver's answer is not ours to keep: only its status counts.
    await response.body?.cancel();
    return outcomeOfStatus(response);
  }
}
