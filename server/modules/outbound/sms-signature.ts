import crypto from 'node:crypto';

/**
 * The RPC request signature of Aliyun-style gateways (阿里云短信 SendSms, signature version 1.0):
 * the parameters sorted by name and percent-encoded (RFC 3986, space as %20) are signed with
 * HMAC-SHA1 under `secret&`, as `METHOD&%2F&<encoded query>`.
 */
export function percentEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

export function canonicalQuery(params: Record<string, string>): string {
  return Object.keys(params).filter((k) => k !== 'Signature').sort()
    .map((k) => `${percentEncode(k)}=${percentEncode(params[k]!)}`).join('&');
}

export function rpcSignature(method: 'GET' | 'POST', params: Record<string, string>, secret: string): string {
  const toSign = `${method}&${percentEncode('/')}&${percentEncode(canonicalQuery(params))}`;
  return crypto.createHmac('sha1', `${secret}&`).update(toSign).digest('base64');
}
