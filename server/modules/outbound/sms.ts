import crypto from 'node:crypto';
import { NOTIFICATION_KIND, type NotificationKind } from '../../../common/instructions/vocabulary.ts';
import type { SmsConfig } from '../../config.ts';
import type { PiiCipher } from '../../pii/crypto.ts';
import { outcomeOfStatus, type AttemptResult, type DueDelivery, type OutboundChannel } from './attempt.ts';
import { percentEncode, rpcSignature } from './sms-signature.ts';

/** Gateways cap a template variable's length (Aliyun: 35 characters); a long title is cut. */
const TITLE_CHARS = 30;

/** Gateway answers that say "not now" rather than "never": flow control and the gateway's own trouble. */
const RETRY_CODES = /^(isv\.BUSINESS_LIMIT_CONTROL|isp\.SYSTEM_ERROR|Throttling(\..*)?|ServiceUnavailable|InternalError)$/;

function cut(text: string, chars: number): string {
  const all = Array.from(text);
  return all.length <= chars ? text : `${all.slice(0, chars - 1).join('')}…`;
}

function kindLabel(kind: string): string {
  return kind in NOTIFICATION_KIND.labels ? NOTIFICATION_KIND.labels[kind as NotificationKind].zh : kind;
}

/** The template's variables: `${kind}` (新指令, 催办提醒…) and `${title}`. */
export function templateParams(d: DueDelivery): { kind: string; title: string } {
  return { kind: kindLabel(d.notification.kind), title: cut(d.notification.title, TITLE_CHARS) };
}

/**
 * One signed SendSms request (template code, its variables, the sign name, one phone number)
 * per notification. The number is decrypted for the request alone and never kept: not in the
 * delivery log, not in an error (only the gateway's code is recorded, never its message).
 */
export class SmsChannel implements OutboundChannel {
  constructor(private readonly config: SmsConfig, private readonly pii: PiiCipher) {}

  async send(delivery: DueDelivery, signal: AbortSignal): Promise<AttemptResult> {
    const cipher = delivery.notification.phoneCipher;
    if (!cipher) return { outcome: 'failed', statusCode: null, error: 'the account has no mobile number any more' };
    const params: Record<string, string> = {
      AccessKeyId: this.config.keyId, Action: 'SendSms', Format: 'JSON', OutId: delivery.id,
      PhoneNumbers: this.pii.decrypt(cipher), RegionId: 'cn-hangzhou', SignName: this.config.signName,
      SignatureMethod: 'HMAC-SHA1', SignatureNonce: crypto.randomUUID(), SignatureVersion: '1.0',
      TemplateCode: this.config.template, TemplateParam: JSON.stringify(templateParams(delivery)),
      Timestamp: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'), Version: '2017-05-25',
    };
    const signed = { ...params, Signature: rpcSignature('POST', params, this.config.keySecret) };
    const response = await fetch(this.config.url, {
      method: 'POST', signal, redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'user-agent': 'EpiGrid-SMS/1' },
      body: Object.entries(signed).map(([k, v]) => `${percentEncode(k)}=${percentEncode(v)}`).join('&'),
    });
    const text = await response.text();
    const byStatus = outcomeOfStatus(response);
    const code = gatewayCode(text);
    if (byStatus.outcome !== 'delivered') return code ? { ...byStatus, error: `${byStatus.error} ${code}` } : byStatus;
    if (code === 'OK') return byStatus;
    if (!code) return { outcome: 'retry', statusCode: response.status, error: 'the gateway answered without a code' };
    return { outcome: RETRY_CODES.test(code) ? 'retry' : 'failed', statusCode: response.status, error: code };
  }
}

/** The answer's `Code`, if it looks like one: a code is safe to record, a message may quote the number. */
function gatewayCode(text: string): string | null {
  try {
    const code = (JSON.parse(text) as { Code?: unknown }).Code;
    return typeof code === 'string' && /^[A-Za-z0-9._-]{1,80}$/.test(code) ? code : null;
  } catch {
    return null;
  }
}
