import { describe, expect, it } from 'vitest';
import { generateMasterKey, PiiCipher } from './crypto.ts';

describe('personal-data encryption', () => {
  const cipher = new PiiCipher(generateMasterKey());

  it('round-trips and never repeats a ciphertext', () => {
    const a = cipher.encrypt('37150219850612001X');
    const b = cipher.encrypt('37150219850612001X');
    expect(a).not.toBe(b);
    expect(a).not.toContain('371502');
    expect(cipher.decrypt(a)).toBe('37150219850612001X');
    expect(cipher.decrypt(b)).toBe('37150219850612001X');
  });

  it('uses a fresh nonce for every encryption, across refills of the nonce pool', () => {
    const nonces = new Set(Array.from({ length: 2_000 }, () => cipher.encrypt('13800000000').split(':')[1]));
    expect(nonces.size).toBe(2_000);
  });

  it('detects tampering', () => {
    const sealed = cipher.encrypt('13812345678');
    const [v, iv, tag, body] = sealed.split(':');
    const flipped = Buffer.from(body!, 'base64');
    flipped[0] = flipped[0]! ^ 1;
    expect(() => cipher.decrypt([v, iv, tag, flipped.toString('base64')].join(':'))).toThrow();
  });

  it('cannot be read with another key', () => {
    const other = new PiiCipher(generateMasterKey());
    expect(() => other.decrypt(cipher.encrypt('13812345678'))).toThrow();
    expect(other.fingerprint).not.toBe(cipher.fingerprint);
  });

  it('blind index is deterministic per key and kind', () => {
    expect(cipher.blindIndex('phone', '13812345678')).toBe(cipher.blindIndex('phone', '13812345678'));
    expect(cipher.blindIndex('phone', '13812345678')).not.toBe(cipher.blindIndex('id_number', '13812345678'));
    expect(new PiiCipher(generateMasterKey()).blindIndex('phone', '13812345678')).not.toBe(cipher.blindIndex('phone', '13812345678'));
  });

  it('rejects a key of the wrong size', () => {
    expect(() => new PiiCipher(Buffer.alloc(16))).toThrow();
  });
});
