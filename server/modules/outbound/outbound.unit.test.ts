import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { outcomeOfStatus, retryAfterMs } from './attempt.ts';
import { MAX_RETRY_DELAY_MS, retryDelayMs } from './backoff.ts';
import { percentEncode, rpcSignature } from './sms-signature.ts';

describe('the SMS gateway signature', () => {
  it('reproduces the worked example of Aliyun\'s SMS documentation', () => {
    const params = {
      AccessKeyId: 'testId', Action: 'SendSms', Format: 'XML', OutId: '123', PhoneNumbers: '15300000001', RegionId: 'cn-hangzhou',
      SignName: '阿里云短信测试专用', SignatureMethod: 'HMAC-SHA1', SignatureNonce: '45e25e9b-0a6f-4070-8c85-2956eda1b466',
      SignatureVersion: '1.0', TemplateCode: 'SMS_71390007', TemplateParam: '{"customer":"test"}', Timestamp: '2017-07-12T02:42:19Z', Version: '2017-05-25',
    };
    expect(rpcSignature('GET', params, 'testSecret')).toBe('zJDF+Lrzhj/ThnlvIToysFRq6t4=');
    expect(rpcSignature('GET', { ...params, Signature: 'ignored' }, 'testSecret')).toBe('zJDF+Lrzhj/ThnlvIToysFRq6t4=');
    expect(rpcSignature('POST', params, 'testSecret')).not.toBe('zJDF+Lrzhj/ThnlvIToysFRq6t4=');
  });

  it('percent-encodes as RFC 3986 does: space as %20, * and ! encoded, ~ kept', () => {
    expect(percentEncode("a b*~!'()/+=&")).toBe('a%20b%2A~%21%27%28%29%2F%2B%3D%26');
    expect(percentEncode('派')).toBe('%E6%B4%BE');
  });
});

describe('retries', () => {
  it('back off exponentially with jitter, between half and all of base × 2^(n−1), capped at an hour', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 100_000 }), fc.double({ min: 0, max: 0.999_999, noNaN: true }), (attempt, base, r) => {
      const ceiling = Math.min(MAX_RETRY_DELAY_MS, base * 2 ** (attempt - 1));
      const delay = retryDelayMs(attempt, base, undefined, () => r);
      expect(delay).toBeGreaterThanOrEqual(Math.floor(ceiling / 2));
      expect(delay).toBeLessThanOrEqual(Math.ceil(ceiling));
    }));
    expect(retryDelayMs(3, 1_000, undefined, () => 0)).toBe(2_000);
    expect(retryDelayMs(3, 1_000, undefined, () => 1)).toBe(4_000);
  });

  it('wait at least what Retry-After asks, but never past the cap', () => {
    expect(retryDelayMs(1, 10, 120_000, () => 0.5)).toBe(120_000);
    expect(retryDelayMs(1, 10, 10 * MAX_RETRY_DELAY_MS)).toBe(MAX_RETRY_DELAY_MS);
    const now = Date.parse('2020-02-01T08:00:00Z');
    expect(retryAfterMs('120', now)).toBe(120_000);
    expect(retryAfterMs('Sat, 01 Feb 2020 08:05:00 GMT', now)).toBe(300_000);
    expect(retryAfterMs('Sat, 01 Feb 2020 07:00:00 GMT', now)).toBe(0);
    expect(retryAfterMs('soon', now)).toBeUndefined();
    expect(retryAfterMs(null, now)).toBeUndefined();
  });

  it('are for answers that may change: 408, 429 and 5xx; other failures are final', () => {
    const outcome = (status: number) => outcomeOfStatus(new Response(null, { status })).outcome;
    expect([200, 201, 204].map(outcome)).toEqual(['delivered', 'delivered', 'delivered']);
    expect([408, 429, 500, 502, 503, 504].map(outcome)).toEqual(Array(6).fill('retry'));
    expect([301, 400, 401, 403, 404, 410, 422].map(outcome)).toEqual(Array(7).fill('failed'));
  });
});
