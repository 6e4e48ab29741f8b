import { describe, expect, it } from 'vitest';
import { canonicalJson, entryHash, GENESIS_HASH, type AuditContent } from './chain.ts';

const entry: AuditContent = {
  seq: 1, at: new Date('2026-02-14T08:00:00.000Z'), actorId: null, actorUsername: 'admin',
  action: 'user.create', targetType: 'user', targetId: 'u1', regionCode: '3715', detail: { b: 1, a: [2, { d: 3, c: 4 }] },
};

describe('audit hash chain', () => {
  it('hashes key order independently', () => {
    expect(canonicalJson({ b: 1, a: { d: 2, c: 3 } })).toBe('{"a":{"c":3,"d":2},"b":1}');
    const reordered = { ...entry, detail: { a: [2, { c: 4, d: 3 }], b: 1 } };
    expect(entryHash(GENESIS_HASH, reordered)).toBe(entryHash(GENESIS_HASH, entry));
  });

  it('changes with any field or the previous hash', () => {
    const base = entryHash(GENESIS_HASH, entry);
    expect(entryHash('f'.repeat(64), entry)).not.toBe(base);
    expect(entryHash(GENESIS_HASH, { ...entry, action: 'user.update' })).not.toBe(base);
    expect(entryHash(GENESIS_HASH, { ...entry, detail: { b: 2, a: [2, { d: 3, c: 4 }] } })).not.toBe(base);
    expect(entryHash(GENESIS_HASH, { ...entry, at: new Date('2026-02-14T08:00:00.001Z') })).not.toBe(base);
  });
});
